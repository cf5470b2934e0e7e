// Asserts on the build log and the written manifest of this invoker IT.
def log = new File(basedir, 'build.log').text
// the default manifest salesforce/manifest/package.xml was found, and the group's members and muting permission set
// in salesforce/force-app: the muted AuthorApex is missing
assert log.contains('[ERROR] salesforce/manifest/package.xml:4: MISSING_PERMISSION [apex] ApexClass AccountService needs AuthorApex (rule: AuthorApex; documented)')
assert log.contains('[ERROR] sfperm: 2 components checked: 1 error, 1 warning (1 EXCESS_PERMISSION, 1 MISSING_PERMISSION).')
assert !log.contains('Flow Lead_Router needs')
// the manifest goal read the source tree of salesforce/
def manifest = new File(basedir, 'target/sfperm/package.xml')
assert manifest.isFile()
def xml = manifest.text
assert xml.contains('<members>AccountService</members>')
assert xml.contains('<members>Deployers</members>')
assert xml.contains('<version>62.0</version>')
assert log.contains('to target/sfperm/package.xml (API version 62.0)')
assert !log.contains('at io.github.sfperm.') : 'no stack trace for a user mistake'
