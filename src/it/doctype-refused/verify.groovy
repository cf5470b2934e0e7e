// Asserts on the build log of this invoker IT.
def log = new File(basedir, 'build.log').text
assert log.contains('sfperm: manifest/package.xml:2:')
assert log.contains('a DOCTYPE declaration is not allowed: sfperm never reads DTDs or external entities')
assert !log.contains('TOP-SECRET-VALUE')
assert !log.contains('at io.github.sfperm.') : 'no stack trace for a user mistake'
