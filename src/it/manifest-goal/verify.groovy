// sfperm:manifest wrote the package.xml Salesforce's tooling would write, and said what it left out.
def manifest = new File(basedir, 'target/sfperm/package.xml')
assert manifest.isFile() : 'target/sfperm/package.xml was not written'
def expected = new File(basedir, 'expected-package.xml').text
assert manifest.text == expected

def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] sfperm: wrote 9 components of 7 types to target/sfperm/package.xml (API version 62.0)')
assert log.contains('[WARNING] sfperm: force-app/main/default/classes/Orphan.cls: not deployed: the source of ApexClass Orphan needs its metadata file Orphan.cls-meta.xml beside it')
assert !log.contains('jsconfig.json') : '.forceignore applies'
assert log.contains('BUILD SUCCESS')
assert !new File(basedir, 'force-app/main/default/package.xml').exists() : 'the source tree is not written to'
