// Asserts on the build log and the reports of this invoker IT: every line, in order.
def log = new File(basedir, 'build.log').text
def expected = [
    '[WARNING] deploy-result.json:1: MISSING_PERMISSION Deployment INSUFFICIENT_ACCESS: the deploying user may not use the Metadata API at all: it needs ApiEnabled AND (ModifyMetadata OR ModifyAllData); grant the deploying user ModifyMetadata OR ModifyAllData: <userPermissions><enabled>true</enabled><name>ModifyMetadata</name></userPermissions><userPermissions><enabled>true</enabled><name>ViewRoles</name></userPermissions><userPermissions><enabled>true</enabled><name>ViewSetup</name></userPermissions> [sfperm:check would have caught it: it reports MISSING_PERMISSION (base) at force-app/main/default/classes/AccountService.cls-meta.xml]',
    '[INFO] sfperm diagnose: 1 failure(s) in deploy-result.json, 1 explained (MISSING_PERMISSION 1); sfperm:check would have caught 1.',
]
def actual = log.readLines().findAll { it ==~ /^\[WARNING\] [a-z].*?:\d+: [A-Z_]+ .*/ || it.startsWith('[INFO] sfperm diagnose:') }
assert actual == expected
assert log.contains('BUILD SUCCESS') : 'diagnose fails only on unreadable input'
def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/sfperm/diagnosis.json'))
assert json.failures*.text == expected.findAll { it.startsWith('[WARNING] ') }.collect { it.substring(10) }
assert json.shape == 'sf-json'
assert json.failures[0].scope == 'deployment'
assert json.failures[0].grant == ['ModifyMetadata', 'ViewRoles', 'ViewSetup']
assert json.failures[0].check.status == 'caught'
assert !new File(basedir, 'target/sfperm/diagnosis.json').text.contains(basedir.absolutePath) : 'no absolute path in reports'
assert !log.contains('at io.github.sfperm.') : 'no stack trace'
