package io.github.sfperm.source;

import static io.github.sfperm.source.Fixtures.component;
import static io.github.sfperm.source.Fixtures.deployed;
import static io.github.sfperm.source.Fixtures.fixture;
import static io.github.sfperm.source.Fixtures.relative;
import static io.github.sfperm.source.Fixtures.unclaimed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sfperm.common.InputException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code sfdx-project.json}: several, nested, oddly written package directories, and the mistakes in it. */
class PackageDirectoriesTest {

    @Test
    void readsEveryPackageDirectoryWithNormalisedPathsOnce() throws Exception {
        SourceTree tree = SourceTreeReader.read(fixture("packages"));
        assertThat(tree.packages()).extracting(PackageDirectory::path).containsExactly("base", "app", "app/extra");
        assertThat(tree.packages())
                .extracting(PackageDirectory::declaredPath)
                .containsExactly("./base/", "app", "app/extra");
        assertThat(tree.packages()).extracting(PackageDirectory::isDefault).containsExactly(false, true, false);
        assertThat(tree.packageDirectories())
                .containsExactly(fixture("packages/base"), fixture("packages/app"), fixture("packages/app/extra"));
        assertThat(tree.notes())
                .containsExactly("package directory \"app\" is listed more than once in sfdx-project.json; read once");
        assertThat(tree.sourceApiVersion()).contains("61.0");
        assertThat(tree.format()).isEqualTo(SourceFormat.SOURCE);
    }

    @Test
    void aComponentInTwoPackageDirectoriesIsDeployedOnceFromTheFirst() throws Exception {
        SourceTree tree = SourceTreeReader.read(fixture("packages"));
        assertThat(deployed(tree)).containsExactly("ApexClass: Service", "ApexClass: Util", "Flow: Onboard");
        assertThat(relative(tree, component(tree, "ApexClass", "Util").file()))
                .isEqualTo("base/classes/Util.cls-meta.xml");
        assertThat(component(tree, "ApexClass", "Util").packageDirectory().path())
                .isEqualTo("base");
    }

    @Test
    void aNestedPackageDirectoryIsReadOnceAndFilesOutsideThePackagesAreNot() throws Exception {
        SourceTree tree = SourceTreeReader.read(fixture("packages"));
        assertThat(unclaimed(tree)).containsOnlyKeys("app/extra/stray.txt");
        assertThat(deployed(tree)).doesNotContain("ApexClass: NotPackaged");
    }

    @Test
    void invalidJsonIsAnErrorNamingTheFileLineAndColumn(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("sfdx-project.json"), "{\n  \"packageDirectories\": [\n    {\"path\": }\n]}\n");
        assertThatThrownBy(() -> SourceTreeReader.read(dir)).isInstanceOfSatisfying(InputException.class, e -> {
            assertThat(e.file()).contains(dir.resolve("sfdx-project.json"));
            assertThat(e.line()).isEqualTo(3);
            assertThat(e.column()).isPositive();
            assertThat(e.problem()).startsWith("is not valid JSON: ");
        });
    }

    @Test
    void aMissingPackageDirectoryIsAnErrorNamingTheFile(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("sfdx-project.json"), "{\"packageDirectories\": [{\"path\": \"force-app\"}]}");
        assertThatThrownBy(() -> SourceTreeReader.read(dir)).isInstanceOfSatisfying(InputException.class, e -> {
            assertThat(e.file()).contains(dir.resolve("sfdx-project.json"));
            assertThat(e.problem())
                    .isEqualTo("packageDirectories[0].path \"force-app\" does not exist"
                            + " (looked for force-app): create it or correct sfdx-project.json");
        });
    }

    @Test
    void aPackageDirectoryOutsideTheProjectIsAnError(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("project"));
        Files.createDirectories(dir.resolve("elsewhere"));
        Files.writeString(
                dir.resolve("project/sfdx-project.json"), "{\"packageDirectories\": [{\"path\": \"../elsewhere\"}]}");
        assertThatThrownBy(() -> SourceTreeReader.read(dir.resolve("project")))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("packageDirectories[0].path \"../elsewhere\" points outside the project");
    }

    @Test
    void noPackageDirectoriesIsAnError(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("sfdx-project.json"), "{\"packageDirectories\": []}");
        assertThatThrownBy(() -> SourceTreeReader.read(dir))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("has no \"packageDirectories\"");
    }

    @Test
    void aProjectWithoutSourceTreeIsAnError(@TempDir Path dir) {
        assertThatThrownBy(() -> SourceTreeReader.read(dir))
                .isInstanceOfSatisfying(
                        InputException.class,
                        e -> assertThat(e.problem())
                                .startsWith(
                                        "no source tree found: neither sfdx-project.json nor a Metadata API folder"));
    }

    @Test
    void aProjectWithoutSourceTreeHasNoneToReadIfPresent(@TempDir Path dir) throws Exception {
        assertThat(SourceTreeReader.readIfPresent(dir)).isEmpty();
        Files.writeString(dir.resolve("sfdx-project.json"), "{");
        assertThatThrownBy(() -> SourceTreeReader.readIfPresent(dir)).isInstanceOf(InputException.class);
    }

    @Test
    void backslashesAndTheProjectDirectoryItselfAreAcceptedAsPaths(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("src/main/classes"));
        Files.writeString(dir.resolve("src/main/classes/A.cls"), "");
        Files.writeString(dir.resolve("src/main/classes/A.cls-meta.xml"), "<ApexClass/>");
        Files.writeString(
                dir.resolve("sfdx-project.json"),
                "{\"packageDirectories\": [{\"path\": \"src\\\\main\"}, {\"path\": \".\"}]}");
        SourceTree tree = SourceTreeReader.read(dir);
        assertThat(tree.packages()).extracting(PackageDirectory::path).containsExactly("src/main", ".");
        assertThat(deployed(tree)).containsExactly("ApexClass: A");
        assertThat(unclaimed(tree)).containsOnlyKeys("sfdx-project.json");
    }

    @Test
    void aPackageDirectoryThatIsALinkOutOfTheProjectIsRefused(@TempDir Path dir) throws Exception {
        Path project = Files.createDirectories(dir.resolve("project"));
        Path outside = Files.createDirectories(dir.resolve("outside/classes"));
        Files.writeString(project.resolve("sfdx-project.json"), "{\"packageDirectories\": [{\"path\": \"app\"}]}");
        try {
            Files.createSymbolicLink(project.resolve("app"), outside.getParent());
        } catch (UnsupportedOperationException | java.io.IOException e) {
            org.junit.jupiter.api.Assumptions.assumeTrue(false, "no symbolic links here");
        }
        assertThatThrownBy(() -> SourceTreeReader.read(project))
                .isInstanceOfSatisfying(
                        InputException.class,
                        e -> assertThat(e.describe(project))
                                .isEqualTo("sfdx-project.json: packageDirectories[0].path \"app\" is"
                                        + " a symbolic link (or lies below one) that leads outside the project: sfperm reads only files"
                                        + " inside the project directory"));
    }

    @Test
    void aByteOrderMarkBeforeTheJsonIsAccepted(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("force-app"));
        Files.write(
                dir.resolve("sfdx-project.json"),
                "\uFEFF{\"packageDirectories\": [{\"path\": \"force-app\"}]}"
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(SourceTreeReader.read(dir).packages())
                .extracting(PackageDirectory::path)
                .containsExactly("force-app");
    }
}
