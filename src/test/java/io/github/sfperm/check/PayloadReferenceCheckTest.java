package io.github.sfperm.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.sfperm.catalogue.Confidence;
import io.github.sfperm.deploy.Component;
import io.github.sfperm.deploy.Operation;
import io.github.sfperm.deploy.Origin;
import io.github.sfperm.deployer.PermissionFileReader;
import io.github.sfperm.references.ReferenceKind;
import io.github.sfperm.references.TargetOrg;
import io.github.sfperm.testing.Files2;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The references from payloads of payload-rules.xml, each with the message Salesforce answers. */
class PayloadReferenceCheckTest {

    @TempDir
    Path dir;

    private static final String NS = " xmlns=\"http://soap.sforce.com/2006/04/metadata\"";

    private static String field(String name) {
        return "    <fieldPermissions>\n        <editable>false</editable>\n        <field>" + name
                + "</field>\n        <readable>true</readable>\n    </fieldPermissions>\n";
    }

    private static String object(String name) {
        return "    <objectPermissions>\n        <allowRead>true</allowRead>\n        <object>" + name
                + "</object>\n    </objectPermissions>\n";
    }

    private static String entry(String element, String child, String name) {
        return "    <" + element + ">\n        <" + child + ">" + name + "</" + child + ">\n    </" + element + ">\n";
    }

