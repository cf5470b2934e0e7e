// Asserts on the build log of this invoker IT.
def log = new File(basedir, 'build.log').text
assert log.contains('[ERROR] manifest/destructiveChanges.xml:4: MISSING_PERMISSION [apex] ApexClass OldService (delete) needs AuthorApex (rule: AuthorApex; documented)')
assert log.contains('[ERROR] manifest/destructiveChanges.xml:8: MISSING_PERMISSION [flow] Flow Old_Flow-1 (delete) needs ManageInteraction (rule: ManageInteraction; community)')
assert log.contains('[ERROR] sfperm: 3 components checked: 2 errors, 0 warnings (2 MISSING_PERMISSION).')
assert !log.contains('at io.github.sfperm.') : 'no stack trace for a user mistake'
