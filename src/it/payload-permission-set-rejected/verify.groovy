// Asserts on the build log of this invoker IT.
def log = new File(basedir, 'build.log').text
assert log.contains('[ERROR] force-app/main/default/permissionsets/Ops.permissionset-meta.xml:6: PAYLOAD_UNKNOWN_PERMISSION [payload-unknown-permission] PermissionSet Ops names \'ManageFlows\', which is not a user permission sfperm knows (did you mean ManageInteraction ("Manage Flow")?); Salesforce rejects the deploy with "Unknown user permission: ManageFlows"')
assert log.contains('[ERROR] force-app/main/default/permissionsets/Ops.permissionset-meta.xml:10: PAYLOAD_MISSING_DEPENDENCY [payload-dependencies] PermissionSet Ops enables ModifyMetadata without ViewRoles, ViewSetup; Salesforce rejects it with "Permission ModifyMetadata depends on permission(s): ViewRoles, ViewSetup"')
assert !log.contains('at io.github.sfperm.') : 'no stack trace for a user mistake'
