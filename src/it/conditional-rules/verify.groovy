// Asserts on the build log of the three invocations of this invoker IT.
def log = new File(basedir, 'build.log').text
// 1: the profile assignment needs Modify All Data
assert log.contains('[ERROR] manifest/assigns-profile.xml:4: MISSING_PERMISSION [connected-app-profiles] ConnectedApp Partner_Portal needs ModifyAllData because its file has <ConnectedApp/profileName> (rule: CustomizeApplication AND ModifyAllData AND ManageProfilesPermissionsets; documented)')
assert log.contains('[ERROR] sfperm: 1 component checked: 1 error, 0 warnings (1 MISSING_PERMISSION).')
// 2: no assignment, no extra rule
assert log.contains('[INFO] sfperm: 1 component checked: no gaps.')
assert !log.contains('Reporting_Api needs')
// 3: trusted IP ranges
assert log.contains('[ERROR] manifest/security-settings.xml:4: MISSING_PERMISSION [security-settings-network-access] Settings Security needs ManageIpAddresses because its file has <SecuritySettings/networkAccess> (rule: ManageIpAddresses; inferred)')
assert log.count('BUILD SUCCESS') == 1
assert !log.contains('at io.github.sfperm.') : 'no stack trace for a user mistake'
