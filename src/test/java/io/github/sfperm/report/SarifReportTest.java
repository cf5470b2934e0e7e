package io.github.sfperm.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.sfperm.check.CheckResult;
import io.github.sfperm.check.Finding;
import io.github.sfperm.deploy.Component;
import io.github.sfperm.deploy.Origin;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SarifReportTest {

    private static JsonNode sarif(CheckResult result) throws Exception {
        return new ObjectMapper().readTree(SarifReport.render(result, ReportFixture.context()));
    }

    private static List<JsonNode> list(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).toList();
    }

    @Test
    void declaresSarif210AndOneSfpermDriver() throws Exception {
        JsonNode log = sarif(ReportFixture.result());
        assertThat(log.path("$schema").asText()).isEqualTo("https://json.schemastore.org/sarif-2.1.0.json");
        assertThat(log.path("version").asText()).isEqualTo("2.1.0");
        assertThat(log.path("runs")).hasSize(1);
        JsonNode driver = log.at("/runs/0/tool/driver");
        assertThat(driver.path("name").asText()).isEqualTo("sfperm");
        assertThat(driver.path("informationUri").asText()).isEqualTo("https://github.com/sfperm/sfperm-maven-plugin");
        assertThat(driver.path("version").asText()).isEqualTo("0.1.0");
        assertThat(log.at("/runs/0/automationDetails/id").asText()).isEqualTo("sfperm/sales-app/");
    }

    @Test
    void hasOneRuleperDistinctRuleIdSortedAndEveryResultPointsAtItsRule() throws Exception {
        JsonNode run = sarif(ReportFixture.result()).at("/runs/0");
        List<String> ruleIds = list(run.at("/tool/driver/rules")).stream()
                .map(r -> r.path("id").asText())
                .toList();
        assertThat(ruleIds)
                .containsExactly(
                        "ALLOWLIST_EXPIRED",
                        "ALLOWLIST_UNUSED",
                        "EXCESS_PERMISSION",
                        "UNKNOWN_TYPE",
                        "apex",
                        "flow",
                        "territory-model");
        for (JsonNode result : list(run.path("results"))) {
            assertThat(ruleIds.get(result.path("ruleIndex").asInt()))
                    .isEqualTo(result.path("ruleId").asText());
        }
    }

    @Test
    void aMissingPermissionRuleIsTheCatalogueRuleWithItsSourceAsHelpAndAStringSecuritySeverity() throws Exception {
        JsonNode flow = rule(sarif(ReportFixture.result()), "flow");
        assertThat(flow.path("helpUri").asText()).isEqualTo(ReportFixture.FLOW.source());
        assertThat(flow.at("/shortDescription/text").asText())
                .isEqualTo("Flow, FlowDefinition need ManageInteraction.");
        assertThat(flow.at("/fullDescription/text").asText())
                .isEqualTo(
                        "Deploying or deleting flows needs Manage Flow (ManageInteraction). Evidence: the Flow page lists"
                                + " Manage Flow. Confidence: community.");
        JsonNode severity = flow.at("/properties/security-severity");
        assertThat(severity.isTextual())
                .as("security-severity must be a string: GitHub ignores a number")
                .isTrue();
        assertThat(severity.asText()).isEqualTo("7.0");
        assertThat(list(flow.at("/properties/tags")))
                .extracting(JsonNode::asText)
                .contains("security");
        assertThat(flow.at("/defaultConfiguration/level").asText()).isEqualTo("error");
    }

    @Test
    void aRuleWithoutSourcePointsAtTheDocsAndAKindRuleAtTheFindingClasses() throws Exception {
        JsonNode log = sarif(ReportFixture.result());
        assertThat(rule(log, "territory-model").path("helpUri").asText())
                .as("a user's rule without source: how rule files work")
                .isEqualTo("https://github.com/sfperm/sfperm-maven-plugin#rule-files");
        JsonNode unknown = rule(log, "UNKNOWN_TYPE");
        assertThat(unknown.path("helpUri").asText())
                .isEqualTo("https://github.com/sfperm/sfperm-maven-plugin#finding-classes");
        assertThat(unknown.at("/properties/security-severity").isMissingNode()).isTrue();
        assertThat(unknown.at("/defaultConfiguration/level").asText()).isEqualTo("warning");
    }

    @Test
    void theHelpAnchorsExistInTheReadmeAndTheCatalogueDoc() throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        assertThat(readme).contains("\n### Finding classes\n").contains("\n### Rule files\n");
        assertThat(Path.of("docs/rules.md")).isRegularFile();
        assertThat(SarifReport.CATALOGUE_HELP_URI).endsWith("/docs/rules.md");
    }

    @Test
    void resultsCarryLevelMessageAndALocationRelativeToSrcRootWithTheManifestLine() throws Exception {
        JsonNode log = sarif(ReportFixture.result());
        JsonNode first = log.at("/runs/0/results/0");
        assertThat(first.path("level").asText()).isEqualTo("error");
        assertThat(first.at("/message/text").asText())
                .isEqualTo(
                        "MISSING_PERMISSION [apex] ApexClass AccountService needs AuthorApex (rule: AuthorApex; documented)");
        JsonNode physical = first.at("/locations/0/physicalLocation");
        assertThat(physical.at("/artifactLocation/uri").asText()).isEqualTo("manifest/package.xml");
        assertThat(physical.at("/artifactLocation/uriBaseId").asText()).isEqualTo("%SRCROOT%");
        assertThat(physical.at("/region/startLine").asInt()).isEqualTo(8);
        assertThat(log.at("/runs/0/originalUriBaseIds").has("%SRCROOT%")).isTrue();
        assertThat(list(log.at("/runs/0/results")))
                .extracting(r -> r.path("level").asText())
                .containsExactly("error", "error", "error", "error", "error", "warning", "warning", "note", "error");
    }

    @Test
    void aFileLevelFindingHasNoRegionAndAFindingWithoutOriginHasNoLocation() throws Exception {
        List<JsonNode> results = list(sarif(ReportFixture.result()).at("/runs/0/results"));
        JsonNode expired = results.stream()
                .filter(r -> r.path("ruleId").asText().equals("ALLOWLIST_EXPIRED"))
                .findFirst()
                .orElseThrow();
        assertThat(expired.at("/locations/0/physicalLocation/artifactLocation/uri")
                        .asText())
                .isEqualTo("pom.xml");
        assertThat(expired.at("/locations/0/physicalLocation/region").isMissingNode())
                .isTrue();
        JsonNode excess = results.stream()
                .filter(r -> r.path("ruleId").asText().equals("EXCESS_PERMISSION"))
                .findFirst()
                .orElseThrow();
        assertThat(excess.has("locations")).isFalse();
    }

    @Test
    void anAllowlistedFindingIsASuppressedResultWithTheReason() throws Exception {
        List<JsonNode> results = list(sarif(ReportFixture.result()).at("/runs/0/results"));
        JsonNode last = results.get(results.size() - 1);
        assertThat(last.at("/message/text").asText()).contains("Flow Legacy_Lead needs ManageInteraction");
        assertThat(last.at("/suppressions/0/kind").asText()).isEqualTo("external");
        assertThat(last.at("/suppressions/0/justification").asText())
                .contains("Legacy flows are deployed by the release team until INC-123 is done (until 2027-03-31)");
        assertThat(results.subList(0, results.size() - 1)).allMatch(r -> !r.has("suppressions"));
    }

    @Test
    void theFingerprintIdentifiesTheComponentAndRuleNotTheLine() {
        Finding atLine4 = ReportFixture.missing(ReportFixture.FLOW, ReportFixture.LEAD_ROUTER);
        Component moved = new Component(
                "Flow",
                "Lead_Router",
                ReportFixture.LEAD_ROUTER.operation(),
                new Origin(ReportFixture.PACKAGE_XML, 40));
        Finding atLine40 = ReportFixture.missing(ReportFixture.FLOW, moved);
        Finding other = ReportFixture.missing(ReportFixture.FLOW, ReportFixture.LEGACY_LEAD);
        ReportContext context = ReportFixture.context();
        assertThat(Fingerprint.of(atLine40, context))
                .isEqualTo(Fingerprint.of(atLine4, context))
                .isNotEqualTo(Fingerprint.of(other, context))
                .matches("[0-9a-f]{64}");
    }

    @Test
    void aPathThatIsNoURIAsItIsIsPercentEncodedAndAPathOutsideTheProjectIsLeftOut() {
        ReportContext context = ReportFixture.context();
        assertThat(context.relativeUri(ReportFixture.BASE.resolve("manifest/my package.xml")))
                .contains("manifest/my%20package.xml");
        assertThat(context.relativeUri(ReportFixture.BASE.resolve("a:b/package.xml")))
                .contains("./a:b/package.xml");
        assertThat(context.relativeUri(ReportFixture.BASE.getParent().resolve("elsewhere/package.xml")))
                .isEmpty();
    }

    /**
     * Runs Microsoft's SARIF validator (the one GitHub points to) on the fixture's log, together with a canary log that
     * lacks a required property: the canary's error proves the validator really checked, and our log may have no
     * error and no warning but SARIF2017 for a file-level finding (one without a line, which is right: sfperm does not
     * know it). Skipped where {@code npx} is not installed or cannot fetch the validator.
     */
    @Test
    void passesMicrosoftsSarifValidator(@TempDir Path dir) throws Exception {
        Files.writeString(
                dir.resolve("sfperm.sarif"), SarifReport.render(ReportFixture.result(), ReportFixture.context()));
        Files.writeString(
                dir.resolve("canary.sarif"),
                "{\"$schema\": \"" + SarifReport.SCHEMA + "\", \"version\": \"2.1.0\","
                        + " \"runs\": [{\"tool\": {\"driver\": {\"name\": \"canary\"}}, \"results\": [{\"ruleId\": \"x\"}]}]}\n");
        Optional<List<String>> output = Validators.sarifMultitool(dir, "sfperm.sarif", "canary.sarif");
        assumeTrue(output.isPresent(), "npx or the SARIF validator is not available: not run");
        List<String> lines = output.get();
        assertThat(lines)
                .as("the validator reports the canary's missing message:\n%s", lines)
                .anyMatch(l -> l.contains("canary.sarif(") && l.contains(": error JSON1002"));
        assertThat(lines)
                .filteredOn(l -> l.contains("sfperm.sarif("))
                .as("validator output:\n%s", lines)
                .noneMatch(l -> l.contains(": error "))
                .allMatch(l -> l.contains(": warning SARIF2017") && l.contains("The 'region' property is absent"));
    }

    private static JsonNode rule(JsonNode log, String id) {
        return list(log.at("/runs/0/tool/driver/rules")).stream()
                .filter(r -> r.path("id").asText().equals(id))
                .findFirst()
                .orElseThrow();
    }
}
