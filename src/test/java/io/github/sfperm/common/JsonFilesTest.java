package io.github.sfperm.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sfperm.testing.Files2;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonFilesTest {

    @TempDir
    Path dir;

    @Test
    void readsUtf8WithOrWithoutAByteOrderMarkAndUtf16() throws Exception {
        Path bom = dir.resolve("bom.json");
        Files.write(bom, "\uFEFF{\"a\": \"é\"}".getBytes(StandardCharsets.UTF_8));
        assertThat(JsonFiles.read(bom).path("a").asText()).isEqualTo("é");
        Path utf16 = dir.resolve("utf16.json");
        Files.write(utf16, "{\"a\": \"é\"}".getBytes(StandardCharsets.UTF_16));
        assertThat(JsonFiles.read(utf16).path("a").asText()).isEqualTo("é");
    }

    @Test
    void bytesThatAreNotUtf8AreNamedWithTheirLineAndColumn() throws Exception {
        Path file = dir.resolve("latin1.json");
        Files.write(file, "{\n\"name\": \"Hélène\"}".getBytes(StandardCharsets.ISO_8859_1));
        assertThatThrownBy(() -> JsonFiles.read(file)).isInstanceOfSatisfying(InputException.class, e -> {
            assertThat(e.line()).isEqualTo(2);
            assertThat(e.column()).isPositive();
            assertThat(e.problem()).startsWith("is not valid UTF-8 (").endsWith("); save it as UTF-8");
        });
    }

    @Test
    void anEmptyFileIsMissingAndDuplicateKeysAreRefused() throws Exception {
        assertThat(JsonFiles.read(Files2.write(dir, "empty.json", "  \n")).isMissingNode())
                .isTrue();
        assertThatThrownBy(() -> JsonFiles.read(Files2.write(dir, "twice.json", "{\"a\": 1,\n \"a\": 2}")))
                .hasMessageContaining("twice.json:2:")
                .hasMessageContaining("Duplicate field 'a'");
    }

    @Test
    void jacksonBoundsAreWordedWithoutItsApi() {
        Path deep = Files2.write(dir, "deep.json", "[".repeat(5_000) + "]".repeat(5_000));
        assertThatThrownBy(() -> JsonFiles.read(deep))
                .isInstanceOfSatisfying(
                        InputException.class,
                        e -> assertThat(e.problem())
                                .isEqualTo(
                                        "is not valid JSON: Document nesting depth (1001) exceeds the maximum allowed (1000)"));
    }

    @Test
    void readsEveryValueAsJacksonsObjectMapperWould() throws Exception {
        // JsonFiles builds the tree itself, without an ObjectMapper (slow to build in a fresh JVM): same tree
        String json = "{\"packageDirectories\": [{\"path\": \"force-app\", \"default\": true}, {\"path\": \"ü/é\"}],"
                + " \"int\": 1, \"long\": 12345678901, \"big\": 123456789012345678901234567890, \"negative\": -3,"
                + " \"float\": 1.5e3, \"null\": null, \"false\": false, \"empty\": {}, \"none\": [],"
                + " \"nested\": [[[{\"a\": [1, \"2\", {}]}]]], \"escaped\": \"a\\n\\\"b\\u00e9\"}";
        com.fasterxml.jackson.databind.ObjectMapper mapper = new com.fasterxml.jackson.databind.ObjectMapper();
        for (java.nio.charset.Charset charset : java.util.List.of(StandardCharsets.UTF_8, StandardCharsets.UTF_16)) {
            Path file = Files.write(dir.resolve("p.json"), json.getBytes(charset));
            assertThat(JsonFiles.read(file)).isEqualTo(mapper.readTree(json));
        }
        Path scalar = Files.writeString(dir.resolve("s.json"), " \"text\" ");
        assertThat(JsonFiles.read(scalar)).isEqualTo(mapper.readTree("\"text\""));
        Path blank = Files.writeString(dir.resolve("b.json"), "  \n");
        assertThat(JsonFiles.read(blank).isMissingNode()).isTrue();
    }
}
