package io.github.sfperm.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Every directory and regular file below a project directory, listed once (in one walk, symbolic links not followed,
 * build output and tool folders not entered) and sorted by path, for the steps of a check that look for files by name:
 * the permission sets, profiles and groups a manifest deploys or a group names ({@code PermissionFileIndex}), and the
 * objects whose fields the payloads name ({@code ObjectFields}). A project of tens of thousands of files is walked once
 * instead of once per step. A folder that cannot be listed is left out, as a walk that skips it would.
 *
 * @param root the directory listed
 * @param entries what is below it, sorted by path
 */
public record ProjectFiles(Path root, List<Entry> entries) {

    /** Folders never entered: build output, dependencies, version control and tool state. */
    public static final Set<String> SKIPPED_DIRECTORIES =
            Set.of("target", "node_modules", ".git", ".sfdx", ".sf", ".idea", ".vscode");

    /** A directory or a regular file, with its size in bytes (0 for a directory). */
    public record Entry(Path path, boolean directory, long size) {}

    /** What is below a directory, in path order: from a listing made once, or from a walk of its own. */
    @FunctionalInterface
    public interface Lister {
        List<Entry> below(Path directory) throws InputException;
    }

    /** Walks each directory it is asked for. */
    public static final Lister WALK = directory -> list(directory).entries();

    /** What is below a directory from this listing when it covers it, else from a walk of its own. */
    public Lister lister() {
        return directory ->
                covers(directory) ? below(directory) : list(directory).entries();
    }

    public ProjectFiles {
        root = root.toAbsolutePath().normalize();
        entries = List.copyOf(entries);
    }

    /** Lists {@code root}; nothing when it is not a directory. */
    public static ProjectFiles list(Path root) throws InputException {
        Path dir = root.toAbsolutePath().normalize();
        List<Entry> entries = new ArrayList<>();
        if (Files.isDirectory(dir)) {
            try {
                Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
                        if (d.equals(dir)) {
                            return FileVisitResult.CONTINUE;
                        }
                        if (SKIPPED_DIRECTORIES.contains(d.getFileName().toString())) {
                            return FileVisitResult.SKIP_SUBTREE;
                        }
                        entries.add(new Entry(d, true, 0));
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                        if (attrs.isRegularFile()) {
                            entries.add(new Entry(file, false, attrs.size()));
                        }
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFileFailed(Path file, IOException exc) {
                        return FileVisitResult.CONTINUE;
                    }
                });
            } catch (IOException | UncheckedIOException e) {
                throw new InputException("cannot list the project's files: " + e.getMessage(), dir, e);
            }
        }
        entries.sort(Comparator.comparing(Entry::path));
        return new ProjectFiles(dir, entries);
    }

    /**
     * Whether this listing holds everything below {@code directory}: it lies in the root, and no folder on the way is
     * one the listing does not enter.
     */
    public boolean covers(Path directory) {
        Path dir = directory.toAbsolutePath().normalize();
        if (!dir.startsWith(root)) {
            return false;
        }
        for (Path name : root.relativize(dir)) {
            if (SKIPPED_DIRECTORIES.contains(name.toString())) {
                return false;
            }
        }
        return true;
    }

    /** The entries below {@code directory} (not itself), in path order. */
    public List<Entry> below(Path directory) {
        Path dir = directory.toAbsolutePath().normalize();
        List<Entry> found = new ArrayList<>();
        for (Entry entry : entries) {
            if (entry.path().startsWith(dir) && !entry.path().equals(dir)) {
                found.add(entry);
            }
        }
        return found;
    }
}
