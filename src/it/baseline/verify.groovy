// Asserts on the build log of this invoker IT.
def log = new File(basedir, 'build.log').text
assert log.contains('[ERROR] manifest/package.xml:8: MISSING_PERMISSION [apex] ApexClass NewService needs AuthorApex')
assert log.contains('[ERROR] sfperm: 2 components checked: 1 error, 0 warnings (1 MISSING_PERMISSION); 2 in the baseline.')
assert !log.contains('Flow Old_Flow needs')
def baseline = new groovy.json.JsonSlurper().parse(new File(basedir, 'sfperm-baseline.json'))
assert baseline.schemaVersion == 1
assert baseline.findings*.subject.sort() == ['deploy Flow Old_Flow: ManageInteraction',
        'force-app/main/default/permissionsets/CI_Deployer.permissionset-meta.xml: CustomizeApplication']
assert !log.contains('at io.github.sfperm.') : 'no stack trace for a user mistake'
