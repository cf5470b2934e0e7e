package io.github.sfperm.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.sfperm.catalogue.Confidence;
import io.github.sfperm.deploy.Component;
import io.github.sfperm.deploy.Operation;
import io.github.sfperm.deploy.Origin;
import io.github.sfperm.deployer.PermissionFileReader;
import io.github.sfperm.testing.Files2;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The object and field permission rules of payload-rules.xml, each with the message Salesforce answers. */
class ObjectPayloadCheckTest {

    @TempDir
    Path dir;

    private static final ObjectPayloadCheck CHECK = new ObjectPayloadCheck(PayloadRules.builtIn());

    private static String object(
            String name,
            boolean create,
            boolean read,
            boolean edit,
            boolean delete,
            boolean viewAll,
            boolean modifyAll) {
        return "    <objectPermissions>\n"
                + "        <allowCreate>" + create + "</allowCreate>\n"
                + "        <allowDelete>" + delete + "</allowDelete>\n"
                + "        <allowEdit>" + edit + "</allowEdit>\n"
                + "        <allowRead>" + read + "</allowRead>\n"
                + "        <modifyAllRecords>" + modifyAll + "</modifyAllRecords>\n"
                + "        <object>" + name + "</object>\n"
                + "        <viewAllRecords>" + viewAll + "</viewAllRecords>\n"
                + "    </objectPermissions>\n";
    }

    private static String field(String name, boolean editable, boolean readable) {
        return "    <fieldPermissions>\n"
                + "        <editable>" + editable + "</editable>\n"
                + "        <field>" + name + "</field>\n"
                + "        <readable>" + readable + "</readable>\n"
                + "    </fieldPermissions>\n";
    }

    private List<Finding> check(String kind, String body, ObjectFields fields) throws Exception {
        String suffix = kind.equals("Profile")
                ? "profiles/Sales.profile-meta.xml"
                : "permissionsets/Sales.permissionset-meta.xml";
        Path file = Files2.write(
                dir,
                "force-app/main/default/" + suffix,
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<" + kind
                        + " xmlns=\"http://soap.sforce.com/2006/04/metadata\">\n" + body + "</" + kind + ">\n");
        PayloadCheck.Payload payload = new PayloadCheck.Payload(
                new Component(kind, "Sales", Operation.DEPLOY, new Origin(Path.of("package.xml"), 3)),
                PermissionFileReader.read(file, kind));
        return CHECK.check(List.of(payload), fields);
    }

    private List<Finding> check(String body) throws Exception {
        return check("PermissionSet", body, ObjectFields.NONE);
    }

    private static String salesforce(Finding finding) {
        String message = finding.message();
        int start = message.indexOf("rejects it with \"") + "rejects it with \"".length();
        return message.substring(start, message.indexOf('"', start));
    }

    @Test
    void createWithoutReadIsRejectedAtTheLineOfItsEntry() throws Exception {
        List<Finding> findings = check(object("Fund__c", true, false, false, false, false, false));
        assertThat(findings)
                .extracting(
                        Finding::kind,
                        Finding::level,
                        Finding::ruleId,
                        f -> f.origin().line())
                .containsExactly(tuple(Kind.PAYLOAD_MISSING_DEPENDENCY, Level.ERROR, "object-create-needs-read", 3));
        assertThat(findings.get(0).message())
                .isEqualTo("PermissionSet Sales grants Create on Fund__c without Read; Salesforce rejects it with"
                        + " \"Permission Create Fund__c depends on permission(s): Read Fund__c\"; set"
                        + " <allowRead>true</allowRead> in the <objectPermissions> of Fund__c");
        assertThat(findings.get(0).confidence()).isEqualTo(Confidence.DOCUMENTED);
        assertThat(findings.get(0).source()).contains("sforce_api_objects_objectpermissions");
        assertThat(findings.get(0).unmetPermissions()).containsExactly("Read Fund__c");
    }

