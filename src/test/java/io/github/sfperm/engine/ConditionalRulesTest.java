package io.github.sfperm.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sfperm.check.CheckResult;
import io.github.sfperm.check.Finding;
import io.github.sfperm.common.InputException;
import io.github.sfperm.deployer.DeployerSpec;
import io.github.sfperm.testing.Files2;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rules with {@code <when>}: judged on the file of the component being deployed, found in the source tree. */
class ConditionalRulesTest {

    private static final String ASSIGNING_APP = """
            <?xml version="1.0" encoding="UTF-8"?>
            <ConnectedApp xmlns="http://soap.sforce.com/2006/04/metadata">
                <label>Portal</label>
                <permissionSetName>Portal_Users</permissionSetName>
            </ConnectedApp>
            """;

    @TempDir
    Path dir;

    private CheckResult check() throws Exception {
        return new CheckEngine()
                .check(CheckRequest.builder(dir)
                        .deployer(new DeployerSpec(
                                List.of(),
                                List.of(),
                                Optional.empty(),
                                List.of("ApiEnabled", "ModifyMetadata", "CustomizeApplication", "ManageRemoteAccess"),
                                Optional.empty(),
                                List.of()))
                        .build());
    }

    private void project() {
        Files2.write(
                dir, "sfdx-project.json", "{\"packageDirectories\": [{\"path\": \"force-app\", \"default\": true}]}");
        Files2.write(dir, "force-app/main/default/connectedApps/Portal.connectedApp-meta.xml", ASSIGNING_APP);
    }

    private static List<String> ruleIds(CheckResult result) {
        return result.findings().stream().map(Finding::ruleId).toList();
    }

    @Test
    void fromTheSourceTreeAConnectedAppThatAssignsAPermissionSetNeedsModifyAllData() throws Exception {
        project();
        CheckResult result = check();
        assertThat(ruleIds(result)).containsExactly("connected-app-permission-sets");
        assertThat(result.findings().get(0).message())
                .isEqualTo("ConnectedApp Portal needs ModifyAllData AND ManageProfilesPermissionsets because its file"
                        + " has <ConnectedApp/permissionSetName>");
    }

    @Test
    void aDeletionNeverTriggersAConditionalRule() throws Exception {
        project();
        Files2.write(dir, "manifest/package.xml", Files2.packageXml());
        Files2.write(dir, "manifest/destructiveChanges.xml", Files2.packageXml("ConnectedApp:Portal"));
        assertThat(ruleIds(check())).isEmpty();
    }

    @Test
    void aComponentWhoseFileIsNotInTheProjectIsCheckedWithoutItsConditionalRules() throws Exception {
        Files2.write(dir, "manifest/package.xml", Files2.packageXml("ConnectedApp:Elsewhere"));
        assertThat(ruleIds(check())).isEmpty();
    }

    @Test
    void aMalformedFileOfAConditionallyCheckedTypeIsAnInputErrorNamingIt() {
        project();
        Files2.write(dir, "force-app/main/default/connectedApps/Portal.connectedApp-meta.xml", "<ConnectedApp>");
        Files2.write(dir, "manifest/package.xml", Files2.packageXml("ConnectedApp:Portal"));
        assertThatThrownBy(this::check)
                .isInstanceOf(InputException.class)
                .hasMessageContaining("Portal.connectedApp-meta.xml:1:");
    }
}
