// Asserts on the build log of this invoker IT.
def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] sfperm: 4 components checked: no gaps.')
assert log.contains('BUILD SUCCESS')
assert !log.contains('at io.github.sfperm.') : 'no stack trace for a user mistake'
// the Maven this IT ran on, for the support matrix: .ci/run checks each matrix run used the Maven it names
new File(basedir, 'maven-version.txt').text = mavenVersion
println "check-passes ran on Maven ${mavenVersion}"