    @Test
    void editWithoutReadAndDeleteWithoutEditAreRejected() throws Exception {
        assertThat(check(object("Fund__c", false, false, true, false, false, false)))
                .extracting(Finding::ruleId, ObjectPayloadCheckTest::salesforce)
                .containsExactly(tuple(
                        "object-edit-needs-read", "Permission Edit Fund__c depends on permission(s): Read Fund__c"));
        assertThat(check(object("Fund__c", false, true, false, true, false, false)))
                .extracting(Finding::ruleId, ObjectPayloadCheckTest::salesforce)
                .containsExactly(tuple(
                        "object-delete-needs-read-edit",
                        "Permission Delete Fund__c depends on permission(s): Edit Fund__c"));
    }

    @Test
    void viewAllNeedsReadAndModifyAllNeedsReadEditDeleteAndViewAll() throws Exception {
        assertThat(check(object("Fund__c", false, false, false, false, true, false)))
                .extracting(Finding::ruleId, ObjectPayloadCheckTest::salesforce)
                .containsExactly(tuple(
                        "object-view-all-needs-read",
                        "Permission Read All Fund__c depends on permission(s): Read Fund__c"));
        List<Finding> modifyAll = check(object("Fund__c", false, true, false, false, false, true));
        assertThat(modifyAll)
                .extracting(Finding::ruleId, ObjectPayloadCheckTest::salesforce)
                .containsExactly(tuple(
                        "object-modify-all-needs-read-edit-delete-view-all",
                        "Permission Modify All Fund__c depends on permission(s): Edit Fund__c, Delete Fund__c,"
                                + " Read All Fund__c"));
        assertThat(modifyAll.get(0).message())
                .contains("set <allowEdit>true</allowEdit> and <allowDelete>true</allowDelete> and"
                        + " <viewAllRecords>true</viewAllRecords> in the <objectPermissions> of Fund__c");
    }

    @Test
    void aCompleteEntryAndAnEntryGrantingNothingPass() throws Exception {
        assertThat(check(object("Fund__c", true, true, true, true, true, true)
                        + object("Other__c", false, false, false, false, false, false)))
                .isEmpty();
    }

    @Test
    void aDetailObjectNeedsReadOnItsMasterFromTheMasterDetailFieldInTheSourceTree() throws Exception {
        Files2.write(dir, "force-app/main/default/objects/Fund_4Case__c/fields/Fund__c.field-meta.xml", """
                <?xml version="1.0" encoding="UTF-8"?>
                <CustomField xmlns="http://soap.sforce.com/2006/04/metadata">
                    <fullName>Fund__c</fullName>
                    <referenceTo>Fund_Detail__c</referenceTo>
                    <relationshipName>Funds</relationshipName>
                    <type>MasterDetail</type>
                </CustomField>
                """);
        ObjectFields fields = ObjectFields.read(List.of(dir.resolve("force-app")));
        List<Finding> findings =
                check("PermissionSet", object("Fund_4Case__c", true, true, false, false, false, false), fields);
        assertThat(findings)
                .extracting(Finding::kind, Finding::level, Finding::ruleId, ObjectPayloadCheckTest::salesforce)
                .containsExactly(tuple(
                        Kind.PAYLOAD_MISSING_DEPENDENCY,
                        Level.ERROR,
                        "detail-needs-master-read",
                        "Permission Create Fund_4Case__c depends on permission(s): Read Fund_Detail__c"));
        assertThat(findings.get(0).message())
                .endsWith("add an <objectPermissions> entry for Fund_Detail__c with <allowRead>true</allowRead>");

        assertThat(check(
                        "PermissionSet",
                        object("Fund_4Case__c", true, true, false, false, false, false)
                                + object("Fund_Detail__c", false, true, false, false, false, false),
                        fields))
                .isEmpty();
    }

