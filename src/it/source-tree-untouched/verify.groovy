// After check, explain, manifest and fix: the tree outside target/ is exactly as before the build, and every goal
// wrote what it writes under target/.
def log = new File(basedir, 'build.log').text
assert log.count('BUILD SUCCESS') == 2 : 'both builds succeed'
assert !log.contains('at io.github.sfperm.') : 'no stack trace'
assert log.contains('MISSING_PERMISSION [apex] ApexClass AccountService needs AuthorApex')
assert log.contains('symbolic link leading outside the project: not followed')

def before = new File(basedir, 'target/tree-before.txt').readLines()
def after = new GroovyShell().parse(new File(basedir, 'tree.groovy')).tree(basedir)
assert before.size() > 20
def added = after - before
def removed = before - after
assert added.isEmpty() && removed.isEmpty() : "the project changed outside target/: added or changed ${added}, removed or changed ${removed}"

def sfperm = new File(basedir, 'target/sfperm')
['sfperm.json', 'sfperm.sarif', 'sfperm-junit.xml', 'sfperm.md', 'package.xml', 'catalogue.json',
 'sfperm_Deployer.permissionset-meta.xml'].each { name ->
    assert new File(sfperm, name).isFile() : "target/sfperm/${name} was written"
}
assert !new File(basedir, 'sfperm-baseline.json').exists()
