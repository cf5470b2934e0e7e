package io.github.sfperm.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.sfperm.testing.Files2;
import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputFilesTest {

    @TempDir
    Path dir;

    @Test
    void opensARegularFile() throws Exception {
        Path file = Files2.write(dir, "a.txt", "content");
        try (InputStream in = InputFiles.open(file)) {
            assertThat(new String(in.readAllBytes())).isEqualTo("content");
        }
    }

    @Test
    void refusesAFileLargerThanTheBoundBeforeReadingIt() throws Exception {
        Path file = dir.resolve("huge.xml");
        try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
            sparse.setLength(InputFiles.MAX_BYTES + 1);
        }
        assertThatThrownBy(() -> InputFiles.open(file))
                .isInstanceOfSatisfying(
                        InputException.class,
                        e -> assertThat(e.describe(dir))
                                .isEqualTo(
                                        "huge.xml: is 32.0 MiB, larger than the 32.0 MiB sfperm reads: no Salesforce metadata"
                                                + " or project file is that large; check that this is the file you meant"));
    }

    @Test
    void refusesADirectoryAMissingFileAndAPipe() throws Exception {
        assertThatThrownBy(() -> InputFiles.open(dir)).hasMessageContaining("is a directory, but a file was expected");
        assertThatThrownBy(() -> InputFiles.open(dir.resolve("none"))).hasMessageEndingWith("none: file not found");
        Path fifo = dir.resolve("pipe");
        try {
            assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0);
        } catch (IOException e) {
            assumeTrue(false, "no mkfifo here");
        }
        assertThatThrownBy(() -> InputFiles.open(fifo)).hasMessageContaining("is not a regular file");
    }

    @Test
    void aFileLinkedOutOfTheProjectDoesNotStayInside() throws Exception {
        Path project = Files.createDirectories(dir.resolve("project"));
        Path secret = Files2.write(dir, "outside/secret.txt", "secret");
        Path inside = Files2.write(project, "real.txt", "fine");
        Path link = project.resolve("link.txt");
        Path innerLink = project.resolve("inner.txt");
        try {
            Files.createSymbolicLink(link, secret);
            Files.createSymbolicLink(innerLink, inside);
        } catch (UnsupportedOperationException | IOException e) {
            assumeTrue(false, "no symbolic links here");
        }
        assertThat(InputFiles.staysInside(project, inside)).isTrue();
        assertThat(InputFiles.staysInside(project, innerLink)).isTrue();
        assertThat(InputFiles.staysInside(project, link)).isFalse();
        assertThatThrownBy(() -> InputFiles.requireInside(project, link))
                .isInstanceOfSatisfying(
                        InputException.class,
                        e -> assertThat(e.describe(project))
                                .startsWith(
                                        "link.txt: is a symbolic link (or lies below one) that leads outside the project"));
    }

    @Test
    void aFileNamedOutsideTheProjectOnPurposeOrMissingIsNotJudged() throws Exception {
        Path project = Files.createDirectories(dir.resolve("project"));
        Path shared = Files2.write(dir, "shared/allowlist.xml", "<allowlist/>");
        assertThat(InputFiles.staysInside(project, shared)).isTrue();
        assertThat(InputFiles.staysInside(project, project.resolve("missing.xml")))
                .isTrue();
    }
}
