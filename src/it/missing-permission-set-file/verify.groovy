// Asserts on the build log of this invoker IT.
def log = new File(basedir, 'build.log').text
assert log.contains('sfperm: force-app/main/default/permissionsets/Typo.permissionset-meta.xml: the deployer\'s permission set file does not exist')
assert !log.contains('at io.github.sfperm.') : 'no stack trace for a user mistake'
