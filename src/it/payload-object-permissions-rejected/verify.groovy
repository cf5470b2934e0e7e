// Asserts on the build log and the JSON report of this invoker IT.
def log = new File(basedir, 'build.log').text
def ps = 'force-app/main/default/permissionsets/Funds.permissionset-meta.xml'
assert log.contains('[ERROR] ' + ps + ':3: PAYLOAD_MISSING_DEPENDENCY [field-edit-needs-read] PermissionSet Funds grants Edit on Fund_4Case__c.Amount__c without Read; Salesforce rejects it with "Permission Edit Fund_4Case__c.Amount__c depends on permission(s): Read Fund_4Case__c.Amount__c"; set <readable>true</readable> in the <fieldPermissions> of Fund_4Case__c.Amount__c')
assert log.contains('[ERROR] ' + ps + ':9: PAYLOAD_MISSING_DEPENDENCY [detail-needs-master-read] PermissionSet Funds grants Create on Fund_4Case__c, a detail object of Fund_Detail__c, without Read Fund_Detail__c; Salesforce rejects it with "Permission Create Fund_4Case__c depends on permission(s): Read Fund_Detail__c"; add an <objectPermissions> entry for Fund_Detail__c with <allowRead>true</allowRead>')
assert log.contains('[ERROR] ' + ps + ':18: PAYLOAD_MISSING_DEPENDENCY [object-modify-all-needs-read-edit-delete-view-all] PermissionSet Funds grants Modify All on Fund_Report__c without Edit, Delete; Salesforce rejects it with "Permission Modify All Fund_Report__c depends on permission(s): Edit Fund_Report__c, Delete Fund_Report__c"; set <allowEdit>true</allowEdit> and <allowDelete>true</allowDelete> in the <objectPermissions> of Fund_Report__c')
assert log.contains('[WARNING] force-app/main/default/profiles/Fund Manager.profile-meta.xml:4: PAYLOAD_MISSING_DEPENDENCY [object-create-needs-read] Profile Fund Manager grants Create on Fund_Report__c without Read; Salesforce rejects it with "Permission Create Fund_Report__c depends on permission(s): Read Fund_Report__c"; set <allowRead>true</allowRead> in the <objectPermissions> of Fund_Report__c (WARN: a profile is merged with the org\'s, and an element the entry leaves out keeps the org\'s value, which may grant it)')
def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/sfperm/sfperm.json'))
def payload = json.findings.findAll { it.kind == 'PAYLOAD_MISSING_DEPENDENCY' }
assert payload.size() == 4 : payload
assert payload.find { it.ruleId == 'detail-needs-master-read' }.confidence == 'community'
assert payload.find { it.ruleId == 'object-create-needs-read' }.confidence == 'documented'
assert !new File(basedir, 'target/sfperm/sfperm.json').text.contains(basedir.absolutePath) : 'no absolute path in reports'
assert !log.contains('at io.github.sfperm.') : 'no stack trace for a user mistake'
