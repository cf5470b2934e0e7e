package io.github.sfperm.source;

import io.github.sfperm.common.InputException;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads the directories to scan into memory once: every file and directory below them, with the {@code .forceignore}
 * verdict of each. Symbolic links are followed while they stay inside the project; a link that leaves the project, a
 * broken link and a link back to a directory above itself (a loop) are not followed but reported as {@link Skipped};
 * a link to a directory already listed through another path is not followed again (its files are read already), so
 * that the listing stays linear in the size of the project whatever the links.
 */
final class FileTree {

    /** A path the scan did not follow, and why. */
    record Skipped(Path path, String reason) {}

    /** Why a link out of the project is skipped; where it leads is not said: that is no business of a report. */
    static final String OUTSIDE = "symbolic link leading outside the project: not followed";

    private final Path projectReal;
    private final ForceIgnore forceIgnore;
    private final String ignoreBase;
    private final FileNode root;
    private final List<Skipped> skipped = new ArrayList<>();
    /** The real path of every directory listed: a symbolic link to one of them is not followed again. */
    private final Set<Path> listedReal = new HashSet<>();

    private FileTree(Path project, Path projectReal, ForceIgnore forceIgnore) {
        this.projectReal = projectReal;
        this.forceIgnore = forceIgnore;
        this.root = FileNode.root(project);
        Path ignoreDir = forceIgnore
                .file()
                .map(f -> f.toAbsolutePath().normalize().getParent())
                .orElse(project);
        String base = project.relativize(ignoreDir).toString().replace('\\', '/');
        this.ignoreBase = base.isEmpty() ? "" : base + "/";
    }

    /**
     * Scans {@code directories} (each inside {@code project}) and everything below them.
     *
     * @param project the project directory, absolute and normalised
     * @param directories the directories to read, absolute and normalised, each inside the project
     * @param forceIgnore the rules deciding which paths are ignored, relative to their own directory
     */
    static FileTree scan(Path project, List<Path> directories, ForceIgnore forceIgnore) throws InputException {
        Path real;
        try {
            real = project.toRealPath();
        } catch (IOException e) {
            throw new InputException("the project directory cannot be read: " + e.getMessage(), project, e);
        }
        FileTree tree = new FileTree(project, real, forceIgnore);
        for (Path directory : directories) {
            tree.scanDirectory(directory);
        }
        return tree;
    }

    FileNode root() {
        return root;
    }

    List<Skipped> skipped() {
        return List.copyOf(skipped);
    }

    /** The node of a scanned directory (or of a directory on the way to one). */
    FileNode node(Path directory) {
        FileNode node = root;
        for (Path part : root.path().relativize(directory)) {
            String name = part.toString();
            if (name.isEmpty()) {
                continue;
            }
            node = node.child(name);
            if (node == null) {
                return null;
            }
        }
        return node;
    }

    private void scanDirectory(Path directory) throws InputException {
        FileNode node = root;
        Path current = root.path();
        Path relative = root.path().relativize(directory);
        for (Path part : relative) {
            String name = part.toString();
            if (name.isEmpty()) {
                continue;
            }
            current = current.resolve(name);
            node = node.add(name, current, true, ignored(node, name, true));
        }
        if (node.isListed()) {
            return;
        }
        Path real;
        try {
            real = directory.toRealPath();
        } catch (IOException e) {
            throw new InputException("cannot be read: " + e.getMessage(), directory, e);
        }
        if (!real.startsWith(projectReal)) {
            // a type folder of a Metadata API folder may be a link too: treated as a link found while listing
            skipped.add(new Skipped(directory, OUTSIDE));
            return;
        }
        Deque<Path> onTheWay = new ArrayDeque<>();
        onTheWay.push(real);
        list(node, real, onTheWay);
    }

    private void list(FileNode dir, Path dirReal, Deque<Path> ancestorsReal) throws InputException {
        dir.markListed();
        listedReal.add(dirReal);
        List<Path> entries = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir.path())) {
            for (Path entry : stream) {
                entries.add(entry);
            }
        } catch (IOException e) {
            throw new InputException("the directory cannot be read: " + e.getMessage(), dir.path(), e);
        }
        // in name order, so that which of two links to one directory is followed is the same on every machine
        entries.sort(Comparator.comparing(entry -> entry.getFileName().toString()));
        for (Path entry : entries) {
            String name = entry.getFileName().toString();
            BasicFileAttributes attributes;
            Path entryReal;
            try {
                attributes = Files.readAttributes(entry, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                if (attributes.isSymbolicLink()) {
                    entryReal = entry.toRealPath();
                    if (!entryReal.startsWith(projectReal)) {
                        skipped.add(new Skipped(entry, OUTSIDE));
                        continue;
                    }
                    attributes = Files.readAttributes(entryReal, BasicFileAttributes.class);
                    if (attributes.isDirectory() && ancestorsReal.contains(entryReal)) {
                        skipped.add(new Skipped(
                                entry, "symbolic link to a directory above it (a loop): not" + " followed"));
                        continue;
                    }
                    if (attributes.isDirectory() && listedReal.contains(entryReal)) {
                        // already read through another path: following it again would let links that fan out
                        // (two links to the next level, at every level) multiply the listing exponentially
                        continue;
                    }
                } else {
                    entryReal = null; // worked out below for a directory only: a file needs none
                }
            } catch (NoSuchFileException e) {
                skipped.add(new Skipped(entry, "broken symbolic link (its target does not exist): not followed"));
                continue;
            } catch (IOException e) {
                // the reason only ("Too many levels of symbolic links"): messages of the JDK hold absolute paths
                String reason = e instanceof FileSystemException f && f.getReason() != null
                        ? f.getReason()
                        : e.getClass().getSimpleName();
                skipped.add(new Skipped(entry, "cannot be read (" + reason + "): not followed"));
                continue;
            }
            if (attributes.isDirectory()) {
                FileNode child = dir.add(name, entry, true, ignored(dir, name, true));
                if (!child.isListed()) {
                    Path childReal = entryReal != null ? entryReal : dirReal.resolve(name);
                    ancestorsReal.push(childReal);
                    list(child, childReal, ancestorsReal);
                    ancestorsReal.pop();
                }
            } else if (attributes.isRegularFile()) {
                dir.add(name, entry, false, ignored(dir, name, false));
            }
        }
    }

    private boolean ignored(FileNode parent, String name, boolean directory) {
        if (!forceIgnore.isActive() || parent.isIgnored()) {
            return parent.isIgnored();
        }
        String relative = parent.relative().isEmpty() ? name : parent.relative() + "/" + name;
        if (!ignoreBase.isEmpty()) {
            if (!relative.startsWith(ignoreBase)) {
                return false;
            }
            relative = relative.substring(ignoreBase.length());
        }
        return forceIgnore.matchesBelowAllowedParent(relative, directory);
    }
}