    private Path payloadFile(String kind, String body) throws Exception {
        String suffix = switch (kind) {
            case "Profile" -> "profiles/Sales.profile-meta.xml";
            case "PermissionSetGroup" -> "permissionsetgroups/Sales.permissionsetgroup-meta.xml";
            default -> "permissionsets/Sales.permissionset-meta.xml";
        };
        return Files2.write(
                dir,
                "force-app/main/default/" + suffix,
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<" + kind + NS + ">\n" + body + "</" + kind + ">\n");
    }

    private List<Finding> check(String kind, String body, TargetOrg targetOrg, Set<String> held) throws Exception {
        Path file = payloadFile(kind, body);
        PayloadCheck.Payload payload = new PayloadCheck.Payload(
                new Component(kind, "Sales", Operation.DEPLOY, new Origin(Path.of("package.xml"), 3)),
                PermissionFileReader.read(file, kind));
        return new PayloadReferenceCheck(PayloadRules.builtIn(), targetOrg)
                .check(
                        List.of(payload),
                        ObjectFields.read(List.of(dir.resolve("force-app"))),
                        (type, member) -> held.contains(type + ":" + member));
    }

    private List<Finding> check(String body) throws Exception {
        return check("PermissionSet", body, TargetOrg.none(), Set.of());
    }

    private void invoiceObject() throws Exception {
        Files2.write(
                dir,
                "force-app/main/default/objects/Invoice__c/Invoice__c.object-meta.xml",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<CustomObject" + NS
                        + ">\n    <label>Invoice</label>\n</CustomObject>\n");
        Files2.write(
                dir,
                "force-app/main/default/objects/Invoice__c/fields/Amount__c.field-meta.xml",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<CustomField" + NS
                        + ">\n    <fullName>Amount__c</fullName>\n    <type>Number</type>\n</CustomField>\n");
        Files2.write(
                dir,
                "force-app/main/default/objects/Invoice__c/recordTypes/Retail.recordType-meta.xml",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<RecordType" + NS
                        + ">\n    <fullName>Retail</fullName>\n</RecordType>\n");
    }

    @Test
    void aFieldTheProjectsCustomObjectLacksIsAnErrorWithSalesforcesMessageAndTheFix() throws Exception {
        invoiceObject();
        List<Finding> findings = check(field("Invoice__c.Amount__c") + field("Invoice__c.Old_Amount__c"));
        assertThat(findings)
                .extracting(
                        Finding::kind,
                        Finding::level,
                        Finding::ruleId,
                        f -> f.origin().line())
                .containsExactly(tuple(Kind.PAYLOAD_MISSING_REFERENCE, Level.ERROR, "reference-field", 8));
        assertThat(findings.get(0).message())
                .isEqualTo("PermissionSet Sales names the CustomField Invoice__c.Old_Amount__c in <fieldPermissions>,"
                        + " which the project's Invoice__c (objects/Invoice__c/Invoice__c.object-meta.xml) does not"
                        + " have and this deployment does not deploy; Salesforce rejects it with \"In field: field - no"
                        + " CustomField named Invoice__c.Old_Amount__c found\": remove the <fieldPermissions> entry of"
                        + " Invoice__c.Old_Amount__c, or add CustomField Invoice__c.Old_Amount__c to the deployment"
                        + ", or, if the target org has it, declare it: <targetOrg><components><component>"
                        + "CustomField:Invoice__c.Old_Amount__c</component></components> (ERROR: the project defines"
                        + " the object, so an entry for something it lacks is stale: deleted or renamed)");
        assertThat(findings.get(0).origin().file().getFileName()).hasToString("Sales.permissionset-meta.xml");
    }

    @Test
    void aCustomFieldOfAnObjectTheProjectDoesNotDefineIsAWarningThatTheTargetOrgMayHaveIt() throws Exception {
        // Account is a standard object: the project's folder of it (a field) is never all of it
        Files2.write(
                dir,
                "force-app/main/default/objects/Account/fields/Region__c.field-meta.xml",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<CustomField" + NS
                        + ">\n    <fullName>Region__c</fullName>\n    <type>Text</type>\n</CustomField>\n");
        List<Finding> findings = check(field("Account.Region__c") + field("Account.Legacy_Id__c"));
        assertThat(findings)
                .extracting(Finding::level, Finding::ruleId)
                .containsExactly(tuple(Level.WARN, "reference-field"));
        assertThat(findings.get(0).message())
                .contains("which neither this deployment nor the source tree holds; if the target org has none,"
                        + " Salesforce rejects it with \"In field: field - no CustomField named Account.Legacy_Id__c"
                        + " found\"")
                .contains("declare it: <targetOrg><components><component>CustomField:Account.Legacy_Id__c"
                        + "</component></components>")
                .endsWith("(WARN: the target org may have it)");
    }

    @Test
    void aCustomObjectNowhereIsAWarningWithSalesforcesMessage() throws Exception {
        List<Finding> findings = check(object("Fund__c"));
        assertThat(findings)
                .extracting(Finding::level, Finding::ruleId)
                .containsExactly(tuple(Level.WARN, "reference-object"));
        assertThat(findings.get(0).message())
                .contains("\"no CustomObject named Fund__c found\"")
                .contains("remove the <objectPermissions> entry of Fund__c");
    }

    @Test
    void standardObjectsAndFieldsAreNeverReported() throws Exception {
        assertThat(check(object("WorkPlan")
                        + object("Account")
                        + field("Account.DandbCompanyId")
                        + field("Product2.TransferRecordMode")
                        + entry("tabSettings", "tab", "standard-Account")
                        + entry("applicationVisibilities", "application", "standard__Sales")
                        + entry("recordTypeVisibilities", "recordType", "PersonAccount.PersonAccount")))
                .isEmpty();
    }

    @Test
    void managedPackageComponentsAreNotReported() throws Exception {
        assertThat(check(object("ns__Fund__c")
                        + field("Account.ns__Score__c")
                        + field("ns__Fund__c.ns__Total__c")
                        + entry("tabSettings", "tab", "ns__Fund__c")
                        + entry("tabSettings", "tab", "ns__Overview")
                        + entry("classAccesses", "apexClass", "ns.Service")
                        + entry("classAccesses", "apexClass", "ns__Service")
                        + entry("pageAccesses", "apexPage", "ns__Home")
                        + entry("applicationVisibilities", "application", "ns__Console")))
                .isEmpty();
    }

    @Test
    void deployTimeTokensAreNotChecked() throws Exception {
        assertThat(check(field("%%%NAMESPACE%%%Hours__c.%%%NAMESPACE%%%Comments__c")
                        + entry("pageAccesses", "apexPage", "%%%NAMESPACE%%%JobCalendar")))
                .isEmpty();
    }

    @Test
    void whatTheDeploymentOrTheSourceTreeHoldsIsNotReported() throws Exception {
        invoiceObject();
        String body = object("Invoice__c")
                + field("Invoice__c.Amount__c")
                + field("Invoice__c.Total__c")
                + entry("recordTypeVisibilities", "recordType", "Invoice__c.Retail")
                + entry("tabSettings", "tab", "Invoice__c")
                + entry("classAccesses", "apexClass", "InvoiceService")
                + entry("pageAccesses", "apexPage", "InvoicePage")
                + entry("applicationVisibilities", "application", "Billing");
        Set<String> held = Set.of(
                "CustomField:Invoice__c.Total__c",
                "CustomTab:Invoice__c",
                "ApexClass:InvoiceService",
                "ApexPage:InvoicePage",
                "CustomApplication:Billing");
        assertThat(check("PermissionSet", body, TargetOrg.none(), held)).isEmpty();
    }

    @Test
    void eachKindOfReferenceNamesItsElementAndSalesforcesWords() throws Exception {
        invoiceObject();
        List<Finding> findings = check(entry("recordTypeVisibilities", "recordType", "Invoice__c.Wholesale")
                + entry("tabSettings", "tab", "Billing_Home")
                + entry("classAccesses", "apexClass", "InvoiceService")
                + entry("pageAccesses", "apexPage", "InvoicePage")
                + entry("applicationVisibilities", "application", "Billing"));
        assertThat(findings)
                .extracting(Finding::ruleId, Finding::level)
                .containsExactly(
                        tuple("reference-record-type", Level.ERROR),
                        tuple("reference-tab", Level.WARN),
                        tuple("reference-application", Level.WARN),
                        tuple("reference-apex-class", Level.WARN),
                        tuple("reference-apex-page", Level.WARN));
        assertThat(findings)
                .extracting(Finding::message)
                .anySatisfy(m -> assertThat(m)
                        .contains("\"In field: recordType - no RecordType named Invoice__c.Wholesale found\""))
                .anySatisfy(m -> assertThat(m).contains("\"In field: tab - no CustomTab named Billing_Home found\""))
                .anySatisfy(m -> assertThat(m)
                        .contains("\"In field: apexClass - no ApexClass named InvoiceService found\"")
                        .contains("remove the <classAccesses> entry of InvoiceService"))
                .anySatisfy(m -> assertThat(m).contains("\"In field: apexPage - no ApexPage named InvoicePage found\""))
                .anySatisfy(m ->
                        assertThat(m).contains("\"In field: application - no CustomApplication named Billing found\""));
    }

    @Test
    void aMetadataApiObjectFileHoldsItsFieldsAndRecordTypes() throws Exception {
        Files2.write(
                dir,
                "force-app/objects/Invoice__c.object",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<CustomObject" + NS + ">\n    <fields>\n"
                        + "        <fullName>Amount__c</fullName>\n        <type>Number</type>\n    </fields>\n"
                        + "    <recordTypes>\n        <fullName>Retail</fullName>\n    </recordTypes>\n"
                        + "</CustomObject>\n");
        List<Finding> findings = check(field("Invoice__c.Amount__c")
                + field("Invoice__c.Gone__c")
                + entry("recordTypeVisibilities", "recordType", "Invoice__c.Retail"));
        assertThat(findings)
                .extracting(Finding::level, Finding::ruleId)
                .containsExactly(tuple(Level.ERROR, "reference-field"));
        assertThat(findings.get(0).message()).contains("the project's Invoice__c (objects/Invoice__c.object)");
    }

    @Test
    void aProfilesReferencesAreWarningsThatSayWhy() throws Exception {
        invoiceObject();
        List<Finding> findings = check(
                "Profile",
                field("Invoice__c.Old_Amount__c")
                        + entry("layoutAssignments", "layout", "Invoice__c-Old Layout")
                        + entry("tabVisibilities", "tab", "Old_Tab"),
                TargetOrg.none(),
                Set.of());
        assertThat(findings)
                .extracting(Finding::ruleId, Finding::level)
                .containsExactly(
                        tuple("reference-field", Level.WARN),
                        tuple("reference-layout", Level.WARN),
                        tuple("reference-tab", Level.WARN));
        assertThat(findings)
                .allSatisfy(f -> assertThat(f.message())
                        .endsWith("(WARN: a profile; Salesforce merges it with the org's profile, and deployment tools"
                                + " report that it does not reliably reject a profile's entries for missing"
                                + " components)"));
        assertThat(findings.get(1).message())
                .contains("\"In field: layout - no Layout named Invoice__c-Old Layout found\"");
    }

    @Test
    void layoutsOfStandardObjectsAreNotChecked() throws Exception {
        assertThat(check(
                        "Profile",
                        entry("layoutAssignments", "layout", "Account-Account Layout")
                                + entry("layoutAssignments", "layout", "Global-Global Layout"),
                        TargetOrg.none(),
                        Set.of()))
                .isEmpty();
    }

    @Test
    void aGroupsPermissionSetNowhereIsAWarningWithoutTargetOrgAndAnErrorAgainstIt() throws Exception {
        String body = "    <label>Sales</label>\n    <mutingPermissionSets>Sales_Muting</mutingPermissionSets>\n"
                + "    <permissionSets>Sales_Base</permissionSets>\n    <permissionSets>XYZ_for_Community</permissionSets>\n"
                + "    <permissionSets>force__FinancialServicesForCmtyExtension</permissionSets>\n"
                + "    <status>Updated</status>\n";
        List<Finding> warned = check("PermissionSetGroup", body, TargetOrg.none(), Set.of("PermissionSet:Sales_Base"));
        assertThat(warned)
                .extracting(Finding::ruleId, Finding::level, f -> f.origin().line())
                .containsExactly(
                        tuple("reference-group-permission-set", Level.WARN, 6),
                        tuple("reference-group-muting-permission-set", Level.WARN, 4));
        assertThat(warned.get(0).message())
                .isEqualTo("PermissionSetGroup Sales names the PermissionSet XYZ_for_Community in <permissionSets>,"
                        + " which neither this deployment nor the source tree holds; if the target org has none,"
                        + " Salesforce rejects it with \"Cannot create permission set group components since the"
                        + " following permission set names are invalid: XYZ_for_Community\": remove"
                        + " <permissionSets>XYZ_for_Community</permissionSets>, or add PermissionSet XYZ_for_Community"
                        + " to the deployment, or, if the target org has it, declare it: <targetOrg><permissionSets>"
                        + "<permissionSet>XYZ_for_Community</permissionSet></permissionSets> (WARN: the target org may"
                        + " have it)");

        TargetOrg org = TargetOrg.of(Map.of(ReferenceKind.PERMISSION_SET, List.of("Sales_Muting", "Other")));
        List<Finding> failed = check("PermissionSetGroup", body, org, Set.of("PermissionSet:Sales_Base"));
        assertThat(failed)
                .extracting(Finding::ruleId, Finding::level)
                .containsExactly(tuple("reference-group-permission-set", Level.ERROR));
        assertThat(failed.get(0).message())
                .contains("which neither this deployment, the source tree nor <targetOrg><permissionSets> holds;"
                        + " Salesforce rejects it with \"Cannot create permission set group components since the"
                        + " following permission set names are invalid: XYZ_for_Community\"")
                .endsWith("(ERROR: <targetOrg><permissionSets> declares what the org holds, and it is not there)");
    }

    @Test
    void declaredComponentsSatisfyAReferenceAndMakeTheOthersErrors() throws Exception {
        TargetOrg org = TargetOrg.of(Map.of(ReferenceKind.COMPONENT, List.of("CustomField:Account.Legacy_Id__c")));
        List<Finding> findings =
                check("PermissionSet", field("Account.Legacy_Id__c") + field("Account.Other__c"), org, Set.of());
        assertThat(findings)
                .extracting(Finding::level, Finding::ruleId)
                .containsExactly(tuple(Level.ERROR, "reference-field"));
        assertThat(findings.get(0).message()).contains("Account.Other__c").doesNotContain("declare it:");
    }

    @Test
    void theFixsPermissionSetNamesNoComponentSoNoReferenceCanFireOnIt() throws Exception {
        Path file = dir.resolve("fix/sfperm-fix.permissionset-meta.xml");
        java.nio.file.Files.createDirectories(file.getParent());
        io.github.sfperm.report.PermissionSetWriter.write(
                file, "sfperm fix", "test", Set.of("ApiEnabled", "ModifyMetadata", "ViewSetup"));
        PayloadCheck.Payload payload = new PayloadCheck.Payload(
                new Component("PermissionSet", "sfperm-fix", Operation.DEPLOY, new Origin(file, 0)),
                PermissionFileReader.read(file, "PermissionSet"));
        TargetOrg strict =
                TargetOrg.of(Map.of(ReferenceKind.COMPONENT, List.of(), ReferenceKind.PERMISSION_SET, List.of()));
        assertThat(new PayloadReferenceCheck(PayloadRules.builtIn(), strict)
                        .check(List.of(payload), ObjectFields.NONE, (type, member) -> false))
                .isEmpty();
    }

    @Test
    void namespacesAreToldFromCustomSuffixes() {
        assertThat(PayloadReferenceCheck.namespaced("Fund__c")).isFalse();
        assertThat(PayloadReferenceCheck.namespaced("Fund_Detail__mdt")).isFalse();
        assertThat(PayloadReferenceCheck.namespaced("My_Tab")).isFalse();
        assertThat(PayloadReferenceCheck.namespaced("ns__Fund__c")).isTrue();
        assertThat(PayloadReferenceCheck.namespaced("ns__Overview")).isTrue();
    }

    @Test
    void everyReferenceRuleHasASourceAConfidenceAndSalesforcesMessage() {
        assertThat(PayloadRules.builtIn().references()).hasSize(10).allSatisfy(r -> {
            assertThat(r.source()).startsWith("https://");
            assertThat(r.note()).isNotBlank();
            assertThat(r.message()).contains("{name}");
            assertThat(r.confidence()).isNotEqualTo(Confidence.DOCUMENTED); // no Salesforce page states these
        });
    }
}
