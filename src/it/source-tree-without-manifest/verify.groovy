// Asserts on the build log of this invoker IT.
def log = new File(basedir, 'build.log').text
assert log.contains('[ERROR] force-app/main/default/classes/DemoController.cls-meta.xml: MISSING_PERMISSION [apex] ApexClass DemoController needs AuthorApex (rule: AuthorApex; documented)')
assert log.contains('[ERROR] force-app/test/default/classes/DemoControllerTests.cls-meta.xml: MISSING_PERMISSION [apex] ApexClass DemoControllerTests needs AuthorApex (rule: AuthorApex; documented)')
assert log.contains('[ERROR] sfperm: 3 components checked: 2 errors, 0 warnings (2 MISSING_PERMISSION).')
assert !log.contains('DemoPage needs')
assert !log.contains('at io.github.sfperm.') : 'no stack trace for a user mistake'
