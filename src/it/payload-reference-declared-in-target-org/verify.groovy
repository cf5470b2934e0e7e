// Asserts on the build log of this invoker IT: what targetOrg declares satisfies the payloads' references.
def log = new File(basedir, 'build.log').text
def lines = log.readLines().findAll { it.contains('PAYLOAD_MISSING_REFERENCE [') }.collect { it.trim() }.unique()
assert lines == [
    '[WARNING] force-app/main/default/profiles/Support.profile-meta.xml:4: PAYLOAD_MISSING_REFERENCE [reference-field] Profile Support names the CustomField Case.Escalation_Reason__c in <fieldPermissions>, which neither this deployment, the source tree nor <targetOrg><components> holds; if the target org has none, Salesforce rejects it with "In field: field - no CustomField named Case.Escalation_Reason__c found": remove the <fieldPermissions> entry of Case.Escalation_Reason__c, or add CustomField Case.Escalation_Reason__c to the deployment (WARN: a profile; Salesforce merges it with the org\'s profile, and deployment tools report that it does not reliably reject a profile\'s entries for missing components)',
] : lines.join('\n')
assert !log.contains('Legacy_Id__c')
assert !log.contains('LegacyService')
assert !log.contains('Sales_Base')
assert log.contains('[INFO] BUILD SUCCESS')
