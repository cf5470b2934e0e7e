// Before the build: links the build must neither follow out of the project nor write through, then the tree's hash.
import java.nio.file.Files
import java.nio.file.Path

Path classes = basedir.toPath().resolve('force-app/main/default/classes')
Files.createSymbolicLink(classes.resolve('loop'), classes.parent)            // a loop
Files.createSymbolicLink(classes.resolve('outside'), basedir.toPath().parent) // out of the project

def tree = new GroovyShell().parse(new File(basedir, 'tree.groovy')).tree(basedir)
File before = new File(basedir, 'target/tree-before.txt')
before.parentFile.mkdirs()
before.text = tree.join('\n') + '\n'
return true
