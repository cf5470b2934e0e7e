package io.github.sfperm.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sfperm.common.InputException;
import io.github.sfperm.deploy.Operation;
import io.github.sfperm.testing.Files2;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RuleFileReaderTest {

    @TempDir
    Path dir;

    private Path rules(String body) {
        return Files2.write(
                dir,
                "rules.xml",
                "<?xml version=\"1.0\"?>\n<rules xmlns=\"" + RuleFileReader.NAMESPACE + "\">\n" + body + "</rules>\n");
    }

    @Test
    void theBuiltInCatalogueFollowsTheSchemaAndReadsTheSameUnvalidated() throws Exception {
        // the plugin reads its own catalogue without the schema (and once): this is where the schema is held to it
        RuleFile validated = RuleFileReader.readResource(Catalogue.BUILT_IN_RESOURCE, Catalogue.BUILT_IN_NAME);
        RuleFile trusted = RuleFileReader.readTrustedResource(Catalogue.BUILT_IN_RESOURCE, Catalogue.BUILT_IN_NAME);
        assertThat(trusted).isEqualTo(validated);
        assertThat(Catalogue.builtInFile()).isEqualTo(validated).isSameAs(Catalogue.builtInFile());
        assertThat(trusted.rules()).hasSizeGreaterThan(100);
    }

    @Test
    void readsRulesUnknownEntriesAndFacts() throws Exception {
        RuleFile file = RuleFileReader.read(rules("""
                  <rule id="my-flow" operation="delete" confidence="community">
                    <type>Flow</type>
                    <requires>ManageInteraction AND ViewSetup</requires>
                    <source>https://example.com/flow</source>
                    <note>  Deleting flows
                      needs more. </note>
                  </rule>
                  <unknown id="ours"><type>Foo</type><note>ask the platform team</note></unknown>
                  <implies permission="A" other="B" confidence="inferred"/>
                """));
        assertThat(file.rules()).singleElement().satisfies(rule -> {
            assertThat(rule.id()).isEqualTo("my-flow");
            assertThat(rule.types()).containsExactly("Flow");
            assertThat(rule.appliesTo()).isEqualTo(AppliesTo.DELETE);
            assertThat(rule.requires().render()).isEqualTo("ManageInteraction AND ViewSetup");
            assertThat(rule.confidence()).isEqualTo(Confidence.COMMUNITY);
            assertThat(rule.note()).isEqualTo("Deleting flows needs more.");
            assertThat(rule.definedAt().line()).isEqualTo(3);
        });
        assertThat(file.unknown())
                .singleElement()
                .satisfies(u -> assertThat(u.types()).containsExactly("Foo"));
        assertThat(file.facts())
                .singleElement()
                .satisfies(f -> assertThat(f.kind()).isEqualTo(PermissionFact.Kind.IMPLIES));
    }

    @Test
    void aUserRuleCanApplyOnlyWhenTheComponentsFileHasAnElementWithAValue() throws Exception {
        RuleFile file = RuleFileReader.read(rules("""
                  <rule id="our-html-templates" confidence="community">
                    <type>EmailTemplate</type>
                    <when element="EmailTemplate/type" value="html"/>
                    <requires>EditHtmlTemplates</requires>
                  </rule>
                """));
        Rule rule = file.rules().get(0);
        assertThat(rule.isConditional()).isTrue();
        assertThat(rule.when()).isEqualTo(new Condition("EmailTemplate/type", "html"));
        assertThat(rule.when().describe()).isEqualTo("<EmailTemplate/type> = html");
        org.dom4j.Element html = org.dom4j.DocumentHelper.parseText(
                        "<EmailTemplate xmlns=\"http://soap.sforce.com/2006/04/metadata\"><type>html</type></EmailTemplate>")
                .getRootElement();
        org.dom4j.Element text = org.dom4j.DocumentHelper.parseText("<EmailTemplate><type>text</type></EmailTemplate>")
                .getRootElement();
        org.dom4j.Element other = org.dom4j.DocumentHelper.parseText("<Other><type>html</type></Other>")
                .getRootElement();
        assertThat(rule.when().holds(html)).isTrue();
        assertThat(rule.when().holds(text)).isFalse();
        assertThat(rule.when().holds(other)).isFalse();
        assertThat(new Condition("EmailTemplate", "").holds(text)).isTrue();
    }

    @Test
    void aConditionsElementPathMustBeNamesJoinedBySlashes() {
        Path file = rules("  <rule id=\"x\" confidence=\"inferred\">\n    <type>Flow</type>\n"
                + "    <when element=\"Flow//x\"/>\n    <requires>A</requires>\n  </rule>\n");
        assertThatThrownBy(() -> RuleFileReader.read(file))
                .isInstanceOf(InputException.class)
                .hasMessageContaining(":5:");
    }

    @Test
    void aSchemaViolationNamesFileLineAndColumn() {
        Path file = rules(
                "  <rule id=\"x\" confidence=\"sure\">\n    <type>Flow</type>\n    <requires>A</requires>\n  </rule>\n");
        assertThatThrownBy(() -> RuleFileReader.read(file)).isInstanceOfSatisfying(InputException.class, e -> {
            assertThat(e.line()).isEqualTo(3);
            assertThat(e.column()).isPositive();
            assertThat(e.problem()).contains("does not follow the schema").contains("sure");
        });
    }

    @Test
    void aBadRequirementNamesTheLineOfRequires() {
        Path file = rules(
                "  <rule id=\"x\" confidence=\"inferred\">\n    <type>Flow</type>\n    <requires>A OR</requires>\n  </rule>\n");
        assertThatThrownBy(() -> RuleFileReader.read(file)).isInstanceOfSatisfying(InputException.class, e -> {
            assertThat(e.line()).isEqualTo(5);
            assertThat(e.problem()).startsWith("rule 'x': <requires> expression ends");
        });
    }

    @Test
    void aFileWithoutTheNamespaceGetsAHint() {
        Path file = Files2.write(dir, "plain.xml", "<rules><rule id=\"x\"/></rules>");
        assertThatThrownBy(() -> RuleFileReader.read(file))
                .hasMessageContaining("the root element must be <rules xmlns=\"" + RuleFileReader.NAMESPACE + "\">");
    }

    @Test
    void duplicateIdsInOneFileAreRefused() {
        Path file = rules("""
                  <rule id="x" confidence="inferred"><type>A</type><requires>P</requires></rule>
                  <rule id="x" confidence="inferred"><type>B</type><requires>P</requires></rule>
                """);
        assertThatThrownBy(() -> RuleFileReader.read(file)).hasMessageContaining("the id 'x' is used twice");
    }

    @Test
    void userRulesOverrideBuiltInRulesByIdAndAddNewOnes() throws Exception {
        Path file = rules("""
                  <rule id="flow" confidence="community"><type>Flow</type><requires>ViewSetup</requires></rule>
                  <rule id="apex-tests" operation="deploy" confidence="inferred"><type>ApexClass</type><requires>ViewSetup</requires></rule>
                """);
        Catalogue catalogue = Catalogue.withUserFiles(List.of(file));
        assertThat(catalogue.rulesFor("Flow", Operation.DEPLOY))
                .singleElement()
                .satisfies(r -> assertThat(r.requires().render()).isEqualTo("ViewSetup"));
        assertThat(catalogue.rulesFor("ApexClass", Operation.DEPLOY))
                .extracting(Rule::id)
                .containsExactly("apex", "apex-tests");
        assertThat(catalogue.rulesFor("ApexClass", Operation.DELETE))
                .extracting(Rule::id)
                .containsExactly("apex");
    }

    @Test
    void theBuiltInCatalogueHasTheBaseRuleAndKnowsThatAuthorApexImpliesModifyMetadata() throws Exception {
        Catalogue catalogue = Catalogue.builtIn();
        assertThat(catalogue.baseRules(Operation.DELETE))
                .singleElement()
                .satisfies(r -> assertThat(r.requires().render())
                        .isEqualTo("ApiEnabled AND (ModifyMetadata OR ModifyAllData)"));
        assertThat(catalogue.withImplied(java.util.Set.of("AuthorApex"))).contains("AuthorApex", "ModifyMetadata");
        assertThat(catalogue.withImplied(java.util.Set.of("ModifyAllData")))
                .contains(
                        "ViewAllData",
                        "ViewSetup",
                        "EditPublicFilters",
                        "EditPublicTemplates",
                        "EditPublicDocuments",
                        "CreateCustomizeReports",
                        "RunReports",
                        "ManageReportsInPubFolders",
                        "ManageDashbdsInPubFolders",
                        "CreateCustomizeDashboards");
    }
}
