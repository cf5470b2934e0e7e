// Asserts on the build log of this invoker IT.
def log = new File(basedir, 'build.log').text
assert log.contains('[WARNING] manifest/package.xml:4: UNKNOWN_TYPE [unregistered-type] Flows Lead_Router: \'Flows\' is not a Metadata API type sfperm knows (did you mean Flow?); only the base rule was checked. Add a rule in a ruleFiles file, or allowlist it')
assert log.contains('[WARNING] sfperm: 2 components checked: 0 errors, 1 warning (1 UNKNOWN_TYPE).')
assert log.contains('BUILD SUCCESS')
assert !log.contains('at io.github.sfperm.') : 'no stack trace for a user mistake'
