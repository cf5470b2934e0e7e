package io.github.sfperm.common;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Locale;

/**
 * How sfperm opens the files it reads, which come from pull requests: only regular files, only up to
 * {@link #MAX_BYTES}, and, for a file of the project, only when it really lies inside the project (no symbolic link
 * out of it). Every refusal is an {@link InputException} naming the file.
 */
public final class InputFiles {

    /**
     * The largest file sfperm reads, 32 MiB: far beyond any Salesforce metadata file, manifest, rule file or project
     * file, and small enough that reading one stays quick and within a normal build's memory.
     */
    public static final long MAX_BYTES = 32L * 1024 * 1024;

    private InputFiles() {}

    /** {@code file}, opened for reading: it must be a regular file of at most {@link #MAX_BYTES}. */
    public static InputStream open(Path file) throws InputException {
        try {
            // one stat call for all three questions: the source-tree reader opens thousands of files
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            if (attributes.isDirectory()) {
                throw new InputException("is a directory, but a file was expected here", file);
            }
            if (!attributes.isRegularFile()) {
                throw new InputException("is not a regular file (a device or a pipe?): sfperm reads only files", file);
            }
            long size = attributes.size();
            if (size > MAX_BYTES) {
                throw new InputException(
                        "is " + megabytes(size) + ", larger than the " + megabytes(MAX_BYTES)
                                + " sfperm reads: no Salesforce metadata or project file is that large; check that this is the"
                                + " file you meant",
                        file);
            }
            return new BufferedInputStream(Files.newInputStream(file));
        } catch (NoSuchFileException e) {
            throw new InputException("file not found", file, e);
        } catch (AccessDeniedException e) {
            throw new InputException("file cannot be read (permission denied)", file, e);
        } catch (IOException e) {
            throw new InputException("file cannot be read: " + e.getMessage(), file, e);
        }
    }

    /**
     * Whether {@code file}, which lies in {@code project} as written, really lies inside it once symbolic links are
     * resolved. A file named outside the project (a shared file the configuration points to on purpose) and a file
     * that does not exist are not judged here: they are true.
     */
    public static boolean staysInside(Path project, Path file) throws InputException {
        Path base = project.toAbsolutePath().normalize();
        Path path = file.toAbsolutePath().normalize();
        if (!path.startsWith(base) || !Files.exists(path)) {
            return true;
        }
        try {
            return path.toRealPath().startsWith(base.toRealPath());
        } catch (IOException e) {
            throw new InputException("cannot be read: " + e.getMessage(), file, e);
        }
    }

    /**
     * Refuses {@code file} when it lies in {@code project} as written but a symbolic link takes it outside: sfperm
     * never reads outside the project what the project names (see {@link #staysInside}).
     */
    public static void requireInside(Path project, Path file) throws InputException {
        if (!staysInside(project, file)) {
            throw new InputException(
                    "is a symbolic link (or lies below one) that leads outside the project: sfperm"
                            + " reads only files inside the project directory; replace the link with the file itself",
                    file);
        }
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MiB", bytes / (1024.0 * 1024.0));
    }
}
