// Asserts on the build log of this invoker IT.
def log = new File(basedir, 'build.log').text
assert log.contains('[ERROR] manifest/package.xml:4: MISSING_PERMISSION [flow] Flow Lead_Router needs ManageInteraction (rule: ManageInteraction; community)')
assert log.contains('[ERROR] manifest/package.xml:8: MISSING_PERMISSION [flow] FlowDefinition Lead_Router needs ManageInteraction (rule: ManageInteraction; community)')
assert log.contains('[ERROR]         <name>ManageInteraction</name>')
assert !log.contains('<name>ManageFlows</name>')
def dir = new File(basedir, 'target/sfperm')
def sarif = new groovy.json.JsonSlurper().parse(new File(dir, 'sfperm.sarif'))
assert sarif.version == '2.1.0'
def flow = sarif.runs[0].results.find { it.ruleId == 'flow' && it.locations[0].physicalLocation.region.startLine == 4 }
assert flow.locations[0].physicalLocation.artifactLocation.uri == 'manifest/package.xml'
assert flow.partialFingerprints['sfperm/v1']
def json = new groovy.json.JsonSlurper().parse(new File(dir, 'sfperm.json'))
assert json.gate.failed == true
assert json.counts.byKind.MISSING_PERMISSION == 2
assert new File(dir, 'sfperm-junit.xml').text.contains('<testcase classname="Flow" name="Lead_Router (deploy)" time="0">')
assert new File(dir, 'sfperm.md').text.contains('| `manifest/package.xml:4` | Flow Lead_Router | `ManageInteraction` |')
assert !new File(dir, 'sfperm.sarif').text.contains(basedir.absolutePath) : 'no absolute path in reports'
assert !log.contains('at io.github.sfperm.') : 'no stack trace for a user mistake'
