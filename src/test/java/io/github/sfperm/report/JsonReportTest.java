package io.github.sfperm.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfperm.check.CheckResult;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

class JsonReportTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static JsonNode json(CheckResult result, ReportContext context) throws Exception {
        return MAPPER.readTree(JsonReport.render(result, context));
    }

    private static List<String> errors(JsonNode report) {
        return Validators.jsonSchemaErrors(report);
    }

    @Test
    void reportsAreValidAgainstThePublishedSchema() throws Exception {
        assertThat(errors(json(ReportFixture.result(), ReportFixture.context())))
                .isEmpty();
        assertThat(errors(json(ReportFixture.clean(), ReportFixture.context()))).isEmpty();
        assertThat(errors(json(ReportFixture.clean(), new ReportContext(ReportFixture.BASE, "", "", "", false))))
                .isEmpty();
    }

    @Test
    void theSchemaRejectsAReportThatDriftsFromIt() throws Exception {
        ObjectNode report = (ObjectNode) json(ReportFixture.result(), ReportFixture.context());
        report.remove("gate");
        ((ObjectNode) report.at("/findings/0")).put("level", "FATAL");
        ((ObjectNode) report.at("/findings/1")).put("file", "/home/me/project/manifest/package.xml");
        ((ObjectNode) report.at("/findings/2")).put("surprise", true);
        assertThat(errors(report)).hasSize(4);
    }

    @Test
    void theGateSaysWhetherAndWhyTheBuildFails() throws Exception {
        JsonNode gate = json(ReportFixture.result(), ReportFixture.context()).path("gate");
        assertThat(gate.path("failed").asBoolean()).isTrue();
        assertThat(gate.path("threshold").asText()).isEqualTo("ERROR");
        assertThat(gate.path("reason").asText()).isEqualTo("failed: 5 ERROR findings remain after the allowlist");

        JsonNode lenient = json(ReportFixture.result(), ReportFixture.context().withFailOnViolation(false))
                .path("gate");
        assertThat(lenient.path("failed").asBoolean()).isFalse();
        assertThat(lenient.path("reason").asText())
                .isEqualTo("passed (not failing, failOnViolation=false): 5 ERROR findings remain after the allowlist");

        assertThat(json(ReportFixture.clean(), ReportFixture.context())
                        .at("/gate/failed")
                        .asBoolean())
                .isFalse();
    }

    @Test
    void everyFindingHasAllItsFieldsWithPathsRelativeToTheProject() throws Exception {
        JsonNode deletion = StreamSupport.stream(
                        json(ReportFixture.result(), ReportFixture.context())
                                .path("findings")
                                .spliterator(),
                        false)
                .filter(f -> f.path("operation").asText().equals("delete"))
                .findFirst()
                .orElseThrow();
        assertThat(deletion.path("kind").asText()).isEqualTo("MISSING_PERMISSION");
        assertThat(deletion.path("level").asText()).isEqualTo("ERROR");
        assertThat(deletion.path("ruleId").asText()).isEqualTo("flow");
        assertThat(deletion.path("type").asText()).isEqualTo("Flow");
        assertThat(deletion.path("member").asText()).isEqualTo("Old_Router");
        assertThat(deletion.path("file").asText()).isEqualTo("manifest/destructiveChanges.xml");
        assertThat(deletion.path("line").asInt()).isEqualTo(4);
        assertThat(deletion.path("required").asText()).isEqualTo("ManageInteraction");
        assertThat(deletion.path("unmet").asText()).isEqualTo("ManageInteraction");
        assertThat(deletion.path("unmetPermissions")).hasSize(1);
        assertThat(deletion.path("confidence").asText()).isEqualTo("community");
        assertThat(deletion.path("source").asText()).isEqualTo(ReportFixture.FLOW.source());
        assertThat(deletion.path("message").asText()).isEqualTo("Flow Old_Router (delete) needs ManageInteraction");
        assertThat(deletion.path("allowlistedBy").isNull()).isTrue();
    }

    @Test
    void anAllowlistedFindingSaysWhichEntrySuppressedItAndWhy() throws Exception {
        JsonNode report = json(ReportFixture.result(), ReportFixture.context());
        assertThat(report.path("allowlisted")).hasSize(1);
        JsonNode by = report.at("/allowlisted/0/allowlistedBy");
        assertThat(by.path("entry").asText())
                .isEqualTo("allowlist entry 1 (type=Flow, member=Legacy_*, permission=ManageInteraction)");
        assertThat(by.path("reason").asText())
                .isEqualTo("Legacy flows are deployed by the release team until INC-123 is done");
        assertThat(by.path("until").asText()).isEqualTo("2027-03-31");
        assertThat(by.path("file").asText()).isEqualTo("pom.xml");
    }

    @Test
    void countsVersionsComponentsAndTheFixAreThere() throws Exception {
        JsonNode report = json(ReportFixture.result(), ReportFixture.context());
        assertThat(report.path("schemaVersion").asInt()).isEqualTo(1);
        assertThat(report.at("/tool/version").asText()).isEqualTo("0.1.0");
        assertThat(report.path("catalogueVersion").asText()).isEqualTo("2026.11.0-test");
        assertThat(report.path("registryVersion").asText()).isEqualTo("12.37.2");
        assertThat(report.at("/counts/byLevel/ERROR").asInt()).isEqualTo(5);
        assertThat(report.at("/counts/byKind/MISSING_PERMISSION").asInt()).isEqualTo(4);
        assertThat(report.at("/counts/byKind/LICENSE_FORBIDS").asInt()).isZero();
        assertThat(report.path("components")).hasSize(7);
        assertThat(report.at("/fix/permissions"))
                .extracting(JsonNode::asText)
                .containsExactly("AuthorApex", "ManageInteraction", "ManageTerritories", "ModifyAllData");
        assertThat(report.at("/fix/target").asText()).isEqualTo("the deploying user's permission set");
    }

    @Test
    void theBuiltInContextNamesTheBundledRegistryRelease() {
        assertThat(ReportContext.of(ReportFixture.BASE, "0.1.0", "m").registryVersion())
                .matches("\\d+\\.\\d+\\.\\d+");
    }
}
