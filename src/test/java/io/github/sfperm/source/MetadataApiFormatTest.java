package io.github.sfperm.source;

import static io.github.sfperm.source.Fixtures.component;
import static io.github.sfperm.source.Fixtures.deployed;
import static io.github.sfperm.source.Fixtures.fixture;
import static io.github.sfperm.source.Fixtures.notDeployed;
import static io.github.sfperm.source.Fixtures.unclaimed;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Metadata API format: a folder with {@code package.xml} and type-named sub-folders. */
class MetadataApiFormatTest {

    private static SourceTree tree;

    @BeforeAll
    static void read() throws Exception {
        tree = SourceTreeReader.read(fixture("mdapi"));
    }

    @Test
    void isFoundInSrcOfAProjectWithoutSfdxProjectJson() {
        assertThat(tree.format()).isEqualTo(SourceFormat.METADATA_API);
        assertThat(tree.packageDirectories()).containsExactly(fixture("mdapi/src"));
        assertThat(tree.sourceApiVersion()).contains("58.0");
    }

    @Test
    void aFileNamedByItsSuffixIsBothMetadataAndContent() {
        assertThat(deployed(tree))
                .contains(
                        "ApexClass: Foo",
                        "AuraDefinitionBundle: myAura",
                        "CustomTab: Invoice__c",
                        "Layout: Account-Account Layout",
                        "StaticResource: jquery",
                        "CustomObjectTranslation: Invoice__c-es");
    }

    @Test
    void anObjectFileYieldsItsChildrenAsTheSourceFormatWould() {
        assertThat(deployed(tree))
                .contains(
                        "CustomObject: Invoice__c",
                        "CustomField: Invoice__c.Amount__c",
                        "ListView: Invoice__c.All",
                        "ValidationRule: Invoice__c.Amount_Positive",
                        "CustomObject: Account",
                        "CustomField: Account.Rating__c");
        assertThat(component(tree, "CustomField", "Invoice__c.Amount__c").line())
                .isEqualTo(3);
        assertThat(notDeployed(tree)).containsExactly("CustomObject: Site");
    }

    @Test
    void workflowAndLabelFilesYieldTheirChildren() {
        assertThat(deployed(tree))
                .contains(
                        "Workflow: Case",
                        "WorkflowRule: Case.Escalate",
                        "CustomLabels: CustomLabels",
                        "CustomLabel: Greeting");
    }

    @Test
    void foldersHaveAFolderMetadataFileAndDocumentsKeepTheirExtension() {
        assertThat(deployed(tree))
                .contains(
                        "Report: Sales",
                        "Report: Sales/Pipeline",
                        "Dashboard: Exec",
                        "Dashboard: Exec/Overview",
                        "Document: Docs",
                        "Document: Docs/logo.png",
                        "EmailTemplate: Templates",
                        "EmailTemplate: Templates/Welcome");
    }

    @Test
    void onlyTheTypeFoldersArePartOfTheFolder() {
        assertThat(unclaimed(tree)).containsOnlyKeys("src/classes/Orphan.cls");
    }

    @Test
    void aDashboardFolderInsideAFolderNamedReportsIsADashboardFolder() throws Exception {
        SourceTree reports = SourceTreeReader.readMetadataApiFolder(fixture("mdapi/reports"));
        assertThat(deployed(reports)).containsExactly("Dashboard: Exec", "Dashboard: Exec/Overview");
        assertThat(component(reports, "Dashboard", "Exec").registryType()).isEqualTo("DashboardFolder");
    }

    @Test
    void forceIgnoreDoesNotApply() {
        assertThat(tree.forceIgnoredPaths()).isEmpty();
    }
}
