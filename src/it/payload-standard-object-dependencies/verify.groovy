// Asserts on the build log and the JSON report of this invoker IT.
def log = new File(basedir, 'build.log').text
def ps = 'force-app/main/default/permissionsets/Service.permissionset-meta.xml'
def profile = 'force-app/main/default/profiles/Support Agent.profile-meta.xml'
assert log.contains('[ERROR] ' + ps + ':38: PAYLOAD_MISSING_DEPENDENCY [edit-case-comments-needs-case-edit] PermissionSet Service enables EditCaseComments without Edit Case; Salesforce rejects it with "Permission Edit Case Comments depends on permission(s): Edit Case"; set <allowEdit>true</allowEdit> in the <objectPermissions> of Case (line 27)')
assert log.contains('[ERROR] ' + ps + ':18: PAYLOAD_MISSING_DEPENDENCY [asset-view-all-needs-account-view-all] PermissionSet Service grants Read All on Asset without Read All Account; Salesforce rejects it with "Permission Read All Asset depends on permission(s): Read All Account"; set <viewAllRecords>true</viewAllRecords> in the <objectPermissions> of Account (line 9)')
assert log.contains('[ERROR] ' + ps + ':3: PAYLOAD_REQUIRED_FIELD [formula-field-not-editable] PermissionSet Service grants Edit on Account.Score__c, a formula field (Score__c.field-meta.xml:4), which no permission set or profile can make editable; set <editable>false</editable> in the <fieldPermissions> of Account.Score__c')
assert log.contains('[WARNING] ' + profile + ':10: PAYLOAD_MISSING_DEPENDENCY [convert-leads-needs-account-create] Profile Support Agent enables ConvertLeads without Create Account; Salesforce rejects it with "Permission Convert Leads depends on permission(s): Create Account"; add an <objectPermissions> entry for Account with <allowCreate>true</allowCreate> (WARN: a profile is merged with the org\'s, whose profile may already grant it)')
assert log.contains('[WARNING] ' + profile + ':4: PAYLOAD_MISSING_DEPENDENCY [contract-needs-account-read] Profile Support Agent grants Read on Contract without Read Account; Salesforce rejects it with "Permission Read Contract depends on permission(s): Read Account"; add an <objectPermissions> entry for Account with <allowRead>true</allowRead> (WARN: a profile is merged with the org\'s, whose profile may already grant it)')
def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/sfperm/sfperm.json'))
def payload = json.findings.findAll { it.kind.startsWith('PAYLOAD_') }
assert payload.size() == 5 : payload
assert payload.every { it.confidence == 'community' } : payload
assert payload.find { it.ruleId == 'formula-field-not-editable' }.kind == 'PAYLOAD_REQUIRED_FIELD'
assert !new File(basedir, 'target/sfperm/sfperm.json').text.contains(basedir.absolutePath) : 'no absolute path in reports'
assert !log.contains('at io.github.sfperm.') : 'no stack trace for a user mistake'
