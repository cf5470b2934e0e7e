package io.github.sfperm.source;

import io.github.sfperm.registry.MetadataType;

/** File-name rules of Salesforce's source formats, as {@code @salesforce/source-deploy-retrieve} applies them. */
final class Names {

    static final String META_XML = "-meta.xml";

    private Names() {}

    /** A parsed {@code <fullName>.<suffix>-meta.xml}, or a folder's {@code <fullName>-meta.xml} (no suffix). */
    record MetaXml(String fullName, String suffix) {}

    /** The name up to the first dot: {@code Foo} for {@code Foo.cls-meta.xml}. */
    static String baseName(String fileName) {
        int dot = fileName.indexOf('.');
        return dot < 0 ? fileName : fileName.substring(0, dot);
    }

    /** The extension without its dot ({@code cls}); empty for none and for a dot file such as {@code .gitignore}. */
    static String extension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot <= 0 ? "" : fileName.substring(dot + 1);
    }

    /** {@code Foo.cls-meta.xml} → (Foo, cls); {@code My.Record.md-meta.xml} → (My.Record, md); else null. */
    static MetaXml metaXml(String fileName) {
        if (!fileName.endsWith(META_XML)) {
            return null;
        }
        String stem = fileName.substring(0, fileName.length() - META_XML.length());
        int dot = stem.lastIndexOf('.');
        if (dot <= 0 || dot == stem.length() - 1) {
            return null;
        }
        return new MetaXml(stem.substring(0, dot), stem.substring(dot + 1));
    }

    /** Whether the name is a metadata XML file of the form {@code <fullName>.<suffix>-meta.xml}. */
    static boolean isMetaXml(String fileName) {
        return metaXml(fileName) != null;
    }

    /** A folder's metadata file {@code <Folder>-meta.xml} (no dot in the name) → Folder; else null. */
    static String folderMetaXmlName(String fileName) {
        if (!fileName.endsWith(META_XML)) {
            return null;
        }
        String stem = fileName.substring(0, fileName.length() - META_XML.length());
        return stem.isEmpty() || stem.indexOf('.') >= 0 ? null : stem;
    }

    /** {@code Foo.cls} → (Foo, cls); for files whose name is their content ({@code Metadata API} format). */
    static MetaXml contentFile(String fileName) {
        int dot = fileName.lastIndexOf('.');
        if (dot <= 0 || dot == fileName.length() - 1) {
            return null;
        }
        return new MetaXml(fileName.substring(0, dot), fileName.substring(dot + 1));
    }

    /** The name without {@code -meta.xml} and without the type's suffix parts: {@code My.View.listView-meta.xml}. */
    static String withoutSuffixes(String fileName, MetadataType type) {
        String stem = fileName.replace(META_XML, "");
        StringBuilder out = new StringBuilder(stem.length());
        int start = 0;
        while (true) { // the parts between dots, as split("\\.", -1) gives them
            int dot = stem.indexOf('.', start);
            String part = dot < 0 ? stem.substring(start) : stem.substring(start, dot);
            if (!part.equals(type.suffix()) && !part.equals(type.legacySuffix())) {
                if (out.length() > 0) {
                    out.append('.');
                }
                out.append(part);
            }
            if (dot < 0) {
                return out.toString();
            }
            start = dot + 1;
        }
    }
}
