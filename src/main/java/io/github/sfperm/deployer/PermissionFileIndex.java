package io.github.sfperm.deployer;

import io.github.sfperm.common.InputException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Finds permission sets, muting permission sets and profiles by name in the project: for permission set groups, which
 * name their members rather than their files, and for the permission sets and profiles a manifest deploys. Source
 * format ({@code X.permissionset-meta.xml}) and Metadata API format ({@code X.permissionset}) are both found. Build
 * output and tool folders are not searched; symbolic links are not followed. Built lazily, once. When a name is found
 * twice, a file under a preferred root (a package directory: what a deployment takes) wins over one elsewhere (a copy
 * in a {@code ci/} folder), else the first in walking order.
 */
public final class PermissionFileIndex {

    static final Set<String> SKIPPED_DIRECTORIES =
            Set.of("target", "node_modules", ".git", ".sfdx", ".sf", ".idea", ".vscode");

    private static final Map<String, String> SUFFIXES = Map.of(
            ".permissionset-meta.xml", "PermissionSet",
            ".permissionset", "PermissionSet",
            ".mutingpermissionset-meta.xml", "MutingPermissionSet",
            ".mutingpermissionset", "MutingPermissionSet",
            ".profile-meta.xml", "Profile",
            ".profile", "Profile",
            ".permissionsetgroup-meta.xml", "PermissionSetGroup",
            ".permissionsetgroup", "PermissionSetGroup");

    /** Directories whose files win over files found elsewhere; worked out only when the index is first needed. */
    @FunctionalInterface
    public interface PreferredRoots {
        List<Path> get() throws InputException;
    }

    private final List<Path> roots;
    private final PreferredRoots preferredRoots;
    private Map<String, Path> index;

    public PermissionFileIndex(List<Path> roots) {
        this(roots, List::of);
    }

    public PermissionFileIndex(List<Path> roots, PreferredRoots preferredRoots) {
        this.roots = List.copyOf(roots);
        this.preferredRoots = preferredRoots;
    }

    /**
     * The file of the {@code kind} ({@code PermissionSet}, {@code MutingPermissionSet}, {@code Profile} or
     * {@code PermissionSetGroup}) called
     * {@code name}.
     */
    public Optional<Path> find(String kind, String name) throws InputException {
        if (index == null) {
            index = build();
        }
        return Optional.ofNullable(index.get(kind + "/" + name));
    }

    public List<Path> roots() {
        return roots;
    }

    private Map<String, Path> build() throws InputException {
        Map<String, Path> found = new TreeMap<>();
        List<Path> preferred = preferredRoots.get().stream()
                .map(p -> p.toAbsolutePath().normalize())
                .toList();
        for (Path root : roots) {
            if (!Files.isDirectory(root)) {
                continue;
            }
            try {
                Files.walkFileTree(root, new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                        Path name = dir.getFileName();
                        return !dir.equals(root) && name != null && SKIPPED_DIRECTORIES.contains(name.toString())
                                ? FileVisitResult.SKIP_SUBTREE
                                : FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                        String fileName = file.getFileName().toString();
                        for (Map.Entry<String, String> suffix : SUFFIXES.entrySet()) {
                            if (fileName.endsWith(suffix.getKey()) && attrs.isRegularFile()) {
                                String name = fileName.substring(
                                        0, fileName.length() - suffix.getKey().length());
                                found.merge(
                                        suffix.getValue() + "/" + name,
                                        file,
                                        (first, other) -> !isUnder(first, preferred) && isUnder(other, preferred)
                                                ? other
                                                : first);
                            }
                        }
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFileFailed(Path file, IOException exc) {
                        return FileVisitResult.CONTINUE;
                    }
                });
            } catch (IOException | UncheckedIOException e) {
                throw new InputException("cannot search for permission sets: " + e.getMessage(), root, e);
            }
        }
        return found;
    }

    private static boolean isUnder(Path file, List<Path> roots) {
        Path absolute = file.toAbsolutePath().normalize();
        for (Path root : roots) {
            if (absolute.startsWith(root)) {
                return true;
            }
        }
        return false;
    }
}
