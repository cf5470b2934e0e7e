// Asserts on the build log of this invoker IT.
def log = new File(basedir, 'build.log').text
assert log.contains('[ERROR] manifest/package.xml:4: MISSING_PERMISSION [base] CustomObject Invoice__c needs ModifyMetadata OR ModifyAllData (rule: ApiEnabled AND (ModifyMetadata OR ModifyAllData); documented)')
assert log.contains('[ERROR] manifest/package.xml:8: MISSING_PERMISSION [base] CustomTab Invoice__c needs ModifyMetadata OR ModifyAllData (rule: ApiEnabled AND (ModifyMetadata OR ModifyAllData); documented)')
assert log.contains('[ERROR]         <name>ModifyMetadata</name>')
assert !log.contains('<name>ModifyAllData</name>')
assert !log.contains('at io.github.sfperm.') : 'no stack trace for a user mistake'
