// Asserts on the build log of this invoker IT.
def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] allowlisted by allowlist entry 1 of shared/sfperm-allowlist.xml (type=Flow): manifest/package.xml:4: MISSING_PERMISSION [flow] Flow Lead_Router needs ManageInteraction')
assert log.contains('[ERROR] shared/sfperm-allowlist.xml:7: ALLOWLIST_UNUSED [allowlist] allowlist entry 2 of shared/sfperm-allowlist.xml (type=Territory2) matched no finding; remove it (reason was: Territories are deployed by hand)')
assert !log.contains('at io.github.sfperm.') : 'no stack trace for a user mistake'
