package io.github.sfperm.source;

import static io.github.sfperm.source.Fixtures.component;
import static io.github.sfperm.source.Fixtures.deployed;
import static io.github.sfperm.source.Fixtures.fixture;
import static io.github.sfperm.source.Fixtures.relative;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sfperm.common.InputException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files that hold child components as elements ({@code .labels}, {@code .workflow}, {@code .sharingRules},
 * {@code .assignmentRules}), nested folder types (territory models) and Experience Builder sites.
 */
class ContainerFilesTest {

    private static SourceTree tree;

    @BeforeAll
    static void read() throws Exception {
        tree = SourceTreeReader.read(fixture("containers"));
    }

    @Test
    void aLabelsFileIsCustomLabelsAndEachLabelACustomLabelNamedByItsFullName() {
        assertThat(deployed(tree))
                .contains("CustomLabels: CustomLabels", "CustomLabel: Greeting", "CustomLabel: Farewell");
    }

    @Test
    void aChildElementsOriginIsItsLineInTheContainerFile() {
        SourceComponent farewell = component(tree, "CustomLabel", "Farewell");
        assertThat(relative(tree, farewell.file()))
                .isEqualTo("force-app/main/default/labels/CustomLabels.labels-meta.xml");
        assertThat(farewell.line()).isEqualTo(10);
        assertThat(farewell.toComponent().origin().line()).isEqualTo(10);
    }

    @Test
    void aWorkflowYieldsItsRulesAlertsFieldUpdatesAndTasksNamedObjectDotName() {
        assertThat(deployed(tree))
                .contains(
                        "Workflow: Case",
                        "WorkflowAlert: Case.Notify_Owner",
                        "WorkflowFieldUpdate: Case.Set_Priority",
                        "WorkflowRule: Case.Escalate & Notify",
                        "WorkflowTask: Case.Call_Customer");
    }

    @Test
    void sharingRulesAndAssignmentRulesYieldTheirRules() {
        assertThat(deployed(tree))
                .contains(
                        "SharingRules: Account",
                        "SharingCriteriaRule: Account.Big_Accounts",
                        "SharingOwnerRule: Account.Sales_Team",
                        "AssignmentRules: Lead",
                        "AssignmentRule: Lead.Web Leads");
    }

    @Test
    void territoriesAndRulesAreNamedByTheirModel() {
        assertThat(deployed(tree))
                .contains("Territory2Model: Global", "Territory2: Global.Emea", "Territory2Rule: Global.Big");
    }

    @Test
    void anExperienceSiteIsABundleAndEachContentItemADigitalExperience() {
        assertThat(deployed(tree))
                .contains(
                        "DigitalExperienceBundle: site/Partner1",
                        "DigitalExperience: site/Partner1.sfdc_cms__view/home",
                        "DigitalExperience: site/Partner1.sfdc_cms__route/home");
        assertThat(tree.unclaimedFiles()).isEmpty();
    }

    @Test
    void aContainerElementWithoutItsNameIsAnErrorNamingFileAndLine(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("sfdx-project.json"), "{\"packageDirectories\": [{\"path\": \"force-app\"}]}");
        Path labels = dir.resolve("force-app/labels/CustomLabels.labels-meta.xml");
        Files.createDirectories(labels.getParent());
        Files.writeString(labels, """
                <?xml version="1.0" encoding="UTF-8"?>
                <CustomLabels xmlns="http://soap.sforce.com/2006/04/metadata">
                    <labels>
                        <value>Hello</value>
                    </labels>
                </CustomLabels>
                """);
        assertThatThrownBy(() -> SourceTreeReader.read(dir)).isInstanceOfSatisfying(InputException.class, e -> {
            assertThat(e.file()).contains(labels);
            assertThat(e.line()).isEqualTo(3);
            assertThat(e.problem()).isEqualTo("<labels> has no <fullName>: every CustomLabel needs one");
        });
    }

    @Test
    void aMalformedContainerFileIsAnErrorNamingFileLineAndColumn(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("sfdx-project.json"), "{\"packageDirectories\": [{\"path\": \"force-app\"}]}");
        Path workflow = dir.resolve("force-app/workflows/Case.workflow-meta.xml");
        Files.createDirectories(workflow.getParent());
        Files.writeString(workflow, "<?xml version=\"1.0\"?>\n<Workflow>\n  <rules>\n</Workflow>\n");
        assertThatThrownBy(() -> SourceTreeReader.read(dir)).isInstanceOfSatisfying(InputException.class, e -> {
            assertThat(e.file()).contains(workflow);
            assertThat(e.line()).isEqualTo(4);
            assertThat(e.column()).isPositive();
        });
    }

    @Test
    void anEmptyContainerFileKeepsItsComponentAndSaysItsChildrenCannotBeRead(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("sfdx-project.json"), "{\"packageDirectories\": [{\"path\": \"src\"}]}");
        Files.createDirectories(dir.resolve("src/workflows"));
        Files.writeString(dir.resolve("src/workflows/Case.workflow"), "");
        SourceTree empty = SourceTreeReader.read(dir);
        assertThat(deployed(empty)).containsExactly("Workflow: Case");
        assertThat(empty.notes())
                .containsExactly("src/workflows/Case.workflow is empty: its component is kept,"
                        + " but the child components it should hold cannot be read");
    }
}
