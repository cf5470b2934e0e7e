package io.github.sfperm.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The source package reads files and knows the registry; it never depends on the checker, engine or Maven. */
class SourcePackageDependenciesTest {

    @Test
    void importsNeitherTheCheckerNorTheEngineNorMaven() throws Exception {
        List<String> forbidden = List.of(
                "import io.github.sfperm.check", "import io.github.sfperm.engine", "import io.github.sfperm.maven",
                "import org.apache.maven");
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/io/github/sfperm/source"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file);
                for (String prefix : forbidden) {
                    assertThat(source).as("%s", file).doesNotContain(prefix);
                }
            }
        }
    }
}
