// Asserts on the build log of this invoker IT.
def log = new File(basedir, 'build.log').text
assert log.contains('[ERROR] manifest/package.xml:4: MISSING_PERMISSION [apex] ApexClass AccountService needs AuthorApex (rule: AuthorApex; documented)')
assert log.contains('[ERROR] manifest/package.xml:5: MISSING_PERMISSION [apex] ApexClass InvoiceService needs AuthorApex (rule: AuthorApex; documented)')
assert log.contains('[ERROR] manifest/package.xml:9: MISSING_PERMISSION [apex] ApexTrigger InvoiceTrigger needs AuthorApex (rule: AuthorApex; documented)')
assert log.contains('[ERROR] sfperm: 4 components checked: 3 errors, 0 warnings (3 MISSING_PERMISSION).')
assert log.contains('[ERROR] sfperm: to close every gap, add to force-app/main/default/permissionsets/CI_Deployer.permissionset-meta.xml:')
assert log.contains('[ERROR]         <name>AuthorApex</name>')
assert log.contains('sfperm found 3 error(s) in missing-author-apex; see the lines above for each one and how to close it')
assert !log.contains('Invoice__c needs')
assert !log.contains('at io.github.sfperm.') : 'no stack trace for a user mistake'
