// Asserts on the build log of this invoker IT.
def log = new File(basedir, 'build.log').text
assert log.contains('[ERROR] manifest/package.xml:4: MISSING_PERMISSION [flow] Flow Legacy_Lead_Router needs ManageInteraction (rule: ManageInteraction; community)')
assert log.contains('[ERROR] pom.xml: ALLOWLIST_EXPIRED [allowlist] allowlist entry 1 (type=Flow, member=Legacy_*) expired after 2020-01-31 and no longer suppresses anything; fix the gap, or renew the entry with a new <until> (reason was: INC-123)')
assert log.contains('[ERROR] sfperm: 1 component checked: 2 errors, 1 warning (1 ALLOWLIST_EXPIRED, 1 EXCESS_PERMISSION, 1 MISSING_PERMISSION).')
assert !log.contains('at io.github.sfperm.') : 'no stack trace for a user mistake'
