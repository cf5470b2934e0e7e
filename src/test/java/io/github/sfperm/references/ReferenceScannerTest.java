package io.github.sfperm.references;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sfperm.xml.Schemas;
import io.github.sfperm.xml.SecureXml;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReferenceScannerTest {

    @TempDir
    Path dir;

    private ReferenceScanner.Scan scan(String name, String type, String xml) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, xml);
        return new ReferenceScanner(ReferenceData.builtIn()).scan(file, type);
    }

    private static List<String> lines(ReferenceScanner.Scan scan) {
        return scan.references().stream()
                .map(r -> r.origin().line() + " " + r.type() + " " + r.field() + " "
                        + r.kind().label() + " '" + r.value() + "'")
                .toList();
    }

    @Test
    void theBuiltInDataFollowsItsSchema() throws Exception {
        try (InputStream in = ReferenceData.class.getResourceAsStream(ReferenceData.RESOURCE)) {
            SecureXml.read(
                    in, Path.of("references.xml"), Schemas.load(ReferenceData.class, ReferenceData.SCHEMA_RESOURCE));
        }
        assertThat(ReferenceData.builtIn().allFields())
                .allSatisfy(f -> assertThat(f.source())
                        .startsWith("https://developer.salesforce.com/docs/atlas.en-us.api_meta.meta/api_meta/meta_"));
        assertThat(ReferenceData.builtIn().object("005")).contains("User");
        assertThat(ReferenceData.builtIn().object("00G")).contains("Group (public group or queue)");
    }

    @Test
    void aSitesAdminIsAUsername() throws Exception {
        // trailheadapps/coral-cloud#80: "In field: siteAdmin - no User named test-cjmvyzld0cn6@example.com found"
        ReferenceScanner.Scan scan = scan("Coral_Cloud.site-meta.xml", "CustomSite", """
                <?xml version="1.0" encoding="UTF-8"?>
                <CustomSite xmlns="http://soap.sforce.com/2006/04/metadata">
                    <active>true</active>
                    <siteAdmin>test-cjmvyzld0cn6@example.com</siteAdmin>
                    <siteGuestRecordDefaultOwner>test-cjmvyzld0cn6@example.com</siteGuestRecordDefaultOwner>
                </CustomSite>
                """);
        assertThat(lines(scan))
                .containsExactly(
                        "4 CustomSite siteAdmin user 'test-cjmvyzld0cn6@example.com'",
                        "5 CustomSite siteGuestRecordDefaultOwner user 'test-cjmvyzld0cn6@example.com'");
    }

    @Test
    void aListViewSharedToARoleAndItsSubordinates() throws Exception {
        // trailheadapps/ebikes-lwc#105: "SharedTo not allowed:roleAndSubordinatesInternal - CEO"
        ReferenceScanner.Scan scan = scan("All_Orders.listView-meta.xml", "ListView", """
                <?xml version="1.0" encoding="UTF-8"?>
                <ListView xmlns="http://soap.sforce.com/2006/04/metadata">
                    <fullName>All_Orders</fullName>
                    <filterScope>Everything</filterScope>
                    <label>All Orders</label>
                    <sharedTo>
                        <roleAndSubordinatesInternal>CEO</roleAndSubordinatesInternal>
                        <group>All_Sales</group>
                    </sharedTo>
                </ListView>
                """);
        assertThat(lines(scan))
                .containsExactly(
                        "7 ListView sharedTo/roleAndSubordinatesInternal role 'CEO'",
                        "8 ListView sharedTo/group group 'All_Sales'");
    }

    @Test
    void theKindOfAFolderShareComesFromItsType() throws Exception {
        ReferenceScanner.Scan scan = scan("Sales.reportFolder-meta.xml", "ReportFolder", """
                <?xml version="1.0" encoding="UTF-8"?>
                <ReportFolder xmlns="http://soap.sforce.com/2006/04/metadata">
                    <folderShares>
                        <accessLevel>View</accessLevel>
                        <sharedTo>jane@acme.com</sharedTo>
                        <sharedToType>User</sharedToType>
                    </folderShares>
                    <folderShares>
                        <accessLevel>View</accessLevel>
                        <sharedTo>SalesManager</sharedTo>
                        <sharedToType>RoleAndSubordinates</sharedToType>
                    </folderShares>
                    <folderShares>
                        <accessLevel>View</accessLevel>
                        <sharedTo>AcmeOrg</sharedTo>
                        <sharedToType>Organization</sharedToType>
                    </folderShares>
                    <name>Sales</name>
                </ReportFolder>
                """);
        assertThat(lines(scan))
                .containsExactly(
                        "5 ReportFolder folderShares/sharedTo user 'jane@acme.com'",
                        "10 ReportFolder folderShares/sharedTo role 'SalesManager'");
    }

    @Test
    void anEmptyRunningUserIsKeptAndOtherEmptyFieldsAreNot() throws Exception {
        ReferenceScanner.Scan scan = scan("Board.dashboard-meta.xml", "Dashboard", """
                <?xml version="1.0" encoding="UTF-8"?>
                <Dashboard xmlns="http://soap.sforce.com/2006/04/metadata">
                    <dashboardType>SpecifiedUser</dashboardType>
                    <runningUser></runningUser>
                </Dashboard>
                """);
        assertThat(lines(scan)).containsExactly("4 Dashboard runningUser user ''");
    }

    @Test
    void queueMembersRulesSettingsAndAlertsAreRead() throws Exception {
        assertThat(lines(scan("Support.queue-meta.xml", "Queue", """
                        <Queue xmlns="http://soap.sforce.com/2006/04/metadata">
                            <name>Support</name>
                            <queueMembers>
                                <publicGroups><publicGroup>Tier2</publicGroup></publicGroups>
                                <roles><role>SupportLead</role></roles>
                                <users><user>agent@acme.com</user></users>
                            </queueMembers>
                        </Queue>
                        """)))
                .containsExactly(
                        "6 Queue queueMembers/users/user user 'agent@acme.com'",
                        "5 Queue queueMembers/roles/role role 'SupportLead'",
                        "4 Queue queueMembers/publicGroups/publicGroup group 'Tier2'");
        assertThat(lines(scan("Case.assignmentRules-meta.xml", "AssignmentRules", """
                        <AssignmentRules xmlns="http://soap.sforce.com/2006/04/metadata">
                            <assignmentRule>
                                <fullName>Standard</fullName>
                                <ruleEntry>
                                    <assignedTo>Support</assignedTo>
                                    <assignedToType>Queue</assignedToType>
                                </ruleEntry>
                            </assignmentRule>
                        </AssignmentRules>
                        """)))
                .containsExactly("5 AssignmentRules assignmentRule/ruleEntry/assignedTo queue 'Support'");
        assertThat(lines(scan("Case.settings-meta.xml", "Settings", """
                        <CaseSettings xmlns="http://soap.sforce.com/2006/04/metadata">
                            <defaultCaseOwner>admin@acme.com</defaultCaseOwner>
                            <defaultCaseOwnerType>User</defaultCaseOwnerType>
                            <defaultCaseUser>automated@acme.com</defaultCaseUser>
                        </CaseSettings>
                        """)))
                .containsExactly(
                        "2 CaseSettings defaultCaseOwner user 'admin@acme.com'",
                        "4 CaseSettings defaultCaseUser user 'automated@acme.com'");
        assertThat(lines(scan("Lead.workflow-meta.xml", "Workflow", """
                        <Workflow xmlns="http://soap.sforce.com/2006/04/metadata">
                            <alerts>
                                <fullName>Notify</fullName>
                                <recipients><recipient>ops@acme.com</recipient><type>user</type></recipients>
                                <recipients><type>owner</type></recipients>
                                <recipients><recipient>Marketing</recipient><type>group</type></recipients>
                            </alerts>
                        </Workflow>
                        """)))
                .containsExactly(
                        "4 Workflow alerts/recipients/recipient user 'ops@acme.com'",
                        "6 Workflow alerts/recipients/recipient group 'Marketing'");
    }

    @Test
    void recordIdsAreFoundWithTheirObjectLineAndElement() throws Exception {
        ReferenceScanner.Scan scan = scan("Route.flow-meta.xml", "Flow", """
                <Flow xmlns="http://soap.sforce.com/2006/04/metadata">
                    <filters>
                        <value><stringValue>0018A00000buJJrQAM</stringValue></value>
                    </filters>
                    <formulas><expression>RecordTypeId = '012000000000001'</expression></formulas>
                    <description>0018A00000buJJrQAX is not an id: its checksum is wrong; nor is
                    ThisIsAnOrdinaryName or 012000000000001x</description>
                </Flow>
                """);
        assertThat(scan.ids())
                .extracting(i -> i.origin().line() + " " + i.field() + " " + i.id() + " "
                        + i.object().orElse("?"))
                .containsExactly("3 stringValue 0018A00000buJJrQAM Account", "5 expression 012000000000001 RecordType");
    }

    @Test
    void theChecksumIsSalesforces() {
        assertThat(RecordIds.isChecksummed("0018A00000buJJrQAM")).isTrue();
        assertThat(RecordIds.isChecksummed("005xx000001X83aAAC")).isTrue();
        assertThat(RecordIds.isChecksummed("0053F000006CIslQAG")).isTrue();
        assertThat(RecordIds.isChecksummed("0053F000006CIslQAH")).isFalse();
        // an ordinary word of 18 letters with a valid-looking suffix still has too few digits
        assertThat(RecordIds.find(">abcdefghijklmnopqr<", p -> true)).isEmpty();
    }

    @Test
    void aFileThatIsNotXmlIsNotRead() throws Exception {
        assertThat(scan("Foo.cls", "ApexClass", "public class Foo { Id x = '0018A00000buJJrQAM'; }")
                        .ids())
                .isEmpty();
    }

    @Test
    void docsReferencesListsEveryFieldRead() throws Exception {
        String doc = Files.readString(Path.of("docs/references.md"));
        assertThat(ReferenceData.builtIn().allFields())
                .allSatisfy(f -> assertThat(doc).contains("| `" + f.type() + "` | `" + f.pathText() + "` |"));
    }
}
