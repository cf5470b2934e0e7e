package io.github.sfperm.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.sfperm.catalogue.Catalogue;
import io.github.sfperm.deploy.Component;
import io.github.sfperm.deploy.Operation;
import io.github.sfperm.deploy.Origin;
import io.github.sfperm.registry.MetadataRegistry;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CheckerTest {

    private static final Set<String> DEPLOYER = Set.of("ApiEnabled", "ModifyMetadata", "CustomizeApplication");
    private static Checker checker;

    @BeforeAll
    static void load() throws Exception {
        checker = new Checker(Catalogue.builtIn(), MetadataRegistry.builtIn(), Level.WARN);
    }

    private static Component component(String type, String member, Operation operation) {
        return new Component(type, member, operation, new Origin(Path.of("package.xml"), 7));
    }

    private static List<Finding> check(Set<String> held, Component... components) {
        return checker.check(List.of(components), held);
    }

    @Test
    void apexNeedsAuthorApex() {
        assertThat(check(DEPLOYER, component("ApexClass", "AccountService", Operation.DEPLOY)))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.kind()).isEqualTo(Kind.MISSING_PERMISSION);
                    assertThat(f.level()).isEqualTo(Level.ERROR);
                    assertThat(f.ruleId()).isEqualTo("apex");
                    assertThat(f.unmet().render()).isEqualTo("AuthorApex");
                    assertThat(f.message()).isEqualTo("ApexClass AccountService needs AuthorApex");
                });
    }

    @Test
    void flowNeedsManageInteractionEvenWhenDeleted() {
        assertThat(check(DEPLOYER, component("Flow", "Old", Operation.DELETE)))
                .extracting(Finding::ruleId, f -> f.unmet().render(), Finding::message)
                .containsExactly(tuple("flow", "ManageInteraction", "Flow Old (delete) needs ManageInteraction"));
    }

    @Test
    void withoutMetadataApiRightsEveryComponentFailsTheBaseRule() {
        List<Finding> findings = check(
                Set.of("ApiEnabled", "CustomizeApplication"),
                component("CustomObject", "Invoice__c", Operation.DEPLOY),
                component("CustomTab", "Invoice__c", Operation.DEPLOY));
        assertThat(findings)
                .extracting(Finding::ruleId, f -> f.unmet().render())
                .containsExactly(
                        tuple("base", "ModifyMetadata OR ModifyAllData"),
                        tuple("base", "ModifyMetadata OR ModifyAllData"));
    }

    @Test
    void modifyAllDataSatisfiesTheBaseRuleInsteadOfModifyMetadata() {
        assertThat(check(
                        Set.of("ApiEnabled", "ModifyAllData", "CustomizeApplication"),
                        component("CustomField", "Account.Tier__c", Operation.DEPLOY)))
                .isEmpty();
    }

    @Test
    void aChildTypeAlsoNeedsItsParentsRule() {
        List<Finding> findings = check(
                Set.of("ApiEnabled", "ModifyMetadata"), component("ListView", "Account.AllAccounts", Operation.DEPLOY));
        assertThat(findings)
                .extracting(Finding::ruleId, f -> f.unmet().render())
                .containsExactly(
                        tuple("list-view", "EditPublicFilters"), tuple("custom-object", "CustomizeApplication"));
    }

    @Test
    void theSameGapIsReportedOnceEvenWhenTheChildAndItsParentBothRequireIt() {
        List<Finding> findings = check(
                Set.of("ApiEnabled", "ModifyMetadata"), component("ValidationRule", "Account.Check", Operation.DEPLOY));
        assertThat(findings)
                .extracting(Finding::ruleId, f -> f.unmet().render())
                .containsExactly(tuple("customize-application", "CustomizeApplication"));
    }

    @Test
    void aReportFolderMemberIsCheckedAgainstTheFolderRule() {
        assertThat(check(
                        DEPLOYER,
                        component("Report", "Sales", Operation.DEPLOY),
                        component("Report", "Sales/Pipeline", Operation.DEPLOY)))
                .extracting(Finding::ruleId)
                .containsExactlyInAnyOrder("report-folder", "report");
    }

    @Test
    void aTypeNamesRegistryCaseInsensitively() {
        assertThat(check(DEPLOYER, component("apexclass", "A", Operation.DEPLOY)))
                .extracting(Finding::ruleId)
                .containsExactly("apex");
    }

    @Test
    void aMisspeltTypeIsAnUnknownTypeWarningWithASuggestionAndTheBaseRuleStillApplies() {
        List<Finding> findings = check(Set.of(), component("Flows", "X", Operation.DEPLOY));
        assertThat(findings)
                .extracting(Finding::kind, Finding::level, Finding::ruleId)
                .containsExactly(
                        tuple(Kind.UNKNOWN_TYPE, Level.WARN, "unregistered-type"),
                        tuple(Kind.MISSING_PERMISSION, Level.ERROR, "base"));
        assertThat(findings.get(0).message())
                .contains("'Flows' is not a Metadata API type sfperm knows (did you mean Flow?)");
    }

    @Test
    void aRegisteredTypeWithoutARuleIsNeverSilent() {
        Checker strict = new Checker(catalogueWithout(), MetadataRegistry.builtIn(), Level.ERROR);
        assertThat(strict.check(List.of(component("Prompt", "Guide", Operation.DEPLOY)), DEPLOYER))
                .extracting(Finding::kind, Finding::level, Finding::ruleId)
                .containsExactly(tuple(Kind.UNKNOWN_TYPE, Level.ERROR, "unclassified-type"));
    }

    private static Catalogue catalogueWithout() {
        try {
            return Catalogue.of(List.of(
                    new io.github.sfperm.catalogue.RuleFile(Path.of("x"), "", List.of(), List.of(), List.of())));
        } catch (RuntimeException e) {
            throw e;
        }
    }
}
