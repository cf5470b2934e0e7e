package io.github.sfperm.source;

import static io.github.sfperm.source.Fixtures.deployed;
import static io.github.sfperm.source.Fixtures.unclaimed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Symbolic links are followed inside the project only, and never round in circles. */
class SymbolicLinksTest {

    @TempDir
    Path dir;

    private Path project;

    @BeforeEach
    void project() throws IOException {
        project = Files.createDirectories(dir.resolve("project"));
        Files.writeString(
                project.resolve("sfdx-project.json"), "{\"packageDirectories\": [{\"path\": \"force-app\"}]}");
        Path classes = Files.createDirectories(project.resolve("force-app/classes"));
        Files.writeString(classes.resolve("Real.cls"), "");
        Files.writeString(classes.resolve("Real.cls-meta.xml"), "<ApexClass/>");
    }

    private void link(Path link, Path target) throws IOException {
        try {
            Files.createSymbolicLink(link, target);
        } catch (UnsupportedOperationException | IOException e) {
            assumeTrue(false, "symbolic links are not available here: " + e.getMessage());
        }
    }

    @Test
    void aLinkInsideTheProjectIsFollowed() throws Exception {
        Path shared = Files.createDirectories(project.resolve("shared/classes"));
        Files.writeString(shared.resolve("Shared.cls"), "");
        Files.writeString(shared.resolve("Shared.cls-meta.xml"), "<ApexClass/>");
        link(project.resolve("force-app/more"), project.resolve("shared"));
        assertThat(deployed(SourceTreeReader.read(project))).containsExactly("ApexClass: Real", "ApexClass: Shared");
    }

    @Test
    void aLinkLeavingTheProjectIsNotFollowedButReported() throws Exception {
        Path outside = Files.createDirectories(dir.resolve("outside/classes"));
        Files.writeString(outside.resolve("Secret.cls"), "");
        Files.writeString(outside.resolve("Secret.cls-meta.xml"), "<ApexClass/>");
        link(project.resolve("force-app/outside"), dir.resolve("outside"));
        SourceTree tree = SourceTreeReader.read(project);
        assertThat(deployed(tree)).containsExactly("ApexClass: Real");
        assertThat(unclaimed(tree)).containsOnlyKeys("force-app/outside");
        assertThat(unclaimed(tree).get("force-app/outside")).contains("outside the project: not followed");
    }

    @Test
    void aLinkToADirectoryAboveItselfIsNotFollowed() throws Exception {
        link(project.resolve("force-app/classes/loop"), project.resolve("force-app"));
        SourceTree tree = SourceTreeReader.read(project);
        assertThat(deployed(tree)).containsExactly("ApexClass: Real");
        assertThat(unclaimed(tree)).containsOnlyKeys("force-app/classes/loop");
        assertThat(unclaimed(tree).get("force-app/classes/loop")).contains("(a loop): not followed");
    }

    @Test
    void aBrokenLinkIsReported() throws Exception {
        link(project.resolve("force-app/classes/Gone.cls"), project.resolve("nowhere/Gone.cls"));
        SourceTree tree = SourceTreeReader.read(project);
        assertThat(deployed(tree)).containsExactly("ApexClass: Real");
        assertThat(unclaimed(tree)).containsOnlyKeys("force-app/classes/Gone.cls");
    }

    @Test
    void aDirectoryReachedByTwoLinksIsReadOnceThroughTheFirstInNameOrder() throws Exception {
        Path shared = Files.createDirectories(project.resolve("shared/classes"));
        Files.writeString(shared.resolve("Shared.cls"), "");
        Files.writeString(shared.resolve("Shared.cls-meta.xml"), "<ApexClass/>");
        link(project.resolve("force-app/b-link"), project.resolve("shared"));
        link(project.resolve("force-app/a-link"), project.resolve("shared"));
        SourceTree tree = SourceTreeReader.read(project);
        assertThat(deployed(tree)).containsExactly("ApexClass: Real", "ApexClass: Shared");
        assertThat(Fixtures.relative(
                        tree, Fixtures.component(tree, "ApexClass", "Shared").file()))
                .isEqualTo("force-app/a-link/classes/Shared.cls-meta.xml");
        assertThat(unclaimed(tree)).isEmpty();
    }
}
