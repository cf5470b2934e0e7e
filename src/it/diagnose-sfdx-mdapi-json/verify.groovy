// Asserts on the build log and the reports of this invoker IT: every line, in order.
def log = new File(basedir, 'build.log').text
def expected = [
    '[WARNING] force-app/main/default/queues/Support.queue-meta.xml:1: MISSING_REFERENCE Queue Support: Queue Support names a user the target org does not have; replace the username at force-app/main/default/queues/Support.queue-meta.xml:1 with a user of the target org (or a public group or role), or create the user there first [sfperm:check could not tell: no <deployer> is configured, so sfperm cannot tell what the deploying user holds]',
    '[INFO] sfperm diagnose: 1 failure(s) in deploy-result.json, 1 explained (MISSING_REFERENCE 1); sfperm:check could not run: no <deployer> is configured, so sfperm cannot tell what the deploying user holds.',
]
def actual = log.readLines().findAll { it ==~ /^\[WARNING\] [a-z].*?:\d+: [A-Z_]+ .*/ || it.startsWith('[INFO] sfperm diagnose:') }
assert actual == expected
assert log.contains('BUILD SUCCESS') : 'diagnose fails only on unreadable input'
def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/sfperm/diagnosis.json'))
assert json.failures*.text == expected.findAll { it.startsWith('[WARNING] ') }.collect { it.substring(10) }
assert json.shape == 'sf-json'
assert json.check.ran == false
assert json.failures[0].check.status == 'unknown'
assert !new File(basedir, 'target/sfperm/diagnosis.json').text.contains(basedir.absolutePath) : 'no absolute path in reports'
assert !log.contains('at io.github.sfperm.') : 'no stack trace'
