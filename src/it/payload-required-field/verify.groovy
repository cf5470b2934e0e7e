// Asserts on the build log and the JSON report of this invoker IT.
def log = new File(basedir, 'build.log').text
def ps = 'force-app/main/default/permissionsets/Sales.permissionset-meta.xml'
assert log.contains('[ERROR] ' + ps + ':3: PAYLOAD_REQUIRED_FIELD [required-field] PermissionSet Sales has <fieldPermissions> for Account.Region__c, a required field (Region__c.field-meta.xml:6); Salesforce rejects it with "You cannot deploy to a required field: Account.Region__c"; remove the <fieldPermissions> entry of Account.Region__c: a required field is readable and editable with its object\'s permissions')
assert log.contains('[ERROR] ' + ps + ':8: PAYLOAD_REQUIRED_FIELD [required-field] PermissionSet Sales has <fieldPermissions> for Invoice_Line__c.Invoice__c, a master-detail field (Invoice__c.field-meta.xml:7); Salesforce rejects it with "You cannot deploy to a required field: Invoice_Line__c.Invoice__c"')
def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/sfperm/sfperm.json'))
assert json.findings.findAll { it.kind == 'PAYLOAD_REQUIRED_FIELD' }.size() == 2
assert json.counts.byKind.PAYLOAD_REQUIRED_FIELD == 2 : json.counts
assert !log.contains('at io.github.sfperm.') : 'no stack trace for a user mistake'
