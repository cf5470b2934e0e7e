package io.github.sfperm.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sfperm.check.CheckResult;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Report files are streamed to disk, and hold exactly the text {@link Reports#render} gives. */
class ReportStreamingTest {

    @Test
    void everyFileHoldsWhatRenderGives(@TempDir Path dir) throws Exception {
        for (CheckResult result : List.of(ReportFixture.result(), ReportFixture.clean())) {
            List<Path> files = Reports.write(result, ReportFixture.context(), dir, EnumSet.allOf(Format.class));
            for (Format format : Format.values()) {
                assertThat(Files.readString(dir.resolve(format.fileName()), StandardCharsets.UTF_8))
                        .as(format.fileName())
                        .isEqualTo(Reports.render(format, result, ReportFixture.context()));
            }
            assertThat(files).hasSize(Format.values().length);
        }
    }

    /** Every text of up to seven characters made of {@code a}, {@code \r} and {@code \n}. */
    private static List<String> texts() {
        List<String> texts = new ArrayList<>(List.of(""));
        List<String> last = List.of("");
        for (int length = 1; length <= 7; length++) {
            List<String> next = new ArrayList<>();
            for (String text : last) {
                for (String c : List.of("a", "\r", "\n")) {
                    next.add(text + c);
                }
            }
            texts.addAll(next);
            last = next;
        }
        return texts;
    }

    @Test
    void theStreamingNormaliserEndsLinesAndTheFileAsTheStringOneDoes() throws Exception {
        for (String text : texts()) {
            StringWriter out = new StringWriter();
            try (java.io.Writer writer = io.github.sfperm.common.LineEndWriter.endingWithOneNewline(out)) {
                // in two pieces, so that a \r\n split between writes is seen too
                int half = text.length() / 2;
                writer.write(text.substring(0, half));
                writer.write(text.substring(half).toCharArray());
            }
            assertThat(out.toString())
                    .as("normalised %s", text.replace("\r", "\\r").replace("\n", "\\n"))
                    .isEqualTo(Reports.normalised(text));
        }
    }

    @Test
    void jsonAndSarifObjectsKeepTheirKeysSortedWithoutACopy() {
        var node = Json.object();
        node.put("b", 1);
        node.put("a", 2);
        node.putObject("c").put("z", 1).put("y", 2);
        assertThat(Json.sorted(node)).isSameAs(node);
        assertThat(Json.write(node))
                .isEqualTo("{\n  \"a\": 2,\n  \"b\": 1,\n  \"c\": {\n    \"y\": 2,\n    \"z\": 1\n  }\n}\n");
    }

    @Test
    void anObjectMadeElsewhereIsStillWrittenWithSortedKeys() {
        var foreign = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
        foreign.put("b", 1);
        foreign.putArray("a").addObject().put("y", 1).put("x", 2);
        assertThat(Json.write(foreign))
                .isEqualTo("{\n  \"a\": [\n    {\n      \"x\": 2,\n      \"y\": 1\n    }\n  ],\n  \"b\": 1\n}\n");
    }
}
