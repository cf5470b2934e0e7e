// Asserts on the build log of this invoker IT.
def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] Flow (deploy): ApiEnabled AND (ModifyMetadata OR ModifyAllData) [base] documented, every type;')
assert log.contains('[INFO] Flow (deploy): ManageInteraction [flow] community;')
assert log.contains('[INFO] Flow (delete): ManageInteraction [flow] community;')
assert log.contains('BUILD SUCCESS')
assert !log.contains('at io.github.sfperm.') : 'no stack trace for a user mistake'
// a whole Flow cannot be deleted through destructiveChanges whatever the deployer holds
assert log.contains('[INFO] Flow (delete): refused by Salesforce through destructiveChanges with "insufficient access rights on cross-reference id" [refused-deletion-flow] documented; https://issues.salesforce.com/issue/a028c00000gAwixAAC/deletion-of-flow-metadata-through-destructive-changes-not-supported')
assert log.contains('[INFO]     instead, deactivate the flow first')
