package io.github.sfperm.deployer;

import io.github.sfperm.common.InputException;
import io.github.sfperm.common.ProjectFiles;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Finds permission sets, muting permission sets and profiles by name in the project: for permission set groups, which
 * name their members rather than their files, and for the permission sets and profiles a manifest deploys. Source
 * format ({@code X.permissionset-meta.xml}) and Metadata API format ({@code X.permissionset}) are both found. Build
 * output and tool folders are not searched; symbolic links are not followed. Built lazily, once. When a name is found
 * twice, a file under a preferred root (a package directory: what a deployment takes) wins over one elsewhere (a copy
 * in a {@code ci/} folder), else the first in path order.
 */
public final class PermissionFileIndex {

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
    private final ProjectFiles.Lister lister;
    private Map<String, Path> index;

    public PermissionFileIndex(List<Path> roots) {
        this(roots, List::of);
    }

    public PermissionFileIndex(List<Path> roots, PreferredRoots preferredRoots) {
        this(roots, preferredRoots, ProjectFiles.WALK);
    }

    /** An index that takes the files below its roots from {@code lister} (a listing of the project made once). */
    public PermissionFileIndex(List<Path> roots, PreferredRoots preferredRoots, ProjectFiles.Lister lister) {
        this.roots = List.copyOf(roots);
        this.preferredRoots = preferredRoots;
        this.lister = lister;
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
            for (ProjectFiles.Entry entry : lister.below(root)) {
                if (entry.directory()) {
                    continue;
                }
                Path file = entry.path();
                String fileName = file.getFileName().toString();
                for (Map.Entry<String, String> suffix : SUFFIXES.entrySet()) {
                    if (fileName.endsWith(suffix.getKey())) {
                        String name = fileName.substring(
                                0, fileName.length() - suffix.getKey().length());
                        found.merge(
                                suffix.getValue() + "/" + name,
                                file,
                                (first, other) ->
                                        !isUnder(first, preferred) && isUnder(other, preferred) ? other : first);
                    }
                }
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