    @Test
    void mastersOfMastersAreFollowedFromMetadataApiObjectFilesToo() throws Exception {
        Files2.write(dir, "src/objects/Line__c.object", """
                <CustomObject xmlns="http://soap.sforce.com/2006/04/metadata">
                    <fields><fullName>Order__c</fullName><referenceTo>Order__c</referenceTo><type>MasterDetail</type></fields>
                </CustomObject>
                """);
        Files2.write(dir, "src/objects/Order__c.object", """
                <CustomObject xmlns="http://soap.sforce.com/2006/04/metadata">
                    <fields><fullName>Account__c</fullName><referenceTo>Account</referenceTo><type>MasterDetail</type></fields>
                </CustomObject>
                """);
        ObjectFields fields = ObjectFields.read(List.of(dir.resolve("src")));
        assertThat(fields.masters("Line__c"))
                .as("nothing is read before it is asked for")
                .isEmpty();
        fields.load(List.of("Line__c"));
        assertThat(fields.masters("Line__c")).containsExactly("Order__c");
        assertThat(fields.masters("Order__c"))
                .as("masters of masters are loaded too")
                .containsExactly("Account");
        assertThat(check("PermissionSet", object("Line__c", false, true, false, false, false, false), fields))
                .extracting(ObjectPayloadCheckTest::salesforce)
                .containsExactly(
                        "Permission Read Line__c depends on permission(s): Read Order__c",
                        "Permission Read Line__c depends on permission(s): Read Account");
    }

    @Test
    void editableNeedsReadable() throws Exception {
        List<Finding> findings = check(field("Account.Region__c", true, false));
        assertThat(findings)
                .extracting(Finding::kind, Finding::ruleId, ObjectPayloadCheckTest::salesforce)
                .containsExactly(tuple(
                        Kind.PAYLOAD_MISSING_DEPENDENCY,
                        "field-edit-needs-read",
                        "Permission Edit Account.Region__c depends on permission(s): Read Account.Region__c"));
        assertThat(findings.get(0).message()).contains("set <readable>true</readable> in the <fieldPermissions>");
    }

    @Test
    void fieldPermissionsOnARequiredOrMasterDetailFieldAreRejected() throws Exception {
        Files2.write(dir, "force-app/main/default/objects/Account/fields/Region__c.field-meta.xml", """
                <CustomField xmlns="http://soap.sforce.com/2006/04/metadata">
                    <fullName>Region__c</fullName>
                    <required>true</required>
                    <type>Text</type>
                </CustomField>
                """);
        Files2.write(dir, "force-app/main/default/objects/Line__c/fields/Order__c.field-meta.xml", """
                <CustomField xmlns="http://soap.sforce.com/2006/04/metadata">
                    <fullName>Order__c</fullName>
                    <referenceTo>Order__c</referenceTo>
                    <type>MasterDetail</type>
                </CustomField>
                """);
        Files2.write(dir, "force-app/main/default/objects/Account/fields/Note__c.field-meta.xml", """
                <CustomField xmlns="http://soap.sforce.com/2006/04/metadata">
                    <fullName>Note__c</fullName>
                    <required>false</required>
                    <type>Text</type>
                </CustomField>
                """);
        ObjectFields fields = ObjectFields.read(List.of(dir.resolve("force-app")));
        List<Finding> findings = check(
                "PermissionSet",
                field("Account.Region__c", false, false)
                        + field("Line__c.Order__c", false, true)
                        + field("Account.Note__c", true, true),
                fields);
        assertThat(findings)
                .extracting(
                        Finding::kind,
                        Finding::level,
                        Finding::ruleId,
                        f -> f.origin().line())
                .containsExactly(
                        tuple(Kind.PAYLOAD_REQUIRED_FIELD, Level.ERROR, "required-field", 3),
                        tuple(Kind.PAYLOAD_REQUIRED_FIELD, Level.ERROR, "required-field", 8));
        assertThat(findings.get(0).message())
                .isEqualTo("PermissionSet Sales has <fieldPermissions> for Account.Region__c, a required field"
                        + " (Region__c.field-meta.xml:3); Salesforce rejects it with \"You cannot deploy to a required"
                        + " field: Account.Region__c\"; remove the <fieldPermissions> entry of Account.Region__c: a"
                        + " required field is readable and editable with its object's permissions");
        assertThat(findings.get(1).message()).contains("Line__c.Order__c, a master-detail field");
    }

