package io.github.sfperm.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sfperm.xml.SecureXml;
import java.nio.file.Path;
import java.util.List;
import org.dom4j.Document;
import org.dom4j.Element;
import org.junit.jupiter.api.Test;
import org.xml.sax.SAXException;

class JunitReportTest {

    private static void validate(String xml) throws Exception {
        Validators.validateJunit(xml);
    }

    private static Document junit() throws Exception {
        return SecureXml.parse(
                JunitReport.render(ReportFixture.result(), ReportFixture.context()), Path.of("sfperm-junit.xml"));
    }

    private static Element testcase(Document document, String classname, String name) {
        return document.getRootElement().element("testsuite").elements("testcase").stream()
                .filter(e -> classname.equals(e.attributeValue("classname")) && name.equals(e.attributeValue("name")))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no testcase " + classname + " " + name));
    }

    @Test
    void isValidAgainstTheJunitSchemaThatJenkinsGitlabAndAzureRead() throws Exception {
        validate(JunitReport.render(ReportFixture.result(), ReportFixture.context()));
        validate(JunitReport.render(ReportFixture.clean(), ReportFixture.context()));
    }

    @Test
    void theSchemaRejectsWhatJenkinsWouldReject() {
        assertThatThrownBy(() -> validate("<testsuites skipped=\"1\"/>"))
                .as("the xUnit plugin's schema has no skipped attribute on testsuites")
                .isInstanceOf(SAXException.class);
        assertThatThrownBy(() -> validate("<testsuites><testsuite name=\"s\" tests=\"one\" failures=\"0\" errors=\"0\""
                        + " skipped=\"0\"/></testsuites>"))
                .isInstanceOf(SAXException.class);
        assertThatThrownBy(() -> validate("<testsuites><testsuite name=\"s\" tests=\"1\" failures=\"0\" errors=\"0\""
                        + " skipped=\"0\"><testcase name=\"x\"/></testsuite></testsuites>"))
                .isInstanceOf(SAXException.class);
    }

    @Test
    void oneTestCasePerComponentThenOnePerFindingWithoutComponentAndTheCountsAddUp() throws Exception {
        Element suites = junit().getRootElement();
        Element suite = suites.element("testsuite");
        List<Element> cases = suite.elements("testcase");
        assertThat(cases)
                .extracting(e -> e.attributeValue("classname") + " " + e.attributeValue("name"))
                .containsExactly(
                        "Flow Lead_Router (deploy)",
                        "Flow Legacy_Lead (deploy)",
                        "ApexClass AccountService (deploy)",
                        "Territory2Model Global_Model (deploy)",
                        "Flows Typo (deploy)",
                        "CustomObject Invoice__c (deploy)",
                        "Flow Old_Router (delete)",
                        "ALLOWLIST_EXPIRED allowlist entry 2 (type=ApexClass) expired after 2026-01-31 and no longer suppresses"
                                + " anything; fix the gap, or renew the entry with a new <until> (reason was: \"Apex\" & <triggers>,"
                                + " 100%: INC-7)",
                        "ALLOWLIST_UNUSED allowlist entry 3 (member=Gone_*) matched no finding; remove it (reason was: old flows,"
                                + " long gone)",
                        "EXCESS_PERMISSION the deploying user holds ViewSetup, which nothing in this deployment needs");
        long failures = cases.stream().filter(e -> e.element("failure") != null).count();
        long skipped = cases.stream().filter(e -> e.element("skipped") != null).count();
        assertThat(failures).isEqualTo(5);
        assertThat(skipped).isEqualTo(1);
        assertThat(suite.attributeValue("name")).isEqualTo("sfperm: sales-app");
        assertThat(suite.attributeValue("tests")).isEqualTo(Integer.toString(cases.size()));
        assertThat(suite.attributeValue("failures")).isEqualTo("5");
        assertThat(suite.attributeValue("errors")).isEqualTo("0");
        assertThat(suite.attributeValue("skipped")).isEqualTo("1");
        assertThat(suites.attributeValue("tests")).isEqualTo("10");
        assertThat(suites.attributeValue("failures")).isEqualTo("5");
    }

    @Test
    void aComponentWithAnErrorFailsWithTheRequirementLocationAndSource() throws Exception {
        Element failure = testcase(junit(), "Flow", "Old_Router (delete)").element("failure");
        assertThat(failure.attributeValue("type")).isEqualTo("MISSING_PERMISSION");
        assertThat(failure.attributeValue("message")).isEqualTo("Flow Old_Router (delete) needs ManageInteraction");
        assertThat(failure.getText())
                .isEqualTo("manifest/destructiveChanges.xml:4: MISSING_PERMISSION [flow] Flow Old_Router"
                        + " (delete) needs ManageInteraction (rule: ManageInteraction; community)\n  see "
                        + ReportFixture.FLOW.source());
    }

    @Test
    void anAllowlistedComponentIsSkippedWithTheEntryAndReason() throws Exception {
        Element testcase = testcase(junit(), "Flow", "Legacy_Lead (deploy)");
        assertThat(testcase.element("failure")).isNull();
        assertThat(testcase.element("skipped").attributeValue("message"))
                .isEqualTo("allowlisted by allowlist entry 1"
                        + " (type=Flow, member=Legacy_*, permission=ManageInteraction): Legacy flows are deployed by the release"
                        + " team until INC-123 is done (until 2027-03-31)");
    }

    @Test
    void aWarningPassesWithTheLineInSystemOutAndAComponentWithoutFindingSimplyPasses() throws Exception {
        Document document = junit();
        Element typo = testcase(document, "Flows", "Typo (deploy)");
        assertThat(typo.elements()).extracting(Element::getName).containsExactly("system-out");
        assertThat(typo.elementText("system-out"))
                .startsWith("manifest/package.xml:16: UNKNOWN_TYPE [unregistered-type]");
        assertThat(testcase(document, "CustomObject", "Invoice__c (deploy)").elements())
                .isEmpty();
        Element unused = testcase(
                document,
                "ALLOWLIST_UNUSED",
                "allowlist entry 3 (member=Gone_*) matched no finding; remove it (reason was: old flows, long gone)");
        assertThat(unused.element("failure")).isNull();
    }
}
