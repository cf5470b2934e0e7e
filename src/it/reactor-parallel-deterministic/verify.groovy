// Five modules checked by four threads, then by one: each module's reports are byte-identical, and every module was
// checked in both builds.
def log = new File(basedir, 'build.log').text
assert log.contains('MultiThreadedBuilder') : 'the first build runs with -T 4'
assert !log.contains('at io.github.sfperm.') : 'no stack trace'
assert !log.contains('not thread-safe') && !log.contains('not marked as @threadSafe') : 'the check is thread-safe'

def modules = ['sales-app', 'service-app', 'source-only', 'payload-app', 'big-app']
def formats = ['sfperm.json', 'sfperm.sarif', 'sfperm-junit.xml', 'sfperm.md']
modules.each { module ->
    def parallel = new File(basedir, "${module}/target/sfperm-parallel")
    def serial = new File(basedir, "${module}/target/sfperm-serial")
    formats.each { name ->
        def a = new File(parallel, name)
        def b = new File(serial, name)
        assert a.isFile() && b.isFile() : "${module}: ${name} written by both builds"
        assert a.bytes == b.bytes : "${module}: ${name} differs between the -T 4 and the serial build"
    }
    def json = new groovy.json.JsonSlurper().parse(new File(serial, 'sfperm.json'))
    assert json.module == module
}

def counts = { module -> new groovy.json.JsonSlurper().parse(new File(basedir, "${module}/target/sfperm-serial/sfperm.json")).counts }
assert counts('big-app').components == 3000
assert counts('sales-app').byKind.MISSING_PERMISSION > 0
assert counts('service-app').findings == 0
assert counts('source-only').components > 0
assert counts('payload-app').byKind.PAYLOAD_UNKNOWN_PERMISSION == 1
assert counts('payload-app').allowlisted == 2

// sales-app deletes the whole Flow Old_Flow: a REFUSED_DELETION besides its MISSING_PERMISSION findings
assert counts('sales-app').byKind.REFUSED_DELETION == 1

// both builds print one reactor summary, the same, naming every module in reactor order, whichever finished last
def summaries = log.readLines().findAll { it.contains('sfperm: reactor: ') }
assert summaries == ['[ERROR] sfperm: reactor: 5 modules checked; failing: big-app (3000 errors), sales-app (7 errors),'
        + ' source-only (5 errors), payload-app (3 errors)'] * 2
