package io.github.sfperm.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden files: expected report output under {@code src/test/resources/report/golden/}, compared byte for byte.
 * After an intended change of output, refresh them with
 * {@code ./mvnw -B -q test -Dinvoker.skip=true -Dtest='Report*Test' -Dsfperm.updateGolden=true} and review the diff
 * before committing.
 */
final class Golden {

    static final Path DIR = Path.of("src/test/resources/report/golden");
    static final String UPDATE = "sfperm.updateGolden";

    private Golden() {}

    static void assertMatches(String name, String actual) {
        Path file = DIR.resolve(name);
        byte[] bytes = actual.getBytes(StandardCharsets.UTF_8);
        try {
            if (Boolean.getBoolean(UPDATE)) {
                Files.createDirectories(file.getParent());
                Files.write(file, bytes);
                return;
            }
            assertThat(file)
                    .as("golden file %s is missing: run the tests with -D%s=true to write it", file, UPDATE)
                    .exists();
            byte[] expected = Files.readAllBytes(file);
            assertThat(actual)
                    .as(
                            "%s differs from its golden file; if the change is intended, rerun with -D%s=true and review"
                                    + " the diff",
                            name, UPDATE)
                    .isEqualTo(new String(expected, StandardCharsets.UTF_8));
            assertThat(bytes).isEqualTo(expected);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
