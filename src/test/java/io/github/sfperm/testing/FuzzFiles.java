package io.github.sfperm.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where fuzz tests put the bytes of each execution: a working directory per fuzz test under {@code target/}, so that a
 * fuzzing run (millions of executions) writes nothing else and never outside the build directory.
 */
public final class FuzzFiles {

    private FuzzFiles() {}

    /** {@code target/fuzz-work/<name>}, created if needed. */
    public static Path workDirectory(String name) {
        try {
            return Files.createDirectories(Path.of("target", "fuzz-work", name).toAbsolutePath());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes {@code bytes} to {@code file}, replacing what was there. */
    public static Path write(Path file, byte[] bytes) {
        try {
            Files.createDirectories(file.getParent());
            return Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
