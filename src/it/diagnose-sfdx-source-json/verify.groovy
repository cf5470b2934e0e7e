// Asserts on the build log and the reports of this invoker IT: every line, in order.
def log = new File(basedir, 'build.log').text
def expected = [
    '[WARNING] force-app/main/default/layouts/Contact-Contact Layout.layout-meta.xml:6: PAYLOAD_MISSING_REFERENCE Layout Contact-Contact Layout: Layout Contact-Contact Layout names the QuickAction NewContact (in QuickAction), which neither the deployment nor the target org holds; add QuickAction NewContact to the deployment, or remove its entry at force-app/main/default/layouts/Contact-Contact Layout.layout-meta.xml:6 [sfperm:check would not have caught it: check compares with the project only the components that permission sets, profiles and permission set groups name, not those a Layout names]',
    '[WARNING] force-app/main/default/permissionsets/Race_Analytics.permissionset-meta.xml:10: PAYLOAD_UNKNOWN_PERMISSION PermissionSet Race_Analytics: PermissionSet Race_Analytics enables the user permission ManageUnlistedGroups, which the target org does not have (a permission of a feature or edition the org lacks); remove the userPermissions entry of ManageUnlistedGroups at force-app/main/default/permissionsets/Race_Analytics.permissionset-meta.xml:10, or enable its feature in the target org [sfperm:check would not have caught it: the permission exists in Salesforce but not in the target org (a feature of the org, which cannot be seen offline)]',
    '[INFO] sfperm diagnose: 2 failure(s) in deploy-result.json, 2 explained (PAYLOAD_UNKNOWN_PERMISSION 1, PAYLOAD_MISSING_REFERENCE 1); sfperm:check would have caught 0.',
]
def actual = log.readLines().findAll { it ==~ /^\[WARNING\] [a-z].*?:\d+: [A-Z_]+ .*/ || it.startsWith('[INFO] sfperm diagnose:') }
assert actual == expected
assert log.contains('BUILD SUCCESS') : 'diagnose fails only on unreadable input'
def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/sfperm/diagnosis.json'))
assert json.failures*.text == expected.findAll { it.startsWith('[WARNING] ') }.collect { it.substring(10) }
assert json.shape == 'sfdx-legacy-json'
assert json.summary.failures == 2 : 'result and data list the same errors once'
assert !new File(basedir, 'target/sfperm/diagnosis.json').text.contains(basedir.absolutePath) : 'no absolute path in reports'
assert !log.contains('at io.github.sfperm.') : 'no stack trace'
