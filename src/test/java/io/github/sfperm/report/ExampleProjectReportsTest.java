package io.github.sfperm.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.sfperm.check.AllowlistEntry;
import io.github.sfperm.check.CheckResult;
import io.github.sfperm.deploy.Origin;
import io.github.sfperm.deployer.DeployerSpec;
import io.github.sfperm.engine.CheckEngine;
import io.github.sfperm.engine.CheckRequest;
import io.github.sfperm.xml.SecureXml;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.stream.StreamSupport;
import org.dom4j.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reports of a real check, the README's walkthrough on {@code examples/dreamhouse} with an allowlist entry: valid
 * against the same schemas and validator as the fixture's, and every location in them is a file of the example.
 */
class ExampleProjectReportsTest {

    private static final Path EXAMPLE = Path.of("examples/dreamhouse").toAbsolutePath();
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    static Path dir;

    private static CheckResult result;
    private static ReportContext context;

    @BeforeAll
    static void checkAndWrite() throws Exception {
        Path pom = EXAMPLE.resolve("pom.xml");
        result = new CheckEngine()
                .check(CheckRequest.builder(EXAMPLE)
                        .manifest(Optional.of(EXAMPLE.resolve("manifest/package.xml")))
                        .deployer(DeployerSpec.of(List.of(EXAMPLE.resolve("ci/CI_Deployer.permissionset-meta.xml"))))
                        .allowlist(List.of(
                                AllowlistEntry.of(
                                        1,
                                        "Flow",
                                        null,
                                        null,
                                        null,
                                        "flows go out with the release team",
                                        "2027-03-31",
                                        Origin.of(pom),
                                        pom),
                                AllowlistEntry.of(
                                        2, "NoSuchType", null, null, null, "stale entry", null, Origin.of(pom), pom)))
                        .today(LocalDate.of(2026, 11, 28))
                        .build());
        context = ReportContext.of(EXAMPLE, "0.1.0-SNAPSHOT", "dreamhouse");
        Reports.write(result, context, dir, EnumSet.allOf(Format.class));
    }

    @Test
    void theCheckHasGapsAllowlistedFindingsAndHygieneFindings() {
        assertThat(result.hasErrors()).isTrue();
        assertThat(result.suppressed()).isNotEmpty();
        assertThat(result.findings()).anyMatch(f -> f.component() == null);
    }

    @Test
    void theJsonReportIsValidAndEveryFileItNamesIsInTheExample() throws Exception {
        JsonNode report = MAPPER.readTree(dir.resolve("sfperm.json").toFile());
        assertThat(Validators.jsonSchemaErrors(report)).isEmpty();
        assertThat(report.at("/counts/components").asInt())
                .isEqualTo(result.plan().components().size());
        for (String section : List.of("findings", "allowlisted", "components")) {
            for (JsonNode item : report.path(section)) {
                if (!item.path("file").isNull()) {
                    assertThat(EXAMPLE.resolve(item.path("file").asText())).isRegularFile();
                }
            }
        }
    }

    @Test
    void theJunitReportIsValidWithOneTestCasePerComponentAtLeast() throws Exception {
        String xml = Files.readString(dir.resolve("sfperm-junit.xml"));
        Validators.validateJunit(xml);
        Element suite = SecureXml.parse(xml, Path.of("sfperm-junit.xml"))
                .getRootElement()
                .element("testsuite");
        int cases = suite.elements("testcase").size();
        assertThat(cases).isGreaterThanOrEqualTo(result.plan().components().size());
        assertThat(suite.attributeValue("tests")).isEqualTo(Integer.toString(cases));
        assertThat(Integer.parseInt(suite.attributeValue("failures"))).isPositive();
        assertThat(Integer.parseInt(suite.attributeValue("skipped"))).isPositive();
    }

    @Test
    void theSarifLogPointsAtFilesOfTheExampleAndPassesMicrosoftsValidator() throws Exception {
        JsonNode log = MAPPER.readTree(dir.resolve("sfperm.sarif").toFile());
        List<JsonNode> results = StreamSupport.stream(log.at("/runs/0/results").spliterator(), false)
                .toList();
        assertThat(results)
                .hasSize(result.findings().size() + result.suppressed().size());
        for (JsonNode r : results) {
            JsonNode uri = r.at("/locations/0/physicalLocation/artifactLocation/uri");
            if (!uri.isMissingNode()) {
                assertThat(EXAMPLE.resolve(uri.asText())).isRegularFile();
            }
        }
        Optional<List<String>> output = Validators.sarifMultitool(dir, "sfperm.sarif");
        assumeTrue(output.isPresent(), "npx or the SARIF validator is not available: not run");
        assertThat(output.get())
                .as("validator output:\n%s", output.get())
                .noneMatch(l -> l.contains(": error "))
                .allMatch(l -> !l.contains(": warning ") || l.contains(": warning SARIF2017"));
    }

    @Test
    void theMarkdownSummaryNamesTheGateAndTheFix() throws Exception {
        String md = Files.readString(dir.resolve("sfperm.md"));
        assertThat(md)
                .startsWith("## sfperm: dreamhouse\n\n❌ **Failed: ")
                .contains("| Location | Component | Missing | Rule |")
                .contains("```xml\n");
    }
}
