package io.github.sfperm.diagnose;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sfperm.deployer.DeployerSpec;
import io.github.sfperm.engine.CheckRequest;
import io.github.sfperm.testing.Files2;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The diagnosis tied to the project: the cause refined by the deployer, the file and line, check's verdict. */
class DiagnoseEngineTest {

    @TempDir
    Path dir;

    @BeforeEach
    void project() {
        Files2.write(
                dir, "sfdx-project.json", "{\"packageDirectories\": [{\"path\": \"force-app\", \"default\": true}]}");
        Files2.write(dir, "force-app/main/default/flows/Router.flow-meta.xml", """
                <?xml version="1.0" encoding="UTF-8"?>
                <Flow xmlns="http://soap.sforce.com/2006/04/metadata">
                    <label>Router</label>
                </Flow>
                """);
    }

    private DiagnoseEngine.Outcome diagnose(String result, String... permissions) throws Exception {
        Path file = Files2.write(dir, "deploy-result.json", result);
        DeployerSpec deployer = permissions.length == 0
                ? DeployerSpec.none()
                : new DeployerSpec(
                        List.of(), List.of(), Optional.empty(), List.of(permissions), Optional.empty(), List.of());
        CheckRequest request = CheckRequest.builder(dir).deployer(deployer).build();
        return new DiagnoseEngine().diagnose(new DiagnoseEngine.Request(request, file, List.of()));
    }

    private static String flowFailure(String problem, String filePath) {
        return """
                {"status": 1, "result": {"files": [{"fullName": "Router", "type": "Flow", "state": "Failed",
                  "error": "%s", "filePath": "%s"}]}}
                """.formatted(problem, filePath);
    }

    @Test
    void notAvailableForDeployIsAMissingPermissionWhenTheDeployerLacksWhatTheTypeNeeds() throws Exception {
        DiagnoseEngine.Outcome outcome = diagnose(
                flowFailure("Not available for deploy for this organization", ""), "ApiEnabled", "ModifyMetadata");
        Diagnosis d = outcome.diagnoses().get(0);
        assertThat(d.cause()).isEqualTo(Cause.MISSING_PERMISSION);
        assertThat(d.grant()).containsExactly("ManageInteraction");
        assertThat(d.location()).isEqualTo("force-app/main/default/flows/Router.flow-meta.xml:1");
        assertThat(d.check().status()).isEqualTo(Diagnosis.Verdict.Status.CAUGHT);
        assertThat(d.check().detail()).startsWith("it reports MISSING_PERMISSION (flow)");
    }

    @Test
    void notAvailableForDeployIsAnOrgFeatureWhenTheDeployerHoldsWhatTheTypeNeeds() throws Exception {
        DiagnoseEngine.Outcome outcome = diagnose(
                flowFailure("Not available for deploy for this organization", ""),
                "ApiEnabled",
                "ModifyMetadata",
                "ManageInteraction");
        Diagnosis d = outcome.diagnoses().get(0);
        assertThat(d.cause()).isEqualTo(Cause.ORG_FEATURE);
        assertThat(d.grant()).isEmpty();
        assertThat(d.explanation()).contains("the configured deploying user holds ManageInteraction");
        assertThat(d.check().status()).isEqualTo(Diagnosis.Verdict.Status.NOT_CAUGHT);
    }

    @Test
    void withoutADeployerTheCauseIsTheOrgFeatureAndCheckCannotTell() throws Exception {
        Diagnosis d = diagnose(flowFailure("Not available for deploy for this organization", ""))
                .diagnoses()
                .get(0);
        assertThat(d.cause()).isEqualTo(Cause.ORG_FEATURE);
        assertThat(d.check().status()).isEqualTo(Diagnosis.Verdict.Status.UNKNOWN);
        assertThat(d.check().detail()).contains("no <deployer> is configured");
    }

    @Test
    void aPathOfTheMachineThatDeployedIsFoundInTheProjectByItsTail() throws Exception {
        Files2.write(dir, "force-app/main/default/flows/Other.flow-meta.xml", "<Flow/>");
        Diagnosis d = diagnose("""
                        {"status": 1, "result": {"files": [{"fullName": "Gone", "type": "Flow", "state": "Failed",
                          "error": "boom", "filePath": "/home/runner/work/app/app/force-app/main/default/flows/Other.flow-meta.xml"}]}}
                        """).diagnoses().get(0);
        assertThat(d.location()).isEqualTo("force-app/main/default/flows/Other.flow-meta.xml:1");
        assertThat(d.inProject()).isTrue();
    }

    @Test
    void aPathOfTheMachineThatDeployedThatTheProjectLacksIsShownByItsName() throws Exception {
        Diagnosis d = diagnose("""
                        {"status": 1, "result": {"files": [{"fullName": "Gone", "type": "Flow", "state": "Failed",
                          "error": "boom", "lineNumber": 4, "filePath": "/home/runner/work/app/flows/Gone.flow-meta.xml"}]}}
                        """).diagnoses().get(0);
        assertThat(d.location()).isEqualTo("Gone.flow-meta.xml:4");
        assertThat(d.inProject()).isFalse();
    }

    @Test
    void theSameResultGivesTheSameDiagnosesInTheSameOrder() throws Exception {
        String result = """
                {"status": 1, "result": {"details": {"componentFailures": [
                  {"componentType": "Flow", "fullName": "Zeta", "problem": "b"},
                  {"componentType": "Flow", "fullName": "Router", "problem": "Not available for deploy for this organization"},
                  {"componentType": "ApexClass", "fullName": "Alpha", "problem": "a"}]}}}
                """;
        List<String> first =
                diagnose(result).diagnoses().stream().map(Diagnosis::nameLabel).toList();
        assertThat(first).containsExactly("Alpha", "Zeta", "Router");
        assertThat(diagnose(result).diagnoses().stream().map(Diagnosis::nameLabel))
                .containsExactlyElementsOf(first);
    }
}
