// Asserts on the build log of this invoker IT: the public cases scolladon/sfdx-git-delta#366 (a Flow) and #38 (a
// Workflow), devops-center-feedback#203 (a RecordType).
def log = new File(basedir, 'build.log').text
def lines = log.readLines().findAll { it.contains('REFUSED_DELETION [') }.collect { it.trim() }
assert lines == [
    '[ERROR] manifest/destructiveChangesPost.xml:4: REFUSED_DELETION [refused-deletion-flow] Flow Account_ACU_Update (delete): Salesforce refuses this deletion through destructiveChanges with "insufficient access rights on cross-reference id" (documented); instead, deactivate the flow first (deploy its FlowDefinition with <activeVersionNumber>0</activeVersionNumber>), then delete its versions one by one (members MyFlow-1, MyFlow-2, ...), or delete the flow in Setup',
    '[ERROR] manifest/destructiveChangesPost.xml:9: REFUSED_DELETION [refused-deletion-flow-definition] FlowDefinition Account_ACU_Update (delete): Salesforce refuses this deletion through destructiveChanges with "FlowDefinition objects can only be updated" (inferred); instead, do not delete the FlowDefinition: deploy it with <activeVersionNumber>0</activeVersionNumber> to deactivate the flow, then delete the flow\'s versions (MyFlow-1, ...) or the flow in Setup',
    '[ERROR] manifest/destructiveChangesPost.xml:13: REFUSED_DELETION [refused-deletion-record-type] RecordType Account.Old_Type (delete): Salesforce refuses this deletion through destructiveChanges with "Cannot delete record type through API" (community); instead, deactivate and delete the record type in Setup (Object Manager, Record Types); keep it out of destructiveChanges',
    '[ERROR] manifest/destructiveChangesPost.xml:17: REFUSED_DELETION [refused-deletion-workflow] Workflow Lead (delete): Salesforce refuses this deletion through destructiveChanges with "Cannot delete a workflow object; Workflow Rules and Actions must be deleted individually" (community); instead, delete the workflow\'s members one by one (WorkflowRule, WorkflowAlert, WorkflowFieldUpdate, WorkflowOutboundMessage, WorkflowTask, ... Object.Name); the Workflow itself goes with its object',
] : lines.join('\n')
assert log.contains('[ERROR] sfperm: 7 components checked: 4 errors, 0 warnings (4 REFUSED_DELETION).')
assert !log.contains('Lead_Router-2 (delete): Salesforce refuses')
assert !log.contains('at io.github.sfperm.') : 'no stack trace for a user mistake'
