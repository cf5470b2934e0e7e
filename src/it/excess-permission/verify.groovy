// Asserts on the build log of this invoker IT.
def log = new File(basedir, 'build.log').text
assert log.contains('[WARNING] force-app/main/default/permissionsets/CI_Deployer.permissionset-meta.xml:34: EXCESS_PERMISSION [least-privilege] permission set CI_Deployer enables ManageInteraction ("Manage Flow"), which nothing in this deployment needs; remove it, or list it in <expectedPermissions> if the deploying user needs it for something else')
assert log.contains('[WARNING] force-app/main/default/permissionsets/CI_Deployer.permissionset-meta.xml:30: EXCESS_PERMISSION [least-privilege-dangerous] permission set CI_Deployer enables ModifyAllData ("Modify All Data"), which nothing in this deployment needs; dangerous: Creates, edits and deletes every record and all setup, whatever the sharing; a leaked CI credential with it owns the org.; remove it')
assert log.contains('BUILD SUCCESS')
assert !log.contains('RunReports ("Run Reports"), which nothing')
assert !log.contains('at io.github.sfperm.') : 'no stack trace for a user mistake'
