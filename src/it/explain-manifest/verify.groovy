// Asserts on the build log of this invoker IT.
def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] sfperm: what this deployment needs (4 components), by requirement:')
assert log.contains('[INFO] ApiEnabled AND (ModifyMetadata OR ModifyAllData) — every component [base, documented]')
assert log.contains('[INFO] AuthorApex — 1 component')
assert log.contains('[INFO]     manifest/package.xml:4 ApexClass AccountService [apex, documented]')
assert log.contains('[INFO] ManageInteraction — 1 component')
assert log.contains('[INFO]     manifest/package.xml:8 Flow Lead_Router [flow, community]')
assert log.contains('[INFO]     [apex] https://')
assert log.contains('[INFO] sfperm: the least privileged deployer holds ApiEnabled ("API Enabled"), AuthorApex ("Author Apex"),')
assert log.contains('BUILD SUCCESS')
def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/sfperm/catalogue.json'))
assert json.types.size() == 569
def flow = json.types.find { it.type == 'Flow' }
assert flow.rules.find { it.id == 'flow' }.requires == 'ManageInteraction'
assert flow.rules.find { it.id == 'base' }.requires == 'ApiEnabled AND (ModifyMetadata OR ModifyAllData)'
assert json.types.find { it.type == 'CustomField' }.rules*.id.containsAll(['custom-field', 'custom-object'])
assert !log.contains('at io.github.sfperm.') : 'no stack trace for a user mistake'
assert log.contains('[INFO] sfperm: catalogue written to target/sfperm/catalogue.json') : 'the path relative to the project'
assert log.readLines().findAll { it.contains('sfperm') }.every { !it.contains(basedir.absolutePath) }