    @Test
    void aProfileIsWarnedWhereTheOrgsProfileMaySupplyWhatIsMissingAndFailedWhereItSetsItFalse() throws Exception {
        String leftOut = "    <objectPermissions>\n        <allowCreate>true</allowCreate>\n"
                + "        <object>Fund__c</object>\n    </objectPermissions>\n";
        List<Finding> warned = check("Profile", leftOut, ObjectFields.NONE);
        assertThat(warned).extracting(Finding::level).containsExactly(Level.WARN);
        assertThat(warned.get(0).message())
                .endsWith("(WARN: a profile is merged with the org's, and an element the entry leaves out keeps the"
                        + " org's value, which may grant it)");
        List<Finding> failed =
                check("Profile", object("Fund__c", true, false, false, false, false, false), ObjectFields.NONE);
        assertThat(failed).extracting(Finding::level).containsExactly(Level.ERROR);
        assertThat(failed.get(0).message())
                .endsWith("(ERROR although a profile: the profile itself sets it to false, so the org's value cannot"
                        + " supply it)");
    }

    @Test
    void mutingPermissionSetsAreNotChecked() throws Exception {
        assertThat(check(
                        "MutingPermissionSet",
                        object("Fund__c", true, false, false, false, false, false),
                        ObjectFields.NONE))
                .isEmpty();
    }

    @Test
    void theFixsPermissionSetHasNoObjectOrFieldPermissionsSoNoneOfTheseRulesCanFireOnIt() throws Exception {
        Path file = dir.resolve("fix/sfperm-fix.permissionset-meta.xml");
        java.nio.file.Files.createDirectories(file.getParent());
        io.github.sfperm.report.PermissionSetWriter.write(
                file, "sfperm fix", "test", java.util.Set.of("ApiEnabled", "ModifyMetadata", "ViewSetup"));
        assertThat(PayloadAccess.read(file)).isEqualTo(PayloadAccess.NONE);
        PayloadCheck.Payload payload = new PayloadCheck.Payload(
                new Component("PermissionSet", "sfperm-fix", Operation.DEPLOY, new Origin(file, 0)),
                PermissionFileReader.read(file, "PermissionSet"));
        assertThat(CHECK.check(List.of(payload), ObjectFields.NONE)).isEmpty();
    }

    @Test
    void everyRuleHasASourceAndAConfidence() {
        assertThat(PayloadRules.builtIn().rules()).hasSize(18).allSatisfy(r -> {
            assertThat(r.source()).startsWith("https://");
            assertThat(r.note()).isNotBlank();
        });
        assertThat(PayloadRules.builtIn().rules(PayloadRules.Scope.OBJECT))
                .allSatisfy(r -> assertThat(r.confidence()).isEqualTo(Confidence.DOCUMENTED));
    }

    private static String userPermission(String name) {
        return "    <userPermissions>\n        <enabled>true</enabled>\n        <name>" + name
                + "</name>\n    </userPermissions>\n";
    }

