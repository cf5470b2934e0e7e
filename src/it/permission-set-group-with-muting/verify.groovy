// Asserts on the build log of this invoker IT.
def log = new File(basedir, 'build.log').text
assert log.contains('[ERROR] manifest/package.xml:4: MISSING_PERMISSION [apex] ApexClass AccountService needs AuthorApex (rule: AuthorApex; documented)')
assert log.contains('[ERROR] sfperm: 2 components checked: 1 error, 1 warning (1 EXCESS_PERMISSION, 1 MISSING_PERMISSION).')
assert !log.contains('Flow Lead_Router needs')
assert !log.contains('at io.github.sfperm.') : 'no stack trace for a user mistake'
