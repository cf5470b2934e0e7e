package io.github.sfperm.diagnose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.github.sfperm.common.InputException;
import io.github.sfperm.diagnose.DeployFailure.Scope;
import io.github.sfperm.testing.Files2;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shapes of a deployment's result, as Salesforce's tools write them. */
class DeployResultReaderTest {

    @TempDir
    Path dir;

    private DeployResult read(String name, String content) throws InputException {
        return DeployResultReader.read(Files2.write(dir, name, content));
    }

    @Test
    void sfProjectDeployStartReadsComponentFailuresAsAnArray() throws Exception {
        DeployResult result = read("r.json", """
                {"status": 1, "name": "FailedDeployError", "message": "Deploy failed.",
                 "result": {"status": "Failed", "success": false,
                   "details": {"componentFailures": [
                     {"componentType": "Flow", "fullName": "Lead_Router", "fileName": "flows/Lead_Router.flow",
                      "problem": "Not available for deploy for this organization", "problemType": "Error",
                      "success": false, "deleted": false},
                     {"componentType": "PermissionSet", "fullName": "Sales", "fileName": "permissionsets/Sales.permissionset",
                      "problem": "Unknown user permission: AllowUniversalSearch", "lineNumber": 12, "columnNumber": 5}
                   ]},
                   "files": [{"fullName": "Lead_Router", "type": "Flow", "state": "Failed",
                              "error": "Not available for deploy for this organization",
                              "filePath": "/home/runner/work/x/force-app/main/default/flows/Lead_Router.flow-meta.xml"}]}}
                """);
        assertThat(result.shape()).isEqualTo("sf-json");
        assertThat(result.failures())
                .extracting(DeployFailure::type, DeployFailure::fullName, DeployFailure::line, DeployFailure::problem)
                .containsExactly(
                        tuple("Flow", "Lead_Router", 0, "Not available for deploy for this organization"),
                        tuple("PermissionSet", "Sales", 12, "Unknown user permission: AllowUniversalSearch"));
    }

    @Test
    void oneComponentFailureMayBeAnObjectNotAnArrayAndNumbersMayBeStrings() throws Exception {
        // forcedotcom/cli#1274: componentFailures is verbatim the Metadata API's output
        DeployResult result = read("r.json", """
                {"status": 1, "result": {"details": {"componentFailures":
                  {"componentType": "CustomSite", "fullName": "Portal", "fileName": "sites/Portal.site",
                   "problem": "In field: siteAdmin - no User named admin@example.com found", "lineNumber": "7",
                   "deleted": "false"}}}}
                """);
        assertThat(result.failures())
                .singleElement()
                .extracting(DeployFailure::type, DeployFailure::line, DeployFailure::deleted)
                .containsExactly("CustomSite", 7, false);
    }

    @Test
    void failedFilesAreReadWhenThereAreNoComponentFailures() throws Exception {
        DeployResult result = read("r.json", """
                {"status": 1, "result": {"files": [
                  {"fullName": "A", "type": "ApexClass", "state": "Changed", "filePath": "force-app/A.cls"},
                  {"fullName": "Sales", "type": "PermissionSet", "state": "Failed", "lineNumber": 3,
                   "error": "Permission set must be associated to a user license",
                   "filePath": "force-app/main/default/permissionsets/Sales.permissionset-meta.xml"}]}}
                """);
        assertThat(result.failures())
                .singleElement()
                .extracting(DeployFailure::fullName, DeployFailure::fileName, DeployFailure::line)
                .containsExactly("Sales", "force-app/main/default/permissionsets/Sales.permissionset-meta.xml", 3);
    }

    @Test
    void failedApexTestsAreFailuresOfTheirClass() throws Exception {
        DeployResult result = read("r.json", """
                {"status": 1, "result": {"details": {"componentFailures": [],
                  "runTestResult": {"numFailures": 1, "failures":
                    {"name": "LeadTest", "methodName": "routes", "message": "System.AssertException: boom",
                     "stackTrace": "Class.LeadTest.routes: line 9, column 1"}}}}}
                """);
        assertThat(result.failures())
                .singleElement()
                .extracting(DeployFailure::scope, DeployFailure::type, DeployFailure::fullName, DeployFailure::problem)
                .containsExactly(
                        Scope.TEST,
                        "ApexClass",
                        "LeadTest.routes",
                        "System.AssertException: boom (Class.LeadTest.routes: line 9, column 1)");
    }