    @Test
    void contractPermissionsNeedReadOnAccount() throws Exception {
        for (boolean[] p : new boolean[][] {{false, true, false}, {true, true, false}, {false, true, true}}) {
            List<Finding> findings = check(object("Contract", p[0], p[1], p[2], false, false, false)
                    + object("Other__c", false, true, false, false, false, false));
            assertThat(findings)
                    .extracting(
                            Finding::kind,
                            Finding::level,
                            Finding::ruleId,
                            f -> f.origin().line())
                    .containsExactly(
                            tuple(Kind.PAYLOAD_MISSING_DEPENDENCY, Level.ERROR, "contract-needs-account-read", 3));
            assertThat(salesforce(findings.get(0)))
                    .as("the first granted permission of the rule is named, as one of Salesforce's messages does")
                    .isEqualTo("Permission Read Contract depends on permission(s): Read Account");
            assertThat(findings.get(0).message())
                    .endsWith("add an <objectPermissions> entry for Account with <allowRead>true</allowRead>");
            assertThat(findings.get(0).confidence()).isEqualTo(Confidence.COMMUNITY);
        }
        List<Finding> accountWithoutRead = check(object("Contract", false, true, false, false, false, false)
                + object("Account", false, false, false, false, false, false));
        assertThat(accountWithoutRead.get(0).message())
                .isEqualTo("PermissionSet Sales grants Read on Contract without Read Account; Salesforce rejects it"
                        + " with \"Permission Read Contract depends on permission(s): Read Account\"; set"
                        + " <allowRead>true</allowRead> in the <objectPermissions> of Account (line 12)");
        assertThat(check(object("Contract", true, true, true, true, false, false)
                        + object("Account", false, true, false, false, false, false)))
                .isEmpty();
    }

    @Test
    void readAllAssetContractAndServiceTerritoryNeedReadAllOnTheirParent() throws Exception {
        assertThat(check(object("Asset", false, true, false, false, true, false)
                        + object("Contract", false, true, false, false, true, false)
                        + object("ServiceTerritory", false, true, false, false, true, false)
                        + object("Account", false, true, false, false, false, false)))
                .extracting(Finding::ruleId, ObjectPayloadCheckTest::salesforce)
                .containsExactly(
                        tuple(
                                "asset-view-all-needs-account-view-all",
                                "Permission Read All Asset depends on permission(s): Read All Account"),
                        tuple(
                                "contract-view-all-needs-account-view-all",
                                "Permission Read All Contract depends on permission(s): Read All Account"),
                        tuple(
                                "service-territory-view-all-needs-operating-hours-view-all",
                                "Permission Read All ServiceTerritory depends on permission(s): Read All"
                                        + " OperatingHours"));
    }

    @Test
    void readAllOnADetailObjectNeedsReadAllOnItsMaster() throws Exception {
        Files2.write(dir, "force-app/main/default/objects/Custom_Object__c/fields/Account__c.field-meta.xml", """
                <CustomField xmlns="http://soap.sforce.com/2006/04/metadata">
                    <fullName>Account__c</fullName>
                    <referenceTo>Account</referenceTo>
                    <type>MasterDetail</type>
                </CustomField>
                """);
        ObjectFields fields = ObjectFields.read(List.of(dir.resolve("force-app")));
        List<Finding> findings = check(
                "PermissionSet",
                object("Custom_Object__c", false, true, false, false, true, false)
                        + object("Account", false, true, false, false, false, false),
                fields);
        assertThat(findings)
                .extracting(Finding::ruleId, ObjectPayloadCheckTest::salesforce)
                .containsExactly(tuple(
                        "detail-view-all-needs-master-view-all",
                        "Permission Read All Custom_Object__c depends on permission(s): Read All Account"));
        assertThat(findings.get(0).message())
                .contains("set <viewAllRecords>true</viewAllRecords> in the <objectPermissions> of Account (line 12)");
    }

