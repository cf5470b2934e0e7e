// Asserts on the build log of both invocations of this invoker IT.
def log = new File(basedir, 'build.log').text
// 1: default (inferred): both rules fail
assert log.contains('[ERROR] manifest/package.xml:4: MISSING_PERMISSION [our-flows] Flow Lead_Router needs ManageSharing (rule: ManageSharing; inferred)')
assert log.contains('[ERROR] manifest/package.xml:8: MISSING_PERMISSION [our-classes] ApexClass AccountService needs ViewAllData (rule: ViewAllData; documented)')
assert log.contains('[ERROR] sfperm: 2 components checked: 2 errors, 0 warnings (2 MISSING_PERMISSION).')
// 2: community: the inferred rule warns and says why, the documented one still fails
assert log.contains('[WARNING] manifest/package.xml:4: MISSING_PERMISSION [our-flows] Flow Lead_Router needs ManageSharing, a warning only: its rule is inferred, below failOnConfidence community (rule: ManageSharing; inferred)')
assert log.count('[ERROR] manifest/package.xml:8: MISSING_PERMISSION [our-classes] ApexClass AccountService needs ViewAllData (rule: ViewAllData; documented)') == 2
assert log.contains('[ERROR] sfperm: 2 components checked: 1 error, 1 warning (2 MISSING_PERMISSION).')
// the fix still closes the warning, marked
assert log.count('[ERROR]         <name>ManageSharing</name>') == 2
assert log.contains('[ERROR] sfperm: note: ManageSharing close(s) only warnings of rules below failOnConfidence: our-flows (inferred)')
def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/sfperm-community/sfperm.json'))
assert json.gate.failed == true
assert !log.contains('at io.github.sfperm.') : 'no stack trace for a user mistake'
