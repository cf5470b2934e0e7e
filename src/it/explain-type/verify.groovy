// Asserts on the build log of this invoker IT.
def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] Flow (deploy): ApiEnabled AND (ModifyMetadata OR ModifyAllData) [base] documented, every type;')
assert log.contains('[INFO] Flow (deploy): ManageInteraction [flow] community;')
assert log.contains('[INFO] Flow (delete): ManageInteraction [flow] community;')
assert log.contains('BUILD SUCCESS')
assert !log.contains('at io.github.sfperm.') : 'no stack trace for a user mistake'
