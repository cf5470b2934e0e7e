// Asserts on the build log of this invoker IT.
def log = new File(basedir, 'build.log').text
assert log.contains('sfperm: manifest/package.xml:2:')
assert log.contains('a DOCTYPE declaration is not allowed: sfperm never reads DTDs or external entities')
assert log.count('a DOCTYPE declaration is not allowed') == 1 : 'the message is printed once, not repeated by Maven'
assert !log.contains('disallow-doctype-decl') : "the parser's own message is not appended"
def ours = log.readLines().findAll { it.contains('sfperm') }
assert ours.every { !it.contains(basedir.absolutePath) } : 'no absolute path of the machine in sfperm lines'
assert !log.contains('TOP-SECRET-VALUE')
assert !log.contains('at io.github.sfperm.') : 'no stack trace for a user mistake'
