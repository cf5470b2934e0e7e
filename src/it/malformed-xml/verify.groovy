// Asserts on the build log of this invoker IT: the parse error once, with the project-relative path, no stack trace.
def log = new File(basedir, 'build.log').text
def message = 'sfperm: manifest/package.xml:6:3: The element type "types" must be terminated by the matching end-tag "</types>".'
assert log.contains(message)
assert log.count('must be terminated by the matching end-tag') == 1 : 'the message is printed once, not repeated by Maven'
def ours = log.readLines().findAll { it.contains('sfperm') }
assert ours.every { !it.contains(basedir.absolutePath) } : 'no absolute path of the machine in sfperm lines'
assert !log.contains('at io.github.sfperm.') : 'no stack trace for a user mistake'
