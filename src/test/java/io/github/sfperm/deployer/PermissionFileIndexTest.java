package io.github.sfperm.deployer;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sfperm.testing.Files2;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PermissionFileIndexTest {

    @TempDir
    Path dir;

    @Test
    void findsPermissionFilesByNameInBothFormatsAndSkipsBuildOutput() throws Exception {
        Path ps = Files2.write(
                dir, "force-app/main/default/permissionsets/Ci.permissionset-meta.xml", "<PermissionSet/>");
        Path profile = Files2.write(dir, "src/profiles/Admin.profile", "<Profile/>");
        Files2.write(dir, "target/sfperm/Stale.permissionset-meta.xml", "<PermissionSet/>");
        PermissionFileIndex index = new PermissionFileIndex(List.of(dir));
        assertThat(index.find("PermissionSet", "Ci")).contains(ps);
        assertThat(index.find("Profile", "Admin")).contains(profile);
        assertThat(index.find("PermissionSet", "Stale")).isEmpty();
        assertThat(index.find("MutingPermissionSet", "Ci")).isEmpty();
    }

    @Test
    void aFileInAPreferredRootWinsOverACopyElsewhere() throws Exception {
        Path copy = Files2.write(dir, "ci/Deployer.permissionset-meta.xml", "<PermissionSet/>");
        Path deployed = Files2.write(
                dir, "force-app/main/default/permissionsets/Deployer.permissionset-meta.xml", "<PermissionSet/>");
        Path onlyInCi = Files2.write(dir, "ci/Other.permissionset-meta.xml", "<PermissionSet/>");
        PermissionFileIndex index = new PermissionFileIndex(List.of(dir), () -> List.of(dir.resolve("force-app")));
        assertThat(index.find("PermissionSet", "Deployer")).contains(deployed);
        assertThat(index.find("PermissionSet", "Other")).contains(onlyInCi);
        // whatever order the file system lists them in, the preference decides: one of the two would fail without it
        assertThat(new PermissionFileIndex(List.of(dir), () -> List.of(dir.resolve("ci")))
                        .find("PermissionSet", "Deployer"))
                .contains(copy);
    }
}
