package io.github.sfperm.source;

import io.github.sfperm.registry.MetadataType;

/**
 * A component while the source tree is being resolved: its registry type, its name, its metadata file and content
 * (either may be absent), its parent for a child component, and for a child found inside its parent's XML the line
 * of its element. Mutable only inside the {@link Resolver}.
 */
final class Resolved {

    final MetadataType type;
    String name;
    FileNode xml;
    FileNode content;
    Resolved parent;
    int line;

    Resolved(MetadataType type, String name, FileNode xml) {
        this.type = type;
        this.name = name;
        this.xml = xml;
    }

    static Resolved child(MetadataType type, String name, FileNode xml, Resolved parent, int line) {
        Resolved child = new Resolved(type, name, xml);
        child.parent = parent;
        child.line = line;
        return child;
    }

    /** The member name in {@code package.xml}, as SDR computes a component's full name. */
    String fullName() {
        if (type.ignoreParsedFullName()) {
            return type.name();
        }
        if (parent != null && type.ignoreParentName()) {
            return name;
        }
        return parent == null ? name : parent.fullName() + "." + name;
    }

    /** The file that best stands for the component: its metadata file, else its content. */
    FileNode mainFile() {
        return xml != null ? xml : content;
    }

    @Override
    public String toString() {
        return type.name() + ":" + fullName();
    }
}
