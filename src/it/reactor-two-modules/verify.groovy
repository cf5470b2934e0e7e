// Each module reports its own gaps; the last sfperm line of the log names the failing module.
def log = new File(basedir, 'build.log').text
assert log.contains('[ERROR] manifest/package.xml:4: MISSING_PERMISSION [apex] ApexClass AccountService needs AuthorApex')
assert log.contains('[INFO] sfperm: 1 component checked: no gaps.')
def sfpermLines = log.readLines().findAll { it.contains('sfperm: ') && !it.contains('Failed to execute goal') }
assert sfpermLines.last() == '[ERROR] sfperm: reactor: 2 modules checked; failing: sales-app (2 errors)'
assert new File(basedir, 'sales-app/target/sfperm/sfperm.json').exists()
assert new File(basedir, 'service-app/target/sfperm/sfperm.json').exists()
assert !log.contains('at io.github.sfperm.') : 'no stack trace for a user mistake'
