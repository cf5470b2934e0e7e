// Asserts on the build log and the reports of this invoker IT: every line, in order.
def log = new File(basedir, 'build.log').text
def expected = [
    '[WARNING] force-app/main/default/flexipages/Account_Record_Page.flexipage-meta.xml:6: ORG_FEATURE FlexiPage Account_Record_Page: FlexiPage Account_Record_Page uses the Lightning component forceChatter:recordFeedContainer, which the target org does not offer (its feature is off); enable the feature of forceChatter:recordFeedContainer in the target org, or remove it from force-app/main/default/flexipages/Account_Record_Page.flexipage-meta.xml:6 [sfperm:check would not have caught it: an org\'s features and settings cannot be seen offline; sf project deploy start --dry-run is the server-side check]',
    '[INFO] sfperm diagnose: 1 failure(s) in deploy-result.xml, 1 explained (ORG_FEATURE 1); sfperm:check would have caught 0.',
]
def actual = log.readLines().findAll { it ==~ /^\[WARNING\] [a-z].*?:\d+: [A-Z_]+ .*/ || it.startsWith('[INFO] sfperm diagnose:') }
assert actual == expected
assert log.contains('BUILD SUCCESS') : 'diagnose fails only on unreadable input'
def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/sfperm/diagnosis.json'))
assert json.failures*.text == expected.findAll { it.startsWith('[WARNING] ') }.collect { it.substring(10) }
assert json.shape == 'metadata-api-xml'
assert json.deployResult == 'deploy-result.xml'
assert json.failures[0].named == [component: 'forceChatter:recordFeedContainer']
assert !new File(basedir, 'target/sfperm/diagnosis.json').text.contains(basedir.absolutePath) : 'no absolute path in reports'
assert !log.contains('at io.github.sfperm.') : 'no stack trace'
