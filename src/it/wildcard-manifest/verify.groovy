// Asserts on the build log of this invoker IT.
def log = new File(basedir, 'build.log').text
assert log.contains('[ERROR] manifest/package.xml:4: MISSING_PERMISSION [apex] ApexClass LookupSearchResult needs AuthorApex (rule: AuthorApex; documented)')
assert log.contains('[ERROR] manifest/package.xml:4: MISSING_PERMISSION [apex] ApexClass SampleLookupController needs AuthorApex (rule: AuthorApex; documented)')
assert log.contains('[WARNING] manifest/package.xml:12: EMPTY_WILDCARD [wildcard] * for Flow matches nothing in the source tree')
assert log.contains('[ERROR] sfperm: 6 components checked: 4 errors, 1 warning (1 EMPTY_WILDCARD, 4 MISSING_PERMISSION).')
assert !log.contains('ApexClass * needs')
assert !log.contains('at io.github.sfperm.') : 'no stack trace for a user mistake'
