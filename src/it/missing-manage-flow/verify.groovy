// Asserts on the build log of this invoker IT.
def log = new File(basedir, 'build.log').text
assert log.contains('[ERROR] manifest/package.xml:4: MISSING_PERMISSION [flow] Flow Lead_Router needs ManageInteraction (rule: ManageInteraction; inferred)')
assert log.contains('[ERROR] manifest/package.xml:8: MISSING_PERMISSION [flow] FlowDefinition Lead_Router needs ManageInteraction (rule: ManageInteraction; inferred)')
assert log.contains('[ERROR]         <name>ManageInteraction</name>')
assert !log.contains('<name>ManageFlows</name>')
assert !log.contains('at io.github.sfperm.') : 'no stack trace for a user mistake'
