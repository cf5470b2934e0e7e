package io.github.sfperm.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sfperm.catalogue.RefusedDeletions;
import io.github.sfperm.deploy.Component;
import io.github.sfperm.deploy.Operation;
import io.github.sfperm.deploy.Origin;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class RefusedDeletionCheckTest {

    private static final Origin ORIGIN = new Origin(Path.of("destructiveChanges.xml"), 4);

    private static List<Finding> check(Component... components) throws Exception {
        return new RefusedDeletionCheck(RefusedDeletions.builtIn(), Component::type).check(List.of(components));
    }

    private static Component delete(String type, String member) {
        return new Component(type, member, Operation.DELETE, ORIGIN);
    }

    @Test
    void deletingAFlowIsRefusedWhateverTheDeployerHolds() throws Exception {
        // scolladon/sfdx-git-delta#366: "Account_ACU_Update insufficient access rights on cross-reference id"
        List<Finding> findings = check(delete("Flow", "Account_ACU_Update"));
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(Kind.REFUSED_DELETION);
            assertThat(f.level()).isEqualTo(Level.ERROR);
            assertThat(f.ruleId()).isEqualTo("refused-deletion-flow");
            assertThat(f.origin()).isEqualTo(ORIGIN);
            assertThat(f.message())
                    .startsWith("Flow Account_ACU_Update (delete): Salesforce refuses this deletion through"
                            + " destructiveChanges with \"insufficient access rights on cross-reference id\""
                            + " (documented); instead, deactivate the flow first");
        });
    }

    @Test
    void deletingAWholeWorkflowIsRefusedButItsMembersAreNot() throws Exception {
        // scolladon/sfdx-git-delta#38
        List<Finding> findings =
                check(delete("Workflow", "Lead"), delete("WorkflowAlert", "Lead.DWIN2_NewQuoteVehicule"));
        assertThat(findings)
                .singleElement()
                .satisfies(f -> assertThat(f.message())
                        .contains("\"Cannot delete a workflow object; Workflow Rules and Actions must be deleted"
                                + " individually\"")
                        .contains("delete the workflow's members one by one"));
    }

    @Test
    void deployingOrDeletingAVersionIsNotRefused() throws Exception {
        assertThat(check(
                        new Component("Flow", "Lead_Router", Operation.DEPLOY, ORIGIN),
                        new Component("Workflow", "Lead", Operation.DEPLOY, ORIGIN),
                        delete("Flow", "Lead_Router-2"),
                        delete("ApexClass", "OldService")))
                .isEmpty();
    }
}
