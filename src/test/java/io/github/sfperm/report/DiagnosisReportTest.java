package io.github.sfperm.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.sfperm.deployer.DeployerSpec;
import io.github.sfperm.diagnose.DiagnoseEngine;
import io.github.sfperm.engine.CheckRequest;
import io.github.sfperm.testing.Files2;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** diagnosis.json follows its documented schema; the summary line counts by cause. */
class DiagnosisReportTest {

    @TempDir
    Path dir;

    @Test
    void diagnosisJsonFollowsItsSchemaAndTheSummaryCountsByCause() throws Exception {
        Files2.write(dir, "sfdx-project.json", "{\"packageDirectories\": [{\"path\": \"force-app\"}]}");
        Files2.write(dir, "force-app/main/default/permissionsets/Sales.permissionset-meta.xml", """
                <?xml version="1.0" encoding="UTF-8"?>
                <PermissionSet xmlns="http://soap.sforce.com/2006/04/metadata">
                    <label>Sales</label>
                    <userPermissions>
                        <enabled>true</enabled>
                        <name>AllowUniversalSearch</name>
                    </userPermissions>
                </PermissionSet>
                """);
        Path result = Files2.write(dir, "deploy-result.json", """
                {"status": 1, "result": {"details": {"componentFailures": [
                  {"componentType": "PermissionSet", "fullName": "Sales", "problem": "Unknown user permission: AllowUniversalSearch"},
                  {"componentType": "PermissionSet", "fullName": "Sales", "problem": "Something new | *odd*"}],
                  "runTestResult": {"failures": [{"name": "T", "methodName": "m", "message": "x"}]}}}}
                """);
        CheckRequest request = CheckRequest.builder(dir)
                .deployer(new DeployerSpec(
                        List.of(),
                        List.of(),
                        Optional.empty(),
                        List.of("ApiEnabled", "ModifyMetadata", "ManageProfilesPermissionsets"),
                        Optional.empty(),
                        List.of()))
                .build();
        DiagnoseEngine.Outcome outcome =
                new DiagnoseEngine().diagnose(new DiagnoseEngine.Request(request, result, List.of()));
        String json = DiagnosisReport.json(outcome, ReportContext.of(dir, "0.1.0", "app"));
        assertThat(Validators.jsonSchemaErrors(new ObjectMapper().readTree(json), Validators.DIAGNOSIS_SCHEMA))
                .isEmpty();
        assertThat(json).doesNotContain(dir.toString());
        assertThat(DiagnosisReport.summary(outcome))
                .isEqualTo("sfperm diagnose: 3 failure(s) in deploy-result.json, 1 explained"
                        + " (PAYLOAD_UNKNOWN_PERMISSION 1), 2 UNKNOWN_CAUSE; sfperm:check would have caught 0.");
        assertThat(DiagnosisReport.markdown(outcome, ReportContext.of(dir, "0.1.0", "app")))
                .contains("| `force-app/main/default/permissionsets/Sales.permissionset-meta.xml:6` |"
                        + " PAYLOAD_UNKNOWN_PERMISSION | PermissionSet Sales |")
                .contains("Something new \\| \\*odd\\*");
        assertThat(DiagnosisReport.json(outcome, ReportContext.of(dir, "0.1.0", "app")))
                .as("the same outcome, the same bytes")
                .isEqualTo(json);
    }
}
