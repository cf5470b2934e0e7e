// Asserts on the build log of this invoker IT.
def log = new File(basedir, 'build.log').text
assert log.contains('sfperm: manifest/package.xml:6:3: The element type "types" must be terminated by the matching end-tag "</types>".')
assert !log.contains('at io.github.sfperm.') : 'no stack trace for a user mistake'
