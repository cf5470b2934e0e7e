// Asserts on the build log of this invoker IT: against a declared targetOrg, what it does not hold is an ERROR.
def log = new File(basedir, 'build.log').text
def lines = log.readLines().findAll { it.contains('MISSING_REFERENCE [') || it.contains('HARDCODED_ID [') }.collect { it.trim() }.unique()
assert lines == [
    '[ERROR] force-app/main/default/dashboards/Ops/Empty_Board.dashboard-meta.xml:7: MISSING_REFERENCE [reference-empty] Dashboard Ops/Empty_Board: <runningUser> is empty: it must name a user of the target org; Salesforce refuses the component without one',
    '[ERROR] force-app/main/default/objects/Order__c/listViews/All_Orders.listView-meta.xml:7: MISSING_REFERENCE [reference-role] ListView Order__c.All_Orders: roleAndSubordinatesInternal names the role CEO, which is not among the target org\'s roles declared in <targetOrg> and this deployment does not deploy it; Salesforce refuses it with "SharedTo not allowed:roleAndSubordinatesInternal - CEO"',
    '[ERROR] force-app/main/default/sites/Coral_Cloud.site-meta.xml:5: MISSING_REFERENCE [reference-user] CustomSite Coral_Cloud: siteAdmin names the user test-cjmvyzld0cn6@example.com, which is not among the target org\'s usernames declared in <targetOrg>; Salesforce refuses it with "In field: siteAdmin - no User named test-cjmvyzld0cn6@example.com found"',
] : lines.join('\n')
// the replaced running user is declared, the queue is in the queues file; the other site and the flow are not deployed
assert !log.contains('release.bot@acme.com')
assert !log.contains('names the queue Support')
assert !log.contains('someone@example.com')
assert !log.contains('HARDCODED_ID [')
assert log.contains('[ERROR] sfperm: 5 components checked: 3 errors, 0 warnings (1 EXCESS_PERMISSION, 3 MISSING_REFERENCE).')
assert !log.contains('at io.github.sfperm.') : 'no stack trace for a user mistake'
