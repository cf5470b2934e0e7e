// Asserts on the build log of this invoker IT.
def log = new File(basedir, 'build.log').text
assert log.contains('[ERROR] force-app/main/default/permissionsets/CI_Deployer.permissionset-meta.xml:4: LICENSE_FORBIDS [licence-assignment] permission set CI_Deployer has <license>Salesforce</license>: Salesforce cannot assign it to a user with the SalesforceIntegration licence; remove <license> (permission sets for integration users carry no licence)')
assert log.contains('[ERROR] sfperm: 1 component checked: 1 error, 0 warnings (1 LICENSE_FORBIDS).')
assert !log.contains('MISSING_PERMISSION')
assert !log.contains('at io.github.sfperm.') : 'no stack trace for a user mistake'
