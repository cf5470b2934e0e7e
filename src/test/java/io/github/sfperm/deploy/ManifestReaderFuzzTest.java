package io.github.sfperm.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.sfperm.common.InputException;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;

/**
 * Any bytes as {@code package.xml} or {@code destructiveChanges.xml}: a manifest or an {@link InputException}, nothing
 * else. Read from memory, as {@link ManifestReader#read(Path, Operation)} reads a file once it is open. Seeds: {@code src/test/resources/io/github/sfperm/deploy/ManifestReaderFuzzTestInputs/<method>/}.
 */
class ManifestReaderFuzzTest {

    private static final Path DIR = Path.of("manifest").toAbsolutePath();

    @FuzzTest
    void manifest(byte[] data) {
        read(data, DIR.resolve("package.xml"), Operation.DEPLOY);
    }

    @FuzzTest
    void destructiveManifest(byte[] data) {
        Manifest manifest = read(data, DIR.resolve("destructiveChanges.xml"), Operation.DELETE);
        if (manifest != null) {
            assertThat(manifest.components()).noneMatch(c -> c.member().contains(Component.WILDCARD));
        }
    }

    private static Manifest read(byte[] data, Path file, Operation operation) {
        try {
            Manifest manifest = ManifestReader.read(new ByteArrayInputStream(data), file, operation);
            assertThat(manifest.components()).allSatisfy(c -> {
                assertThat(c.type()).isNotBlank();
                assertThat(c.member()).isNotBlank();
                assertThat(c.operation()).isEqualTo(operation);
                assertThat(c.origin().line()).isPositive();
            });
            return manifest;
        } catch (InputException e) {
            assertThat(e.file()).contains(file);
            assertThat(e.describe(DIR)).doesNotContain("\n");
            return null;
        }
    }
}