    @Test
    void aDeploymentThatFailedBeforeAnyComponentIsTheTopLevelError() throws Exception {
        DeployResult result = read("r.json", """
                {"status": 1, "name": "sf:INSUFFICIENT_ACCESS", "exitCode": 1,
                 "message": "INSUFFICIENT_ACCESS: use of the Metadata API requires a user with the ModifyAllData or ModifyMetadata permissions"}
                """);
        assertThat(result.failures())
                .singleElement()
                .extracting(DeployFailure::scope, DeployFailure::fullName)
                .containsExactly(Scope.DEPLOYMENT, "INSUFFICIENT_ACCESS");
    }

    @Test
    void theOlderForceSourceDeployListsItsErrors() throws Exception {
        // the shape quoted in salesforcecli/plugin-source#450
        DeployResult result = read("r.json", """
                {"status": 1, "name": "DeployFailed", "message": "Push failed.",
                 "result": [{"error": "Must specify a non-empty label for the CustomObject",
                   "fullName": "CO__c", "type": "CustomObject",
                   "filePath": "force-app/main/default/objects/CO__c/CO__c.object-meta.xml", "problemType": "Error"}],
                 "data": [{"error": "Must specify a non-empty label for the CustomObject",
                   "fullName": "CO__c", "type": "CustomObject",
                   "filePath": "force-app/main/default/objects/CO__c/CO__c.object-meta.xml", "problemType": "Error"}]}
                """);
        assertThat(result.shape()).isEqualTo("sfdx-legacy-json");
        assertThat(result.failures())
                .singleElement()
                .extracting(DeployFailure::type)
                .isEqualTo("CustomObject");
    }

    @Test
    void theMetadataApiDeployResultIsReadBareOrInItsSoapEnvelope() throws Exception {
        String failure = """
                <details><componentFailures><changed>false</changed><componentType>Flow</componentType>
                <deleted>true</deleted><fileName>flows/Old.flow</fileName><fullName>Old</fullName>
                <problem>insufficient access rights on cross-reference id</problem><problemType>Error</problemType>
                <success>false</success></componentFailures></details>""";
        DeployResult bare = read(
                "bare.xml",
                "<DeployResult xmlns=\"http://soap.sforce.com/2006/04/metadata\">" + failure
                        + "<id>0Af</id><status>Failed</status><success>false</success></DeployResult>");
        DeployResult soap = read(
                "soap.xml",
                "<?xml version=\"1.0\"?>"
                        + "<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\""
                        + " xmlns=\"http://soap.sforce.com/2006/04/metadata\"><soapenv:Body><checkDeployStatusResponse>"
                        + "<result>" + failure + "<id>0Af</id><status>Failed</status><success>false</success></result>"
                        + "</checkDeployStatusResponse></soapenv:Body></soapenv:Envelope>");
        for (DeployResult result : java.util.List.of(bare, soap)) {
            assertThat(result.shape()).isEqualTo("metadata-api-xml");
            assertThat(result.failures())
                    .singleElement()
                    .extracting(DeployFailure::type, DeployFailure::fullName, DeployFailure::deleted)
                    .containsExactly("Flow", "Old", true);
        }
    }

    @Test
    void aFileInNoKnownShapeIsAnErrorNamingIt() {
        assertThatThrownBy(() -> read("package.json", "{\"name\": \"app\", \"version\": \"1.0.0\"}"))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("package.json")
                .hasMessageContaining("is not the result of a deployment");
        assertThatThrownBy(() -> read("pom.xml", "<project><modelVersion>4.0.0</modelVersion></project>"))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("is not the result of a deployment");
    }

    @Test
    void brokenJsonNamesTheFileLineAndColumn() {
        assertThatThrownBy(() -> read("r.json", "{\"status\": 1,\n \"result\": {]}"))
                .isInstanceOf(InputException.class)
                .satisfies(e -> assertThat(((InputException) e).line()).isEqualTo(2))
                .hasMessageContaining("r.json:2:");
    }

    @Test
    void aMissingFileSaysHowToSaveOne() {
        assertThatThrownBy(() -> DeployResultReader.read(dir.resolve("nope.json")))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("--json > deploy-result.json || true");
    }
}
