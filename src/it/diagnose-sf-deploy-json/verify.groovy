// Asserts on the build log and the reports of this invoker IT: every line, in order.
def log = new File(basedir, 'build.log').text
def expected = [
    '[WARNING] force-app/main/default/classes/LeadTest.cls:5: UNKNOWN_CAUSE ApexClass LeadTest.routes: Salesforce says: System.AssertException: Assertion Failed: boom (Class.LeadTest.routes: line 5, column 1); no pattern knows this message: once its cause is known, add a pattern in a pattern file (diagnosePatternFiles) [sfperm:check would not have caught it: check does not run Apex tests]',
    '[WARNING] force-app/main/default/flows/Add_Experiences_to_Prompt.flow-meta.xml:1: ORG_FEATURE Flow Add_Experiences_to_Prompt: the target org cannot hold flows of process type PromptFlow: it lacks the feature they belong to; enable the feature of PromptFlow flows in the target org, or leave Flow Add_Experiences_to_Prompt out of the deployment [sfperm:check would not have caught it: an org\'s features and settings cannot be seen offline; sf project deploy start --dry-run is the server-side check]',
    '[WARNING] force-app/main/default/flows/Lead_Router.flow-meta.xml:1: MISSING_PERMISSION Flow Lead_Router: Flow Lead_Router needs ManageInteraction, and the deploying user lacks ManageInteraction; grant the deploying user ManageInteraction: <userPermissions><enabled>true</enabled><name>ManageInteraction</name></userPermissions> [sfperm:check would have caught it: it reports MISSING_PERMISSION (flow) at manifest/package.xml:17]',
    '[WARNING] force-app/main/default/objects/CO__c/CO__c.object-meta.xml:1: UNKNOWN_CAUSE CustomObject CO__c: Salesforce says: Must specify a non-empty label for the CustomObject; no pattern knows this message: once its cause is known, add a pattern in a pattern file (diagnosePatternFiles) [sfperm:check would not have caught it: its cause is not known]',
    '[WARNING] force-app/main/default/permissionsets/Sales.permissionset-meta.xml:1: PAYLOAD_LICENSE PermissionSet Sales: PermissionSet Sales enables something that Salesforce grants only with a user licence, and names none; set the license element of force-app/main/default/permissionsets/Sales.permissionset-meta.xml to the user licence of its users, or remove what needs one [sfperm:check would not have caught it: the licence of the permission set or of its users is not declared (<license>, <licensePermissions>)]',
    '[WARNING] force-app/main/default/permissionsets/Sales.permissionset-meta.xml:5: PAYLOAD_MISSING_REFERENCE PermissionSet Sales: PermissionSet Sales names the CustomField Product2.TransferRecordMode (in field), which neither the deployment nor the target org holds; add CustomField Product2.TransferRecordMode to the deployment, or remove its entry at force-app/main/default/permissionsets/Sales.permissionset-meta.xml:5 [sfperm:check would not have caught it: check reports only custom components that neither the deployment nor the source tree holds; a standard or managed-package component depends on the org\'s features and installed packages, which cannot be seen offline]',
    '[WARNING] force-app/main/default/permissionsets/Sales.permissionset-meta.xml:11: PAYLOAD_UNKNOWN_PERMISSION PermissionSet Sales: PermissionSet Sales enables the user permission AllowUniversalSearch, which the target org does not have (a permission of a feature or edition the org lacks); remove the userPermissions entry of AllowUniversalSearch at force-app/main/default/permissionsets/Sales.permissionset-meta.xml:11, or enable its feature in the target org [sfperm:check would not have caught it: the permission exists in Salesforce but not in the target org (a feature of the org, which cannot be seen offline)]',
    '[WARNING] force-app/main/default/profiles/Support.profile-meta.xml:1: PAYLOAD_MISSING_DEPENDENCY Profile Support: Profile Support enables Edit Case Comments but not what it depends on: Edit Case; enable Edit Case in force-app/main/default/profiles/Support.profile-meta.xml as well, or disable Edit Case Comments there [sfperm:check would have caught it: it reports PAYLOAD_MISSING_DEPENDENCY (edit-case-comments-needs-case-edit) at force-app/main/default/profiles/Support.profile-meta.xml:7]',
    '[WARNING] force-app/main/default/profiles/Support.profile-meta.xml:1: PAYLOAD_REQUIRED_FIELD Profile Support: Profile Support sets field permissions on a required field: Salesforce refuses them on required fields; remove the fieldPermissions entry of the required field at force-app/main/default/profiles/Support.profile-meta.xml:1 (a required field is always readable and editable) [sfperm:check would not have caught it: check knows a field is required only from the source tree, not from the target org]',
    '[WARNING] force-app/main/default/sites/Portal.site-meta.xml:5: MISSING_REFERENCE CustomSite Portal: CustomSite Portal names the user [email protected] in siteAdmin, and the target org has no user of that name; replace the username at force-app/main/default/sites/Portal.site-meta.xml:5 with a user of the target org (or a public group or role), or create the user there first [sfperm:check would have caught it: it reports MISSING_REFERENCE (reference-user) at force-app/main/default/sites/Portal.site-meta.xml:5]',
    '[WARNING] manifest/destructiveChanges.xml:4: REFUSED_DELETION Flow Old_Router: Salesforce refused to delete Flow Old_Router through the deployment; deactivate every version of Old_Router in the target org and delete it there (Setup, Flows, View Details and Versions), then remove it from the destructive manifest [sfperm:check would have caught it: it reports REFUSED_DELETION (refused-deletion-flow) at manifest/destructiveChanges.xml:4]',
    '[INFO] sfperm diagnose: 11 failure(s) in deploy-result.json, 9 explained (MISSING_PERMISSION 1, PAYLOAD_UNKNOWN_PERMISSION 1, PAYLOAD_MISSING_DEPENDENCY 1, PAYLOAD_LICENSE 1, PAYLOAD_MISSING_REFERENCE 1, PAYLOAD_REQUIRED_FIELD 1, REFUSED_DELETION 1, MISSING_REFERENCE 1, ORG_FEATURE 1), 2 UNKNOWN_CAUSE; sfperm:check would have caught 4.',
]
def actual = log.readLines().findAll { it ==~ /^\[WARNING\] [a-z].*?:\d+: [A-Z_]+ .*/ || it.startsWith('[INFO] sfperm diagnose:') }
assert actual == expected
assert log.contains('[INFO] sfperm: diagnosis written to target/sfperm/diagnosis.json')
assert log.contains('BUILD SUCCESS') : 'diagnose fails only on unreadable input'
def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/sfperm/diagnosis.json'))
assert json.schemaVersion == 1
assert json.shape == 'sf-json'
assert json.summary.failures == 11
assert json.summary.explained == 9
assert json.summary.caughtByCheck == 4
assert json.summary.byCause == [MISSING_PERMISSION: 1, MISSING_REFERENCE: 1, ORG_FEATURE: 1, PAYLOAD_LICENSE: 1, PAYLOAD_MISSING_DEPENDENCY: 1, PAYLOAD_MISSING_REFERENCE: 1, PAYLOAD_REQUIRED_FIELD: 1, PAYLOAD_UNKNOWN_PERMISSION: 1, REFUSED_DELETION: 1, UNKNOWN_CAUSE: 2]
def flow = json.failures.find { it.fullName == 'Lead_Router' }
assert flow.cause == 'MISSING_PERMISSION'
assert flow.grant == ['ManageInteraction']
assert flow.check.status == 'caught'
assert flow.pattern.id == 'not-available-for-deploy'
assert json.failures.find { it.fullName == 'Sales' && it.cause == 'PAYLOAD_UNKNOWN_PERMISSION' }.named == [permission: 'AllowUniversalSearch']
assert json.failures*.text == expected.findAll { it.startsWith('[WARNING] ') }.collect { it.substring(10) }
def summary = new File(basedir, 'summary.md').text
assert summary.contains('## sfperm diagnose: diagnose-sf-deploy-json')
assert summary.contains('| `force-app/main/default/flows/Lead_Router.flow-meta.xml:1` | MISSING_PERMISSION | Flow Lead_Router |')
def text = new File(basedir, 'target/sfperm/diagnosis.json').text
assert !text.contains(basedir.absolutePath) : 'no absolute path in reports'
assert !text.contains('/home/runner') : 'no path of the machine that deployed'
assert !log.contains('at io.github.sfperm.') : 'no stack trace'
