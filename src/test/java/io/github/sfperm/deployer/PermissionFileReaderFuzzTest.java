package io.github.sfperm.deployer;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.sfperm.common.InputException;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;

/**
 * Any bytes as a permission set, muting permission set, permission set group or profile: a {@link PermissionFile} or
 * an {@link InputException}, nothing else; read from memory. Seeds:
 * {@code src/test/resources/io/github/sfperm/deployer/PermissionFileReaderFuzzTestInputs/permissionFile/}.
 */
class PermissionFileReaderFuzzTest {

    private static final Path DIR = Path.of("permissionsets").toAbsolutePath();

    @FuzzTest
    void permissionFile(byte[] data) {
        Path file = DIR.resolve("Fuzz.permissionset-meta.xml");
        read(data, file);
        read(data, file, "PermissionSet", "MutingPermissionSet", "PermissionSetGroup", "Profile");
    }

    private static void read(byte[] data, Path file, String... kinds) {
        try {
            PermissionFile read = PermissionFileReader.read(new ByteArrayInputStream(data), file, kinds);
            assertThat(read.enabledPermissions()).allSatisfy(p -> assertThat(p).isNotBlank());
            assertThat(read.permissionLines().keySet()).containsAll(read.enabledPermissions());
        } catch (InputException e) {
            assertThat(e.file()).contains(file);
            assertThat(e.describe(DIR)).doesNotContain("\n");
        }
    }
}
