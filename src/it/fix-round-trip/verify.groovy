// Asserts on the build log of this invoker IT.
def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] sfperm: wrote target/sfperm/sfperm_Deployer.permissionset-meta.xml with')
assert log.contains('[INFO] sfperm: 5 components checked: no gaps.')
assert log.contains('BUILD SUCCESS')
assert !log.contains('ModifyAllData')
def ps = new File(basedir, 'target/sfperm/sfperm_Deployer.permissionset-meta.xml').text
['ApiEnabled', 'AuthorApex', 'CustomizeApplication', 'EditPublicFilters', 'ManageCustomPermissions',
 'ManageInteraction', 'ManageRemoteAccess', 'ViewRoles', 'ViewSetup'].each { assert ps.contains("<name>${it}</name>") }
assert !ps.contains('<name>ModifyAllData</name>') : 'never ModifyAllData where ManageRemoteAccess suffices'
assert !new File(basedir, 'force-app').exists() : 'nothing written into the source tree'
assert !log.contains('at io.github.sfperm.') : 'no stack trace for a user mistake'
