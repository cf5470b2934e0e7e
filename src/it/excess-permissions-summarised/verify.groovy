// Asserts on the build log and the JSON report of this invoker IT.
def log = new File(basedir, 'build.log').text
def excess = log.readLines().findAll { it.contains('EXCESS_PERMISSION [least-privilege]') }
assert excess.size() == 1 : 'one console line for the permission set, not one per permission: ' + excess
assert excess[0] == '[WARNING] force-app/main/default/permissionsets/CI_Deployer.permissionset-meta.xml:34: EXCESS_PERMISSION [least-privilege] permission set CI_Deployer enables 6 permissions nothing in this deployment needs: ConvertLeads, EditTask, ExportReport, ManageCases, ManageInteraction, TransferAnyEntity; remove them, or list them in <expectedPermissions> if the deploying user needs them for something else (one finding each in the reports)'
// the dangerous one keeps its own line, with the reason
assert log.contains('[WARNING] force-app/main/default/permissionsets/CI_Deployer.permissionset-meta.xml:30: EXCESS_PERMISSION [least-privilege-dangerous] permission set CI_Deployer enables ModifyAllData ("Modify All Data"), which nothing in this deployment needs; dangerous: ')
assert log.contains('[WARNING] sfperm: 1 component checked: 0 errors, 7 warnings (7 EXCESS_PERMISSION).')
def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/sfperm/sfperm.json'))
assert json.findings.findAll { it.kind == 'EXCESS_PERMISSION' }.size() == 7 : 'the reports keep one finding per permission'
assert log.contains('BUILD SUCCESS')