    @Test
    void userPermissionsThatNeedObjectPermissionsAreRejectedAtTheLineOfTheirName() throws Exception {
        List<Finding> caseComments =
                check(userPermission("EditCaseComments") + object("Case", false, true, false, false, false, false));
        assertThat(caseComments)
                .extracting(
                        Finding::kind,
                        Finding::level,
                        Finding::ruleId,
                        f -> f.origin().line())
                .containsExactly(
                        tuple(Kind.PAYLOAD_MISSING_DEPENDENCY, Level.ERROR, "edit-case-comments-needs-case-edit", 5));
        assertThat(caseComments.get(0).message())
                .isEqualTo("PermissionSet Sales enables EditCaseComments without Edit Case; Salesforce rejects it with"
                        + " \"Permission Edit Case Comments depends on permission(s): Edit Case\"; set"
                        + " <allowEdit>true</allowEdit> in the <objectPermissions> of Case (line 7)");

        assertThat(check(userPermission("ImportPersonal")))
                .extracting(ObjectPayloadCheckTest::salesforce)
                .containsExactly("Permission Import Personal Contacts depends on permission(s): Create Account, Create"
                        + " Contact, Edit Account, Edit Contact");
        assertThat(check(userPermission("ImportPersonal")).get(0).message())
                .contains("add an <objectPermissions> entry for Account with <allowCreate>true</allowCreate> and"
                        + " <allowEdit>true</allowEdit>; add an <objectPermissions> entry for Contact with"
                        + " <allowCreate>true</allowCreate> and <allowEdit>true</allowEdit>");

        assertThat(check(userPermission("ConvertLeads")))
                .extracting(ObjectPayloadCheckTest::salesforce)
                .containsExactly("Permission Convert Leads depends on permission(s): Create Account");
        assertThat(check(userPermission("ConvertLeads") + object("Account", true, true, false, false, false, false)))
                .isEmpty();
        assertThat(check(userPermission("ConvertLeads") + userPermission("ModifyAllData")))
                .as("Modify All Data grants every object permission")
                .isEmpty();
        assertThat(check("    <userPermissions>\n        <enabled>false</enabled>\n        <name>ConvertLeads</name>\n"
                        + "    </userPermissions>\n"))
                .as("a disabled user permission needs nothing")
                .isEmpty();
    }

