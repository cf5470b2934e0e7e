package io.github.sfperm.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.sfperm.catalogue.Catalogue;
import io.github.sfperm.catalogue.PermissionNames;
import io.github.sfperm.deploy.Component;
import io.github.sfperm.deploy.Operation;
import io.github.sfperm.deploy.Origin;
import io.github.sfperm.deployer.Deployer;
import io.github.sfperm.registry.MetadataRegistry;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class LeastPrivilegeCheckTest {

    private static Catalogue catalogue;
    private static LeastPrivilegeCheck check;

    @BeforeAll
    static void load() throws Exception {
        catalogue = Catalogue.builtIn();
        check = new LeastPrivilegeCheck(
                catalogue, new Checker(catalogue, MetadataRegistry.builtIn(), Level.WARN), PermissionNames.builtIn());
    }

    private static List<Component> components(String... typeAndMember) {
        return java.util.Arrays.stream(typeAndMember)
                .map(t -> t.split(":"))
                .map(p -> new Component(p[0], p[1], Operation.DEPLOY, Origin.of(Path.of("package.xml"))))
                .toList();
    }

    private static List<Finding> excess(Set<String> held, Set<String> expected, String... components) {
        return check.check(components(components), Deployer.of(held), expected, Level.WARN, Path.of("pom.xml"));
    }

    @Test
    void flagsWhatNoComponentNeedsAndCallsDangerousPermissionsDangerous() {
        List<Finding> findings = excess(
                Set.of(
                        "ApiEnabled",
                        "ModifyMetadata",
                        "ViewSetup",
                        "ViewRoles",
                        "CustomizeApplication",
                        "ManageCustomPermissions",
                        "ManageInteraction",
                        "ModifyAllData"),
                Set.of(),
                "CustomObject:Invoice__c");
        assertThat(findings)
                .extracting(Finding::ruleId, f -> f.unmet().render())
                .containsExactly(
                        tuple("least-privilege", "ManageInteraction"),
                        tuple("least-privilege-dangerous", "ModifyAllData"));
        assertThat(findings.get(1).message())
                .contains("which nothing in this deployment needs; dangerous: Creates,"
                        + " edits and deletes every record");
    }

    @Test
    void whatTheRulesNeedWhatItDependsOnAndWhatIsExpectedAreNotExcess() {
        assertThat(excess(
                        Set.of("ApiEnabled", "ModifyMetadata", "ViewSetup", "ViewRoles", "AuthorApex", "RunReports"),
                        Set.of("RunReports"),
                        "ApexClass:A"))
                .isEmpty();
    }

    @Test
    void modifyAllDataIsNeededWhenItIsTheOnlyWayTheDeployerMeetsTheBaseRule() {
        assertThat(excess(
                        Set.of("ApiEnabled", "ModifyAllData", "CustomizeApplication"),
                        Set.of(),
                        "CustomObject:Invoice__c"))
                .isEmpty();
    }

    @Test
    void authorApexIsDangerousOnlyTogetherWithModifyAllData() {
        // AuthorApex turns on ModifyMetadata, so ModifyAllData is not needed either
        List<Finding> findings = excess(
                Set.of("ApiEnabled", "ModifyAllData", "AuthorApex", "CustomizeApplication"),
                Set.of(),
                "CustomObject:Invoice__c");
        assertThat(findings)
                .extracting(Finding::ruleId, f -> f.unmet().render())
                .containsExactly(
                        tuple("least-privilege-dangerous", "AuthorApex"),
                        tuple("least-privilege-dangerous", "ModifyAllData"));
        assertThat(findings.get(0).message()).contains("dangerous: Together with Modify All Data");
        assertThat(excess(
                        Set.of("ApiEnabled", "ModifyMetadata", "AuthorApex", "CustomizeApplication"),
                        Set.of(),
                        "CustomObject:Invoice__c"))
                .extracting(Finding::ruleId)
                .containsExactly("least-privilege");
    }
}
