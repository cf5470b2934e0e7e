// Asserts on the build log of this invoker IT.
def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] allowlisted by allowlist entry 1 (type=Flow, member=Legacy_*, permission=ManageInteraction): manifest/package.xml:4: MISSING_PERMISSION [flow] Flow Legacy_Lead_Router needs ManageInteraction (rule: ManageInteraction; community)')
assert log.contains('[INFO] sfperm: 2 components checked: no gaps; 1 allowlisted.')
assert log.contains('BUILD SUCCESS')
assert !log.contains('at io.github.sfperm.') : 'no stack trace for a user mistake'
