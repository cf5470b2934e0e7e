// The project tree as "path  sha-256" lines: every file, directory and symbolic link, except target/ and the
// invoker's build.log (and this IT's own scripts, which the invoker reads). Shared by prebuild.groovy and verify.groovy.
import java.nio.file.Files
import java.nio.file.LinkOption
import java.nio.file.Path
import java.security.MessageDigest

static List<String> tree(File basedir) {
    Path root = basedir.toPath()
    List<String> lines = []
    Files.walk(root).withCloseable { paths ->
        paths.filter { p -> p != root }.sorted().each { Path p ->
            String rel = root.relativize(p).toString().replace('\\', '/')
            if (rel == 'target' || rel.startsWith('target/') || rel == 'build.log') {
                return
            }
            String what
            if (Files.isSymbolicLink(p)) {
                what = 'link ' + Files.readSymbolicLink(p)
            } else if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                what = 'dir'
            } else {
                what = MessageDigest.getInstance('SHA-256').digest(Files.readAllBytes(p)).encodeHex().toString()
            }
            lines << rel + '  ' + what
        }
    }
    return lines
}
