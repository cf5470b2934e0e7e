// Asserts on the build log of this invoker IT.
def log = new File(basedir, 'build.log').text
assert log.contains("sfperm: deploy-result.json:3:25: is not valid JSON: Unexpected character (']' (code 93))")
assert !new File(basedir, 'target/sfperm/diagnosis.json').exists() : 'no report from an unreadable result'
assert !log.contains('at io.github.sfperm.') : 'no stack trace for a user mistake'
assert log.count('is not valid JSON') == 1 : 'the message is printed once, not repeated by Maven'
assert log.readLines().findAll { it.contains('sfperm') }.every { !it.contains(basedir.absolutePath) } : 'no absolute path'
