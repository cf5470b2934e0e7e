package io.github.sfperm.source;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A file or directory of a scanned project, held in memory so that type inference never touches the disk twice.
 * Children are kept sorted by name. Not thread-safe; built once by {@link FileTree}, then only read.
 */
final class FileNode {

    private static final Names.MetaXml NOT_META_XML = new Names.MetaXml("", "");

    private final String name;
    private final FileNode parent;
    private final Path path;
    private final boolean directory;
    private final boolean ignored;
    private final Map<String, FileNode> children;
    private List<FileNode> sorted;
    private Map<String, List<FileNode>> byBaseName;
    private String relative;
    private boolean listed;
    private Names.MetaXml metaXml;
    private FileNode partsRoot;
    private List<String> parts;

    /** Whether a component claims this file, or every file below this directory. */
    boolean claimed;

    private FileNode(String name, FileNode parent, Path path, boolean directory, boolean ignored) {
        this.name = name;
        this.parent = parent;
        this.path = path;
        this.directory = directory;
        this.ignored = ignored;
        this.children = directory ? new HashMap<>() : null;
    }

    static FileNode root(Path path) {
        return new FileNode("", null, path, true, false);
    }

    FileNode add(String childName, Path childPath, boolean childIsDirectory, boolean childIgnored) {
        FileNode existing = children.get(childName);
        if (existing != null) {
            return existing;
        }
        FileNode child = new FileNode(childName, this, childPath, childIsDirectory, ignored || childIgnored);
        children.put(childName, child);
        sorted = null;
        byBaseName = null;
        return child;
    }

    String name() {
        return name;
    }

    FileNode parent() {
        return parent;
    }

    /** The absolute path (through symbolic links as they appear in the project, not their targets). */
    Path path() {
        return path;
    }

    /** The path relative to the project directory, with {@code /}; empty for the project directory itself. */
    String relative() {
        if (relative == null) {
            relative = parent == null ? "" : parent.relative().isEmpty() ? name : parent.relative() + "/" + name;
        }
        return relative;
    }

    boolean isDirectory() {
        return directory;
    }

    /** Whether {@code .forceignore} denies this path or a directory above it. */
    boolean isIgnored() {
        return ignored;
    }

    boolean isListed() {
        return listed;
    }

    void markListed() {
        listed = true;
    }

    /** Children sorted by name; empty for a file. */
    Collection<FileNode> children() {
        if (children == null) {
            return List.of();
        }
        if (sorted == null) {
            List<FileNode> list = new ArrayList<>(children.values());
            list.sort((a, b) -> a.name.compareTo(b.name));
            sorted = Collections.unmodifiableList(list);
        }
        return sorted;
    }

    boolean isEmptyDirectory() {
        return directory && children.isEmpty();
    }

    FileNode child(String childName) {
        return children == null ? null : children.get(childName);
    }

    /**
     * The children whose name up to the first dot is {@code baseName} ({@code Foo} for {@code Foo.cls} and
     * {@code Foo.cls-meta.xml}), sorted by name. Indexed on first use, so looking up every component of a large
     * folder stays linear.
     */
    List<FileNode> childrenWithBaseName(String baseName) {
        if (children == null) {
            return List.of();
        }
        if (byBaseName == null) {
            byBaseName = new HashMap<>();
            for (FileNode child : children()) {
                byBaseName
                        .computeIfAbsent(Names.baseName(child.name), k -> new ArrayList<>(1))
                        .add(child);
            }
        }
        return byBaseName.getOrDefault(baseName, List.of());
    }

    /** {@link Names#metaXml} of the name, parsed once. */
    Names.MetaXml metaXml() {
        if (metaXml == null) {
            Names.MetaXml parsed = Names.metaXml(name);
            metaXml = parsed == null ? NOT_META_XML : parsed;
        }
        return metaXml == NOT_META_XML ? null : metaXml;
    }

    /** The names from {@code root} (excluded) down to this node (included), computed once per root. */
    List<String> parts(FileNode root) {
        if (parts == null || partsRoot != root) {
            if (this == root || parent == null) {
                parts = List.of();
            } else {
                List<String> above = parent.parts(root);
                String[] names = above.toArray(new String[above.size() + 1]);
                names[above.size()] = name;
                parts = List.of(names);
            }
            partsRoot = root;
        }
        return parts;
    }

    @Override
    public String toString() {
        return relative().isEmpty() ? "." : relative();
    }
}
