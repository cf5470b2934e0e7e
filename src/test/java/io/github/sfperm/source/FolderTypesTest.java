package io.github.sfperm.source;

import static io.github.sfperm.source.Fixtures.component;
import static io.github.sfperm.source.Fixtures.deployed;
import static io.github.sfperm.source.Fixtures.fixture;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Types in folders (reports, dashboards, email templates, documents) and their folders. */
class FolderTypesTest {

    private static SourceTree tree;

    @BeforeAll
    static void read() throws Exception {
        tree = SourceTreeReader.read(fixture("folders"));
    }

    @Test
    void foldersAreMembersOfTheirContentTypeWithoutATrailingSlash() {
        assertThat(deployed(tree))
                .contains("Dashboard: Exec", "Document: Docs", "EmailTemplate: Templates", "Report: Sales");
        assertThat(component(tree, "Report", "Sales").registryType()).isEqualTo("ReportFolder");
        assertThat(component(tree, "EmailTemplate", "Templates").registryType()).isEqualTo("EmailFolder");
    }

    @Test
    void aComponentInAFolderIsNamedFolderSlashName() {
        assertThat(deployed(tree))
                .contains(
                        "Dashboard: Exec/Overview",
                        "Document: Docs/logo",
                        "EmailTemplate: Templates/Welcome",
                        "Report: Sales/Pipeline");
    }

    @Test
    void nestedFoldersKeepTheirWholePath() {
        assertThat(deployed(tree)).contains("Report: Sales/Emea", "Report: Sales/Emea/Forecast");
    }

    @Test
    void everyFileIsClaimed() {
        assertThat(tree.unclaimedFiles()).isEmpty();
        assertThat(tree.components()).hasSize(10);
    }
}
