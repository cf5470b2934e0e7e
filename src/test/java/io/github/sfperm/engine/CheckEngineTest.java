package io.github.sfperm.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sfperm.check.AllowlistEntry;
import io.github.sfperm.check.CheckResult;
import io.github.sfperm.check.Finding;
import io.github.sfperm.check.Level;
import io.github.sfperm.deploy.Origin;
import io.github.sfperm.deployer.DeployerSpec;
import io.github.sfperm.report.ConsoleLine;
import io.github.sfperm.report.ConsoleReport;
import io.github.sfperm.testing.Files2;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckEngineTest {

    @TempDir
    Path dir;

    private CheckResult check(DeployerSpec deployer, List<AllowlistEntry> allowlist) throws Exception {
        return new CheckEngine()
                .check(CheckRequest.builder(dir)
                        .deployer(deployer)
                        .allowlist(allowlist)
                        .today(LocalDate.of(2026, 11, 28))
                        .build());
    }

    private DeployerSpec permissionSet(String... permissions) {
        Path ps = Files2.write(
                dir,
                "force-app/main/default/permissionsets/CI.permissionset-meta.xml",
                Files2.permissionSet(permissions));
        return DeployerSpec.of(List.of(ps));
    }

    @Test
    void reportsEveryGapOnItsOwnSortedLineThenTheSummaryThenTheFix() throws Exception {
        Files2.write(
                dir,
                "manifest/package.xml",
                Files2.packageXml("ApexClass:B,A", "Flow:Router", "CustomField:Account.X__c"));
        Files2.write(dir, "manifest/destructiveChanges.xml", Files2.packageXml("Flow:Old-1"));
        CheckResult result = check(permissionSet("ApiEnabled", "ModifyMetadata", "CustomizeApplication"), List.of());
        List<String> lines =
                ConsoleReport.lines(result, dir).stream().map(ConsoleLine::text).toList();
        assertThat(lines)
                .containsExactly(
                        "manifest/package.xml:4: MISSING_PERMISSION [apex] ApexClass B needs AuthorApex (rule: AuthorApex; documented)",
                        "manifest/package.xml:5: MISSING_PERMISSION [apex] ApexClass A needs AuthorApex (rule: AuthorApex; documented)",
                        "manifest/destructiveChanges.xml:4: MISSING_PERMISSION [flow] Flow Old-1 (delete) needs ManageInteraction (rule: ManageInteraction; community)",
                        "manifest/package.xml:9: MISSING_PERMISSION [flow] Flow Router needs ManageInteraction (rule: ManageInteraction; community)",
                        "sfperm: 5 components checked: 4 errors, 0 warnings (4 MISSING_PERMISSION).",
                        "sfperm: to close every gap, add to force-app/main/default/permissionsets/CI.permissionset-meta.xml:",
                        "    <userPermissions>",
                        "        <enabled>true</enabled>",
                        "        <name>AuthorApex</name>",
                        "    </userPermissions>",
                        "    <userPermissions>",
                        "        <enabled>true</enabled>",
                        "        <name>ManageInteraction</name>",
                        "    </userPermissions>");
        assertThat(result.hasErrors()).isTrue();
    }

    @Test
    void aSalesforceProjectInASubDirectoryIsReadThereAndNamedFromTheModule() throws Exception {
        Files2.write(dir, "salesforce/sfdx-project.json", "{\"packageDirectories\": [{\"path\": \"force-app\"}]}");
        Files2.write(dir, "salesforce/force-app/main/default/classes/A.cls", "");
        Files2.write(dir, "salesforce/force-app/main/default/classes/A.cls-meta.xml", "<ApexClass/>");
        CheckResult result = new CheckEngine()
                .check(CheckRequest.builder(dir)
                        .projectDir(dir.resolve("salesforce"))
                        .deployer(permissionSet("ApiEnabled", "ModifyMetadata"))
                        .build());
        assertThat(ConsoleReport.lines(result, dir).stream().map(ConsoleLine::text))
                .contains("salesforce/force-app/main/default/classes/A.cls-meta.xml: MISSING_PERMISSION [apex]"
                        + " ApexClass A needs AuthorApex (rule: AuthorApex; documented)");
        // without it, the module's directory has no Salesforce project
        assertThatThrownBy(() -> check(permissionSet("ApiEnabled"), List.of()))
                .hasMessageContaining("nothing to check")
                .hasMessageContaining("<projectDirectory>");
    }

    @Test
    void aProjectDirectoryThatDoesNotExistIsNamed() {
        assertThatThrownBy(() -> new CheckEngine()
                        .check(CheckRequest.builder(dir)
                                .projectDir(dir.resolve("salesforce"))
                                .deployer(permissionSet("ApiEnabled"))
                                .build()))
                .isInstanceOf(io.github.sfperm.common.InputException.class)
                .hasMessageContaining("salesforce")
                .hasMessageContaining("the Salesforce project directory does not exist");
    }

    @Test
    void aBrokenRuleFileIsReportedBeforeABrokenManifest() throws Exception {
        // the manifests are read before the catalogue (which a warm-up thread reads meanwhile): the order of the
        // errors must not change for that
        Files2.write(dir, "manifest/package.xml", "<Package><types><members>A</members>");
        Path rules = Files2.write(dir, "rules.xml", "<rules xmlns=\"https://sfperm.github.io/schema/rules/1\"><rule");
        assertThatThrownBy(() -> new CheckEngine()
                        .check(CheckRequest.builder(dir)
                                .deployer(permissionSet("ApiEnabled"))
                                .ruleFiles(List.of(rules))
                                .build()))
                .isInstanceOf(io.github.sfperm.common.InputException.class)
                .hasMessageContaining("rules.xml");
        assertThatThrownBy(() -> new CheckEngine()
                        .check(CheckRequest.builder(dir)
                                .deployer(permissionSet("ApiEnabled"))
                                .build()))
                .isInstanceOf(io.github.sfperm.common.InputException.class)
                .hasMessageContaining("package.xml");
    }

    @Test
    void addingTheSuggestedPermissionsMakesTheCheckPass() throws Exception {
        Files2.write(dir, "package.xml", Files2.packageXml("ApexClass:A", "Flow:Router", "ConnectedApp:Ci"));
        CheckResult first = check(permissionSet("ApiEnabled"), List.of());
        // CustomizeApplication brings ManageCustomPermissions, AuthorApex turns on ModifyMetadata, which brings
        // ViewRoles and ViewSetup: Salesforce would refuse the permission set without them
        assertThat(first.fix())
                .containsExactly(
                        "AuthorApex",
                        "CustomizeApplication",
                        "ManageCustomPermissions",
                        "ManageInteraction",
                        "ManageRemoteAccess",
                        "ViewRoles",
                        "ViewSetup");
        List<String> fixed = new java.util.ArrayList<>(first.fix());
        fixed.add("ApiEnabled");
        CheckResult second = check(permissionSet(fixed.toArray(String[]::new)), List.of());
        assertThat(second.findings()).isEmpty();
        assertThat(ConsoleReport.lines(second, dir))
                .extracting(ConsoleLine::text)
                .containsExactly("sfperm: 3 components checked: no gaps.");
    }

    @Test
    void allowlistedFindingsAreListedAtInfoAndCounted() throws Exception {
        Files2.write(dir, "package.xml", Files2.packageXml("Flow:Legacy_One"));
        AllowlistEntry entry = AllowlistEntry.of(
                1,
                "Flow",
                "Legacy_*",
                null,
                null,
                "INC-9",
                "2027-01-01",
                Origin.of(dir.resolve("pom.xml")),
                dir.resolve("pom.xml"));
        CheckResult result = check(permissionSet("ApiEnabled", "ModifyMetadata"), List.of(entry));
        assertThat(result.hasErrors()).isFalse();
        assertThat(ConsoleReport.lines(result, dir))
                .extracting(ConsoleLine::level, ConsoleLine::text)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                Level.INFO,
                                "allowlisted by allowlist entry 1 (type=Flow, member=Legacy_*):"
                                        + " package.xml:4: MISSING_PERMISSION [flow] Flow Legacy_One needs ManageInteraction"
                                        + " (rule: ManageInteraction; community)"),
                        org.assertj.core.groups.Tuple.tuple(
                                Level.INFO, "sfperm: 1 component checked: no gaps; 1 allowlisted."));
    }

    @Test
    void withoutADeployerOrAManifestTheUserIsToldWhatToConfigure() {
        assertThatThrownBy(() -> check(DeployerSpec.none(), List.of()))
                .hasMessageContaining("no deploying user is configured");
        assertThatThrownBy(() -> check(permissionSet("ApiEnabled"), List.of()))
                .hasMessageContaining("nothing to check: no package.xml (looked for manifest/package.xml, package.xml,"
                        + " src/package.xml) and no source tree");
    }

    private void sourceProject() {
        Files2.write(
                dir,
                "sfdx-project.json",
                "{\"packageDirectories\": [{\"path\": \"force-app\", \"default\": true}],"
                        + " \"sourceApiVersion\": \"62.0\"}");
        Files2.write(dir, "force-app/main/default/classes/AccountService.cls", "");
        Files2.write(
                dir,
                "force-app/main/default/classes/AccountService.cls-meta.xml",
                "<ApexClass xmlns=\"http://soap.sforce.com/2006/04/metadata\"><apiVersion>62.0</apiVersion></ApexClass>");
        Files2.write(
                dir,
                "force-app/main/default/flows/Router.flow-meta.xml",
                "<Flow xmlns=\"http://soap.sforce.com/2006/04/metadata\"/>");
        Files2.write(dir, "force-app/main/default/notes/README.txt", "not metadata");
    }

    @Test
    void withoutAManifestTheWholeSourceTreeIsCheckedAndFilesNoTypeClaimsAreReported() throws Exception {
        sourceProject();
        CheckResult result = check(permissionSet("ApiEnabled", "ModifyMetadata"), List.of());
        assertThat(ConsoleReport.lines(result, dir))
                .extracting(ConsoleLine::text)
                .contains(
                        "force-app/main/default/classes/AccountService.cls-meta.xml: MISSING_PERMISSION [apex] ApexClass"
                                + " AccountService needs AuthorApex (rule: AuthorApex; documented)",
                        "force-app/main/default/flows/Router.flow-meta.xml: MISSING_PERMISSION [flow] Flow Router needs"
                                + " ManageInteraction (rule: ManageInteraction; community)",
                        "force-app/main/default/notes/README.txt: UNCLAIMED_FILE [source-tree] not deployed: no metadata type"
                                + " claims this file");
    }

    /** A permission set being deployed that names the project's Apex class and one that is nowhere. */
    private void salesPermissionSet() {
        Files2.write(
                dir,
                "force-app/main/default/permissionsets/Sales.permissionset-meta.xml",
                "<PermissionSet xmlns=\"http://soap.sforce.com/2006/04/metadata\">\n"
                        + "    <classAccesses>\n        <apexClass>AccountService</apexClass>\n"
                        + "        <enabled>true</enabled>\n    </classAccesses>\n"
                        + "    <classAccesses>\n        <apexClass>LegacyService</apexClass>\n"
                        + "        <enabled>true</enabled>\n    </classAccesses>\n"
                        + "    <label>Sales</label>\n</PermissionSet>\n");
    }

    @Test
    void aPayloadsReferenceIsHeldByTheSourceTreeInSourceTreeModeAndInManifestMode() throws Exception {
        sourceProject();
        salesPermissionSet();
        List<String> sourceTree = check(permissionSet("ApiEnabled", "ModifyAllData"), List.of()).findings().stream()
                .filter(f -> f.kind() == io.github.sfperm.check.Kind.PAYLOAD_MISSING_REFERENCE)
                .map(f -> f.level() + " " + f.origin().line() + " "
                        + f.component().member())
                .toList();
        // the manifest deploys the permission set only: the class it names is still in the source tree
        Files2.write(dir, "manifest/package.xml", Files2.packageXml("PermissionSet:Sales"));
        List<String> manifest = check(permissionSet("ApiEnabled", "ModifyAllData"), List.of()).findings().stream()
                .filter(f -> f.kind() == io.github.sfperm.check.Kind.PAYLOAD_MISSING_REFERENCE)
                .map(f -> f.level() + " " + f.origin().line() + " "
                        + f.component().member())
                .toList();
        assertThat(sourceTree).containsExactly("WARN 6 Sales");
        assertThat(manifest).isEqualTo(sourceTree);
    }

    @Test
    void aWildcardExpandsToTheComponentsOfTheSourceTreeAndOneThatMatchesNothingIsReported() throws Exception {
        sourceProject();
        Files2.write(dir, "manifest/package.xml", Files2.packageXml("ApexClass:*", "Flow:*", "CustomTab:*"));
        CheckResult result = check(permissionSet("ApiEnabled", "ModifyMetadata"), List.of());
        assertThat(result.plan().components())
                .extracting(c -> c.type() + ":" + c.member())
                .containsExactly("ApexClass:AccountService", "Flow:Router");
        assertThat(ConsoleReport.lines(result, dir))
                .extracting(ConsoleLine::text)
                .contains(
                        "manifest/package.xml:4: MISSING_PERMISSION [apex] ApexClass AccountService needs AuthorApex (rule:"
                                + " AuthorApex; documented)",
                        "manifest/package.xml:12: EMPTY_WILDCARD [wildcard] * for CustomTab matches nothing in the source tree");
    }

    @Test
    void aReportFolderWrittenWithATrailingSlashIsTheFolder() throws Exception {
        Files2.write(dir, "package.xml", Files2.packageXml("Report:Sales/,Sales/Pipeline"));
        CheckResult result = check(permissionSet("ApiEnabled", "ModifyMetadata"), List.of());
        assertThat(result.findings()).extracting(Finding::ruleId).contains("report-folder", "report");
    }
}
