// Asserts on the build log of this invoker IT.
def log = new File(basedir, 'build.log').text
assert log.contains('[WARNING] pom.xml: ALLOWLIST_UNUSED [allowlist] allowlist entry 1 (type=Territory2) matched no finding; remove it (reason was: Territories are deployed by hand)')
assert log.contains('[WARNING] sfperm: 1 component checked: 0 errors, 1 warning (1 ALLOWLIST_UNUSED).')
assert log.contains('BUILD SUCCESS')
assert !log.contains('at io.github.sfperm.') : 'no stack trace for a user mistake'
