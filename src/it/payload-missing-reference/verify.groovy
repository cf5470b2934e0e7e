// Asserts on the build log and the JSON report of this invoker IT.
def log = new File(basedir, 'build.log').text
def lines = log.readLines().findAll { it.contains('PAYLOAD_MISSING_REFERENCE [') }.collect { it.trim() }.unique()
def ps = 'force-app/main/default/permissionsets/Billing.permissionset-meta.xml'
def psg = 'force-app/main/default/permissionsetgroups/Sales.permissionsetgroup-meta.xml'
assert lines == [
    '[ERROR] ' + psg + ':8: PAYLOAD_MISSING_REFERENCE [reference-group-permission-set] PermissionSetGroup Sales names the PermissionSet XYZ_for_Community in <permissionSets>, which neither this deployment, the source tree nor <targetOrg><permissionSets> holds; Salesforce rejects it with "Cannot create permission set group components since the following permission set names are invalid: XYZ_for_Community": remove <permissionSets>XYZ_for_Community</permissionSets>, or add PermissionSet XYZ_for_Community to the deployment (ERROR: <targetOrg><permissionSets> declares what the org holds, and it is not there)',
    '[ERROR] ' + ps + ':8: PAYLOAD_MISSING_REFERENCE [reference-field] PermissionSet Billing names the CustomField Invoice__c.Discount__c in <fieldPermissions>, which the project\'s Invoice__c (objects/Invoice__c/Invoice__c.object-meta.xml) does not have and this deployment does not deploy; Salesforce rejects it with "In field: field - no CustomField named Invoice__c.Discount__c found": remove the <fieldPermissions> entry of Invoice__c.Discount__c, or add CustomField Invoice__c.Discount__c to the deployment, or, if the target org has it, declare it: <targetOrg><components><component>CustomField:Invoice__c.Discount__c</component></components> (ERROR: the project defines the object, so an entry for something it lacks is stale: deleted or renamed)',
    '[WARNING] ' + ps + ':18: PAYLOAD_MISSING_REFERENCE [reference-field] PermissionSet Billing names the CustomField Account.Credit_Rating__c in <fieldPermissions>, which neither this deployment nor the source tree holds; if the target org has none, Salesforce rejects it with "In field: field - no CustomField named Account.Credit_Rating__c found": remove the <fieldPermissions> entry of Account.Credit_Rating__c, or add CustomField Account.Credit_Rating__c to the deployment, or, if the target org has it, declare it: <targetOrg><components><component>CustomField:Account.Credit_Rating__c</component></components> (WARN: the target org may have it)',
    '[WARNING] ' + ps + ':33: PAYLOAD_MISSING_REFERENCE [reference-object] PermissionSet Billing names the CustomObject Payment__c in <objectPermissions>, which neither this deployment nor the source tree holds; if the target org has none, Salesforce rejects it with "no CustomObject named Payment__c found": remove the <objectPermissions> entry of Payment__c, or add CustomObject Payment__c to the deployment, or, if the target org has it, declare it: <targetOrg><components><component>CustomObject:Payment__c</component></components> (WARN: the target org may have it)',
] : lines.join('\n')
// standard components (a feature of the org: DandbCompanyId, WorkPlan) are never reported; members found are fine
assert !log.contains('DandbCompanyId')
assert !log.contains('named WorkPlan')
assert !log.contains('PermissionSet Sales_Base')
assert !log.contains('PermissionSet Billing in <permissionSets>')
def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/sfperm/sfperm.json'))
assert json.counts.byKind.PAYLOAD_MISSING_REFERENCE == 4 : json.counts
assert !log.contains('at io.github.sfperm.') : 'no stack trace for a user mistake'
