// Asserts on the build log of this invoker IT: without <targetOrg>, references are warnings that ask for it.
def log = new File(basedir, 'build.log').text
def lines = log.readLines().findAll { it.contains('MISSING_REFERENCE [') || it.contains('HARDCODED_ID [') }.collect { it.trim() }
assert lines == [
    '[WARNING] force-app/main/default/dashboards/Ops/Ops_Board.dashboard-meta.xml:7: MISSING_REFERENCE [reference-user] Dashboard Ops/Ops_Board: runningUser names the user release.bot@acme.com (after the sfdx-project.json replacement); if the target org has none, Salesforce refuses it with "In field: runningUser - no User named release.bot@acme.com found": declare the org\'s usernames in <targetOrg><usernames> so sfperm can check it',
    '[WARNING] force-app/main/default/objects/Order__c/listViews/All_Orders.listView-meta.xml:7: MISSING_REFERENCE [reference-role] ListView Order__c.All_Orders: roleAndSubordinatesInternal names the role CEO and this deployment does not deploy it; if the target org has none, Salesforce refuses it with "SharedTo not allowed:roleAndSubordinatesInternal - CEO": declare the org\'s roles in <targetOrg><roles> so sfperm can check it',
    '[WARNING] force-app/main/default/sites/Coral_Cloud.site-meta.xml:5: MISSING_REFERENCE [reference-user] CustomSite Coral_Cloud: siteAdmin names the user test-cjmvyzld0cn6@example.com; if the target org has none, Salesforce refuses it with "In field: siteAdmin - no User named test-cjmvyzld0cn6@example.com found": declare the org\'s usernames in <targetOrg><usernames> so sfperm can check it',
    '[WARNING] force-app/main/default/flows/Route.flow-meta.xml:12: HARDCODED_ID [hardcoded-id] Flow Route: <stringValue> holds the record id 0018A00000buJJrQAM (key prefix 001: Account); record ids differ from org to org: refer to the record by a name (developer name, username, custom metadata) instead',
] : lines.join('\n')
// the queue the assignment rule names is deployed with it: no finding
assert !log.contains('names the queue Support')
assert log.contains('[WARNING] sfperm: 9 components checked: 0 errors, 4 warnings (1 HARDCODED_ID, 3 MISSING_REFERENCE).')
assert log.contains('BUILD SUCCESS')

def json = new File(basedir, 'target/sfperm/sfperm.json').text
assert json.contains('"MISSING_REFERENCE" : 3') || json.contains('"MISSING_REFERENCE": 3')
def sarif = new File(basedir, 'target/sfperm/sfperm.sarif').text
assert sarif.contains('"ruleId" : "MISSING_REFERENCE"') || sarif.contains('"ruleId": "MISSING_REFERENCE"') || sarif.contains('MISSING_REFERENCE')
