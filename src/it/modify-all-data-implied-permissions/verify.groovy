// Asserts on the build log of this invoker IT.
def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] sfperm: 9 components checked: no gaps.')
assert !log.contains('MISSING_PERMISSION')
assert log.contains('BUILD SUCCESS')
assert !log.contains('at io.github.sfperm.') : 'no stack trace for a user mistake'
