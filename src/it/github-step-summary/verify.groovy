// Asserts on the build log of this invoker IT.
def log = new File(basedir, 'build.log').text
assert log.contains('::error file=manifest/package.xml,line=4,title=MISSING_PERMISSION::')
def summary = new File(basedir, 'summary.md').text
assert summary.startsWith('# Earlier step\n') : 'appended, not overwritten'
assert summary.contains('| `manifest/package.xml:4` | ApexClass AccountService | `AuthorApex` |')
assert !log.contains('at io.github.sfperm.') : 'no stack trace for a user mistake'