    @Test
    void aProfileLeavingOutTheOtherObjectIsWarnedAndOneSettingItFalseFails() throws Exception {
        assertThat(check("Profile", userPermission("EditCaseComments"), ObjectFields.NONE))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.level()).isEqualTo(Level.WARN);
                    assertThat(f.message())
                            .endsWith("(WARN: a profile is merged with the org's, whose profile may already grant"
                                    + " it)");
                });
        assertThat(check(
                        "Profile",
                        object("Contract", false, true, false, false, false, false)
                                + object("Account", false, false, false, false, false, false),
                        ObjectFields.NONE))
                .extracting(Finding::level)
                .containsExactly(Level.ERROR);
    }

    @Test
    void aFormulaFieldCannotBeEditable() throws Exception {
        Files2.write(dir, "force-app/main/default/objects/Account/fields/Score__c.field-meta.xml", """
                <CustomField xmlns="http://soap.sforce.com/2006/04/metadata">
                    <fullName>Score__c</fullName>
                    <formula>NumberOfEmployees / 10</formula>
                    <type>Number</type>
                </CustomField>
                """);
        Files2.write(dir, "src/objects/Line__c.object", """
                <CustomObject xmlns="http://soap.sforce.com/2006/04/metadata">
                    <fields><fullName>Total__c</fullName><formula>Qty__c * 2</formula><type>Number</type></fields>
                </CustomObject>
                """);
        ObjectFields fields = ObjectFields.read(List.of(dir.resolve("force-app"), dir.resolve("src")));
        List<Finding> findings = check(
                "PermissionSet",
                field("Account.Score__c", true, true)
                        + field("Line__c.Total__c", true, true)
                        + field("Account.Score__c", false, true),
                fields);
        assertThat(findings)
                .extracting(
                        Finding::kind,
                        Finding::level,
                        Finding::ruleId,
                        f -> f.origin().line())
                .containsExactly(
                        tuple(Kind.PAYLOAD_REQUIRED_FIELD, Level.ERROR, "formula-field-not-editable", 3),
                        tuple(Kind.PAYLOAD_REQUIRED_FIELD, Level.ERROR, "formula-field-not-editable", 8));
        assertThat(findings.get(0).message())
                .isEqualTo("PermissionSet Sales grants Edit on Account.Score__c, a formula field"
                        + " (Score__c.field-meta.xml:3), which no permission set or profile can make editable; set"
                        + " <editable>false</editable> in the <fieldPermissions> of Account.Score__c");
        assertThat(findings.get(1).message()).contains("(Line__c.object:2)");
    }

    @Test
    void theCatalogueNeverMakesTheFixAddAUserPermissionThatNeedsObjectPermissions() throws Exception {
        io.github.sfperm.catalogue.Catalogue catalogue = io.github.sfperm.catalogue.Catalogue.builtIn();
        java.util.Set<String> named = new java.util.TreeSet<>();
        catalogue.rules().forEach(r -> named.addAll(r.requires().permissions()));
        catalogue.facts().forEach(f -> named.add(f.other()));
        for (PayloadRules.Rule rule : PayloadRules.builtIn().rules(PayloadRules.Scope.USER_PERMISSION)) {
            assertThat(named)
                    .as("the fix adds only what the catalogue requires and what that depends on")
                    .doesNotContain(rule.subject());
        }
    }

    @Test
    void withPersonAccountsReadOnAccountNeedsReadOnContact() throws Exception {
        String readAccount = object("Account", false, true, false, false, false, false);
        assertThat(check(readAccount))
                .as("nothing shows Person Accounts: the permission sets of Apex Recipes deploy to scratch orgs")
                .isEmpty();

        Files2.write(dir, "force-app/main/default/objects/Account/fields/Hobby__pc.field-meta.xml", """
                <CustomField xmlns="http://soap.sforce.com/2006/04/metadata">
                    <fullName>Hobby__pc</fullName>
                    <type>Text</type>
                </CustomField>
                """);
        List<Finding> findings =
                check("PermissionSet", readAccount, ObjectFields.read(List.of(dir.resolve("force-app"))));
        assertThat(findings)
                .extracting(Finding::kind, Finding::level, Finding::ruleId, ObjectPayloadCheckTest::salesforce)
                .containsExactly(tuple(
                        Kind.PAYLOAD_MISSING_DEPENDENCY,
                        Level.ERROR,
                        "person-accounts-account-read-needs-contact-read",
                        "Permission Read Account depends on permission(s): Read Contact"));
        assertThat(findings.get(0).message())
                .isEqualTo("PermissionSet Sales grants Read on Account without Read Contact; Salesforce rejects it with"
                        + " \"Permission Read Account depends on permission(s): Read Contact\" in an org with"
                        + " PersonAccounts, which the field Account.Hobby__pc shows; add an <objectPermissions> entry"
                        + " for Contact with <allowRead>true</allowRead>");
        assertThat(check(
                        "PermissionSet",
                        readAccount + object("Contact", false, true, false, false, false, false),
                        ObjectFields.read(List.of(dir.resolve("force-app")))))
                .isEmpty();
    }

    @Test
    void personAccountsAreShownByAPersonAccountFolderOrByTheFilesOwnPersonFields() throws Exception {
        String readAccount = object("Account", false, true, false, false, false, false);
        Files2.write(dir, "other/objects/PersonAccount/fields/Nickname__pc.field-meta.xml", "");
        assertThat(check("PermissionSet", readAccount, ObjectFields.read(List.of(dir.resolve("other")))))
                .extracting(Finding::message)
                .singleElement()
                .asString()
                .contains("which the object PersonAccount shows");
        assertThat(check(readAccount + field("Account.PersonEmail", false, true)))
                .extracting(Finding::message)
                .singleElement()
                .asString()
                .contains("which the field permission on Account.PersonEmail shows");
    }
}
