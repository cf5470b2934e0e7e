package io.github.sfperm.source;

import io.github.sfperm.common.Suggestions;
import io.github.sfperm.registry.MetadataRegistry;
import io.github.sfperm.registry.MetadataType;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the components of one package directory (or Metadata API folder) the way
 * {@code @salesforce/source-deploy-retrieve}'s {@code MetadataResolver} does: walk the directory, infer each file's
 * type from the registry (strict directory, {@code -meta.xml} suffix, folder metadata file, file extension), and let
 * the type's SDR adapter strategy ({@code default}, {@code matchingContentFile}, {@code mixedContent},
 * {@code bundle}, {@code decomposed}, {@code digitalExperience}) say which files form one component and what it is
 * called. Nothing is read but directory listings; XML is parsed later, and only where it must be.
 *
 * <p>Differences from SDR, on purpose (see {@code docs/source-formats.md}): paths are looked at relative to the
 * package directory, so the directories above it never influence inference; a folder metadata file belongs to the
 * outermost folder-type directory of its path; a file SDR would stop the whole deployment on (an {@code -meta.xml}
 * without its source file, an unknown suffix) becomes an unclaimed file with the reason instead.
 */
final class Resolver {

    private static final Set<String> BUNDLE_LIKE = Set.of("mixedContent", "bundle", "uiBundles");
    private static final Set<String> CONTENT_ADAPTERS =
            Set.of("matchingContentFile", "mixedContent", "bundle", "uiBundles", "digitalExperience");
    private static final int DIGITAL_EXPERIENCE_VARIANT_DEPTH = 5;

    /** A file that cannot be resolved, with the reason shown to the user. */
    static final class Unresolvable extends Exception {
        private static final long serialVersionUID = 1L;
        final transient FileNode node;

        Unresolvable(FileNode node, String reason) {
            super(reason, null, false, false);
            this.node = node;
        }
    }

    /** A parsed root metadata file: the name it gives and its suffix (null for a folder's metadata file). */
    private record Root(String fullName, String suffix, FileNode node) {}

    @FunctionalInterface
    private interface Adapter {
        Resolved component(FileNode trigger, MetadataType type, boolean resolvingSource) throws Unresolvable;
    }

    private final MetadataRegistry registry;
    private final FileNode partsRoot;
    private final boolean applyIgnore;
    private final Map<String, Adapter> adapters = new LinkedHashMap<>();

    final List<Resolved> found = new ArrayList<>();
    final Map<FileNode, String> problems = new LinkedHashMap<>();

    /**
     * @param partsRoot paths are looked at relative to this directory (a package directory, a Metadata API folder)
     * @param applyIgnore whether {@code .forceignore} verdicts apply (not in Metadata API folders)
     */
    Resolver(MetadataRegistry registry, FileNode partsRoot, boolean applyIgnore) {
        this.registry = registry;
        this.partsRoot = partsRoot;
        this.applyIgnore = applyIgnore;
        adapters.put(MetadataType.DEFAULT_ADAPTER, this::defaultComponent);
        adapters.put("matchingContentFile", this::matchingContentComponent);
        adapters.put("mixedContent", this::mixedContentComponent);
        adapters.put("bundle", this::bundleComponent);
        adapters.put("uiBundles", this::bundleComponent);
        adapters.put("decomposed", this::decomposedComponent);
        adapters.put("digitalExperience", this::digitalExperienceComponent);
    }

    /** The SDR adapter strategies this resolver implements. */
    Set<String> adapterNames() {
        return adapters.keySet();
    }

    /** Walks {@code directory} (the parts root, or a directory below it). */
    void walk(FileNode directory) {
        List<FileNode> queue = new ArrayList<>();
        Set<FileNode> done = new HashSet<>();
        List<FileNode> files = new ArrayList<>();
        for (FileNode entry : directory.children()) {
            if (!entry.isDirectory()) {
                files.add(entry);
                continue;
            }
            if (isDirectoryComponent(entry)) {
                if (entry.isEmptyDirectory()) {
                    continue;
                }
                Resolved component = resolve(entry, true);
                if (component != null) {
                    found.add(component);
                    if (component.xml != null) {
                        done.add(component.xml);
                    }
                }
            } else {
                queue.add(entry);
            }
        }
        for (FileNode file : files) {
            if (done.contains(file) || !isMetadata(file)) {
                continue;
            }
            Resolved component = resolve(file, false);
            if (component == null) {
                continue;
            }
            found.add(component);
            if (component.content != null) {
                done.add(component.content);
            }
            // a component of a strict type found outside its type directory owns the rest of this directory
            FileNode typeDirectory = component.type.inFolder() ? grandparent(file) : file.parent();
            if (component.type.strictDirectoryName()
                    && (typeDirectory == null || !typeDirectory.name().equals(component.type.directoryName()))) {
                return;
            }
        }
        for (FileNode next : queue) {
            walk(next);
        }
    }

    private Resolved resolve(FileNode node, boolean resolvingSource) {
        if (applyIgnore && node.isIgnored()) {
            return null; // listed with the force-ignored paths of the tree
        }
        MetadataType type = type(node);
        if (type == null) {
            if (!isProbablyManifest(node)) {
                problems.put(node, unknownTypeReason(node));
            }
            return null;
        }
        Adapter adapter = adapters.get(type.adapter());
        if (adapter == null) {
            problems.put(
                    node,
                    type.name() + " uses the source-format strategy '" + type.adapter()
                            + "', which this version of sfperm does not know");
            return null;
        }
        boolean resolveHere =
                resolvingSource || (node.metaXml() != null) || !isContentFile(node) || !allowsMetadataWithContent(type);
        if (!resolveHere) {
            return null;
        }
        try {
            return adapter.component(node, type, resolvingSource);
        } catch (Unresolvable e) {
            problems.putIfAbsent(e.node != null ? e.node : node, e.getMessage());
            return null;
        }
    }

    // ---------------------------------------------------------------------------------------------- type inference

    /** The type of a file or directory, or null: SDR's resolveType. */
    MetadataType type(FileNode node) {
        MetadataType strict = strictType(node);
        if (strict != null) {
            return strict;
        }
        Names.MetaXml metaXml = node.metaXml();
        if (metaXml != null) {
            MetadataType bySuffix = registry.typeBySuffix(metaXml.suffix()).orElse(null);
            if (bySuffix != null) {
                return bySuffix;
            }
        }
        MetadataType folderType = folderMetaXmlType(node);
        if (folderType != null) {
            return folderType;
        }
        MetadataType byExtension =
                registry.typeBySuffix(Names.extension(node.name())).orElse(null);
        if (byExtension != null && !byExtension.strictDirectoryName()) {
            return byExtension;
        }
        return nonXmlMetaFileType(node);
    }

    /** The strict-directory type a path belongs to: the first, in SDR's order, whose directory is on the path. */
    private MetadataType strictType(FileNode node) {
        MetadataType best = null;
        int bestRank = Integer.MAX_VALUE;
        for (String part : parts(node)) {
            int rank = registry.strictDirectoryRank(part);
            if (rank < 0 || rank >= bestRank) {
                continue;
            }
            MetadataType type = registry.typeByStrictDirectory(part).orElseThrow();
            if (type.inFolder() && node.parent() != null && node.parent().name().equals(type.directoryName())) {
                continue; // a folder of a type in folders: its folder type decides
            }
            String name = node.name();
            if (BUNDLE_LIKE.contains(type.adapter())
                    || suffixMatches(type, name)
                    || registry.childTypes(type).stream().anyMatch(child -> suffixMatches(child, name))) {
                best = type;
                bestRank = rank;
            }
        }
        return best;
    }

    private static boolean suffixMatches(MetadataType type, String name) {
        return endsWithSuffix(name, type.suffix()) || endsWithSuffix(name, type.legacySuffix());
    }

    private static boolean endsWithSuffix(String name, String suffix) {
        return suffix != null && (name.endsWith(suffix) || name.endsWith(suffix + Names.META_XML));
    }

    /** {@code reports/MyFolder-meta.xml}: the folder type of the outermost folder-type directory on the path. */
    private MetadataType folderMetaXmlType(FileNode node) {
        if (Names.folderMetaXmlName(node.name()) == null) {
            return null;
        }
        List<String> parts = parts(node);
        for (int i = 0; i < parts.size() - 1; i++) {
            MetadataType folderType =
                    registry.folderTypeByDirectory(parts.get(i)).orElse(null);
            if (folderType != null) {
                return folderType;
            }
        }
        return null;
    }

    /** A file under the directory of a type whose metadata file is JSON ({@code digitalExperiences/...}). */
    private MetadataType nonXmlMetaFileType(FileNode node) {
        if (node.isDirectory()) {
            return null;
        }
        List<String> parts = parts(node);
        for (MetadataType type : registry.nonXmlMetaFileTypes()) {
            if (parts.contains(type.directoryName())) {
                return type;
            }
        }
        return null;
    }

    /** Whether a file may be metadata at all (others are not looked at). */
    private boolean isMetadata(FileNode file) {
        return (file.metaXml() != null)
                || isContentFile(file)
                || folderMetaXmlType(file) != null
                || nonXmlMetaFileType(file) != null;
    }

    /** Whether a file's extension is a type's suffix and it lies where that type's files live. */
    private boolean isContentFile(FileNode file) {
        MetadataType type = registry.typeBySuffix(Names.extension(file.name())).orElse(null);
        if (type == null) {
            return false;
        }
        return parts(file).contains(type.directoryName()) || strictType(file) != null;
    }

    /** Whether a directory is one component (a bundle, a static resource folder) rather than a folder to walk. */
    private boolean isDirectoryComponent(FileNode directory) {
        MetadataType type = type(directory);
        if (type == null || type.hasChildren()) {
            return false;
        }
        List<String> parts = parts(directory);
        int typeIndex = parts.lastIndexOf(type.directoryName());
        int folderOffset = type.inFolder() ? 2 : 1;
        return typeIndex >= 0
                && parts.size() - folderOffset > typeIndex
                && directory.child(type.directoryName()) == null;
    }

    private static boolean allowsMetadataWithContent(MetadataType type) {
        return CONTENT_ADAPTERS.contains(type.adapter());
    }

    private boolean isProbablyManifest(FileNode node) {
        String name = node.name();
        if (!name.endsWith(".xml") || name.endsWith(Names.META_XML)) {
            return false;
        }
        if (name.endsWith("package.xml")) {
            return true;
        }
        try (InputStream in = Files.newInputStream(node.path())) {
            String head = new String(in.readNBytes(64 * 1024), StandardCharsets.UTF_8);
            return head.contains("<Package xmlns");
        } catch (IOException e) {
            return false;
        }
    }

    private String unknownTypeReason(FileNode node) {
        Names.MetaXml metaXml = node.metaXml();
        String suffix = metaXml != null ? metaXml.suffix() : Names.extension(node.name());
        return "no metadata type has the file suffix '" + suffix + "'"
                + Suggestions.didYouMean(suffix, registry.suffixIndex().keySet());
    }

    // ------------------------------------------------------------------------------------------------ path helpers

    /** The names of the path from the parts root (excluded) down to {@code node} (included). */
    List<String> parts(FileNode node) {
        return node.parts(partsRoot);
    }

    private static FileNode grandparent(FileNode node) {
        return node.parent() == null ? null : node.parent().parent();
    }

    /** The ancestor (or the node itself) at index {@code index} of {@link #parts}. */
    private FileNode ancestorAt(FileNode node, int index) {
        int climb = parts(node).size() - 1 - index;
        FileNode n = node;
        for (int i = 0; i < climb && n.parent() != null; i++) {
            n = n.parent();
        }
        return n;
    }

    /** SDR's trimPathToContent: the path down to the component's own entry under its type directory. */
    private FileNode componentRoot(MetadataType type, FileNode node) {
        List<String> parts = parts(node);
        int typeIndex = parts.lastIndexOf(type.directoryName());
        if (typeIndex < 0) {
            return node;
        }
        int index = typeIndex + (type.inFolder() ? 2 : 1);
        return index >= parts.size() ? node : ancestorAt(node, index);
    }

    /** SDR's parseNestedFullName: {@code reports/Folder/Sub/My.report-meta.xml} → {@code Folder/Sub/My}. */
    private String nestedFullName(FileNode node, String directoryName) {
        List<String> parts = parts(node);
        int typeIndex = parts.lastIndexOf(directoryName);
        if (typeIndex < 0 || typeIndex == parts.size() - 1) {
            return null;
        }
        List<String> names = new ArrayList<>(parts.subList(typeIndex + 1, parts.size()));
        names.set(names.size() - 1, Names.baseName(node.name().replaceFirst("-meta\\.xml", "")));
        return String.join("/", names);
    }

    private static FileNode find(FileNode directory, String baseName, boolean metaXml) {
        if (directory == null || !directory.isDirectory()) {
            return null;
        }
        for (FileNode candidate : directory.childrenWithBaseName(baseName)) {
            if ((candidate.metaXml() != null) == metaXml) {
                return candidate;
            }
        }
        return null;
    }

    // ----------------------------------------------------------------------------------------------------- naming

    /** SDR's parseAsRootMetadataXml: whether {@code node} is the metadata file of a component of {@code type}. */
    private Root rootMetadata(MetadataType type, FileNode node) {
        Names.MetaXml metaXml = node.metaXml();
        if (metaXml != null) {
            boolean root = true;
            if (type.strictDirectoryName()) {
                FileNode parent = node.parent();
                FileNode typeDirectory = type.inFolder() ? grandparent(node) : parent;
                root = (parent != null && parent.name().equals(metaXml.fullName()))
                        || (typeDirectory != null && typeDirectory.name().equals(type.directoryName()));
            }
            return root ? new Root(metaXml.fullName(), metaXml.suffix(), node) : null;
        }
        String folder = Names.folderMetaXmlName(node.name());
        if (folder != null && node.parent() != null) {
            return new Root(folder, null, node);
        }
        return allowsMetadataWithContent(type) ? null : contentRoot(type, node);
    }

    /** A Metadata API format file that is both metadata and content: {@code layouts/Account-Layout.layout}. */
    private Root contentRoot(MetadataType type, FileNode node) {
        if (type.inFolder()) {
            String nested = nestedFullName(node, type.directoryName());
            if (nested != null && type.suffix() != null) {
                return new Root(nested, type.suffix(), node);
            }
        }
        if (node.parent() == null) {
            return null;
        }
        List<String> parentParts = parts(node.parent());
        int typeIndex = parentParts.lastIndexOf(type.directoryName());
        int allowed = type.name().equals(type.folderType()) ? parentParts.size() - 2 : parentParts.size() - 1;
        if (typeIndex < 0 || typeIndex != allowed) {
            return null;
        }
        Names.MetaXml file = Names.contentFile(node.name());
        return file != null && file.suffix().equals(type.suffix())
                ? new Root(file.fullName(), file.suffix(), node)
                : null;
    }

    /** SDR's calculateName. */
    private String name(MetadataType type, Root root) throws Unresolvable {
        if (type.isFolderType() || type.inFolder()) {
            String nested = nestedFullName(root.node(), type.directoryName());
            if (nested == null) {
                throw new Unresolvable(
                        root.node(), type.name() + " files must lie in a folder under '" + type.directoryName() + "'");
            }
            return nested;
        }
        if (type.folderType() == null) {
            return root.fullName();
        }
        MetadataType grandparentType = registry.type(type.folderType()).orElseThrow();
        if (type.name().equals(grandparentType.folderType())) {
            return root.fullName();
        }
        if (grandparentType.folderType() != null) {
            List<String> parts = parts(root.node());
            int index = parts.indexOf(grandparentType.directoryName());
            if (index >= 0 && index + 1 < parts.size()) {
                return parts.get(index + 1) + "." + root.fullName();
            }
        }
        throw new Unresolvable(root.node(), "cannot work out the name of this " + type.name());
    }

    /** The common part of every adapter: find the root metadata file, name the component, check .forceignore. */
    private Resolved named(FileNode trigger, MetadataType type, FileNode rootPath) throws Unresolvable {
        Root root = rootMetadata(type, trigger);
        if (root == null && rootPath != null) {
            Names.MetaXml metaXml = rootPath.metaXml();
            if (metaXml != null) {
                root = new Root(metaXml.fullName(), metaXml.suffix(), rootPath);
            }
        }
        if (root == null) {
            return null;
        }
        if (applyIgnore && root.node().isIgnored()) {
            throw new Unresolvable(
                    trigger,
                    "its metadata file " + root.node() + " is force-ignored but this file is"
                            + " not: .forceignore must ignore both or neither");
        }
        return new Resolved(type, name(type, root), root.node());
    }

    // --------------------------------------------------------------------------------------------------- adapters

    /** Types whose metadata file is all there is ({@code Layout}, {@code Flow}, {@code Workflow}, ...). */
    private Resolved defaultComponent(FileNode trigger, MetadataType type, boolean resolvingSource)
            throws Unresolvable {
        return named(trigger, type, null);
    }

    /** A source file with a matching {@code -meta.xml}: {@code Foo.cls} + {@code Foo.cls-meta.xml}. */
    private Resolved matchingContentComponent(FileNode trigger, MetadataType type, boolean resolvingSource)
            throws Unresolvable {
        FileNode rootPath = null;
        if (rootMetadata(type, trigger) == null) {
            if ((trigger.metaXml() != null)) {
                throw new Unresolvable(
                        trigger, type.name() + " metadata files must lie in a '" + type.directoryName() + "' folder");
            }
            rootPath = trigger.parent() == null ? null : trigger.parent().child(trigger.name() + Names.META_XML);
            if (rootPath == null) {
                throw new Unresolvable(
                        trigger,
                        "the source of " + type.name() + " "
                                + Names.baseName(trigger.name()) + " needs its metadata file " + trigger.name()
                                + Names.META_XML + " beside it");
            }
        }
        Resolved component = named(trigger, type, rootPath);
        if (component == null) {
            throw new Unresolvable(trigger, "is not a metadata file of " + type.name());
        }
        FileNode source;
        if (component.xml == trigger) {
            String sourceName = trigger.name().substring(0, trigger.name().lastIndexOf(Names.META_XML));
            source = trigger.parent().child(sourceName);
            if (source == null) {
                throw new Unresolvable(
                        trigger,
                        "the " + type.name() + " source file " + sourceName + " is missing beside its metadata file");
            }
        } else if (registry.typeBySuffix(Names.extension(trigger.name())).orElse(null) == type) {
            source = trigger;
        } else {
            throw new Unresolvable(trigger, "expected a ." + type.suffix() + " source file for " + type.name());
        }
        if (applyIgnore && source.isIgnored()) {
            throw new Unresolvable(
                    component.xml,
                    "its source file " + source.name() + " is force-ignored, but this"
                            + " metadata file is not: .forceignore must ignore both or neither");
        }
        component.content = source;
        return component;
    }

    /** Any content beside its metadata file: static resources, documents, experience bundles. */
    private Resolved mixedContentComponent(FileNode trigger, MetadataType type, boolean resolvingSource)
            throws Unresolvable {
        FileNode contentRoot = componentRoot(type, trigger);
        FileNode rootPath = find(contentRoot.parent(), Names.baseName(contentRoot.name()), true);
        return populateMixed(trigger, type, named(trigger, type, rootPath));
    }

    private Resolved populateMixed(FileNode trigger, MetadataType type, Resolved component) throws Unresolvable {
        FileNode trimmed = componentRoot(type, trigger);
        FileNode content = component != null && trimmed == component.xml
                ? find(trimmed.parent(), Names.baseName(trimmed.name()), false)
                : trimmed;
        if (content == null) {
            throw new Unresolvable(
                    trigger,
                    "this " + type.name() + " has no content: expected a file or folder named "
                            + Names.baseName(trimmed.name()) + " beside its metadata file");
        }
        if (component == null) {
            Resolved contentOnly = new Resolved(type, Names.baseName(content.name()), null);
            if (type.metaFileSuffix() != null) {
                contentOnly.xml = content.child(type.metaFileSuffix());
            }
            contentOnly.content = content;
            return contentOnly;
        }
        component.content = content;
        if (type.inFolder() && !content.isDirectory() && component.xml.name().equals(content.name() + Names.META_XML)) {
            // Metadata API format (logo.png + logo.png-meta.xml): the member keeps the file extension
            int slash = component.name.lastIndexOf('/');
            component.name = component.name.substring(0, slash + 1) + content.name();
        }
        return component;
    }

    /** A folder holding one component: {@code lwc/myCmp/}, {@code aura/myCmp/}. */
    private Resolved bundleComponent(FileNode trigger, MetadataType type, boolean resolvingSource) throws Unresolvable {
        FileNode bundle = componentRoot(type, trigger);
        FileNode rootPath = find(bundle, bundle.name(), true);
        Resolved component = named(trigger, type, rootPath);
        if (trigger.isEmptyDirectory()) {
            return null;
        }
        return populateMixed(trigger, type, component);
    }

    /** A folder per component with child components in files: {@code objects/Account/fields/...}. */
    private Resolved decomposedComponent(FileNode trigger, MetadataType type, boolean resolvingSource)
            throws Unresolvable {
        Root root = rootMetadata(type, trigger);
        if (root == null) {
            FileNode folder = componentRoot(type, trigger);
            FileNode rootPath = find(folder, folder.name(), true);
            Names.MetaXml metaXml = rootPath == null ? null : rootPath.metaXml();
            if (metaXml != null) {
                root = new Root(metaXml.fullName(), metaXml.suffix(), rootPath);
            }
        }
        Resolved component = null;
        if (root != null) {
            String name =
                    type.folderType() != null ? root.node().parent().name() + "/" + root.fullName() : root.fullName();
            component = new Resolved(type, name, root.node());
        }
        Names.MetaXml metaXml = trigger.metaXml();
        if (metaXml == null) {
            return component;
        }
        FileNode folder = componentRoot(type, trigger);
        MetadataType childType =
                registry.childTypeBySuffix(type, metaXml.suffix()).orElse(null);
        if (childType != null && childType.addressable() && !childType.unaddressableWithoutParent()) {
            String strategy = type.decomposition();
            if ("folderPerType".equals(strategy) || "topLevel".equals(strategy) || resolvingSource) {
                Resolved parent = component;
                if (parent == null) {
                    parent = new Resolved(type, Names.baseName(folder.name()), null);
                }
                parent.content = folder;
                return Resolved.child(childType, metaXml.fullName(), trigger, parent, 0);
            }
        } else if (component == null) {
            throw new Unresolvable(
                    trigger,
                    "." + metaXml.suffix() + " files cannot live in " + type.name() + " folders, and there is no "
                            + folder.name() + "." + type.suffix() + Names.META_XML);
        }
        if (component != null) {
            component.content = folder;
        }
        return component;
    }

    /**
     * Experience Builder sites ({@code digitalExperiences/<baseType>/<site>/}): the bundle is named
     * {@code <baseType>/<site>} by its {@code .digitalExperience-meta.xml}; each content item
     * ({@code <contentType>/<apiName>/_meta.json} and its files) is a {@code DigitalExperience} named
     * {@code <baseType>/<site>.<contentType>/<apiName>}.
     */
    private Resolved digitalExperienceComponent(FileNode trigger, MetadataType type, boolean resolvingSource)
            throws Unresolvable {
        List<String> parts = parts(trigger);
        int typeIndex = parts.lastIndexOf(type.directoryName());
        if (!type.isChild()) {
            if (!(trigger.metaXml() != null) || trigger.parent() == null || grandparent(trigger) == null) {
                throw new Unresolvable(
                        trigger,
                        "expected " + type.name() + " metadata as <baseType>/<name>/<name>." + type.suffix()
                                + Names.META_XML);
            }
            return new Resolved(
                    type, grandparent(trigger).name() + "/" + trigger.parent().name(), trigger);
        }
        if (typeIndex < 0 || parts.size() - typeIndex < 5) {
            throw new Unresolvable(
                    trigger,
                    type.name() + " files must lie in" + " <baseType>/<site>/<contentType>/<apiName>/ under "
                            + type.directoryName());
        }
        FileNode item = trigger.parent();
        if (parts.size() - 1 - typeIndex == DIGITAL_EXPERIENCE_VARIANT_DEPTH + 1) {
            item = item.parent(); // a variant folder (mobile/, tablet/) of the content item
        }
        FileNode site = ancestorAt(trigger, typeIndex + 2);
        MetadataType bundleType = registry.parentType(type).orElseThrow();
        Resolved bundle = new Resolved(
                bundleType,
                site.parent().name() + "/" + site.name(),
                site.child(site.name() + "." + bundleType.suffix() + Names.META_XML));
        Resolved component = Resolved.child(
                type, item.parent().name() + "/" + item.name(), item.child(type.metaFileSuffix()), bundle, 0);
        component.content = item;
        return component;
    }

    /** The directories with the given names directly under {@code folder} (for Metadata API folders). */
    static List<FileNode> typeDirectories(FileNode folder, Collection<String> directoryNames) {
        List<FileNode> directories = new ArrayList<>();
        for (FileNode child : folder.children()) {
            if (child.isDirectory() && directoryNames.contains(child.name())) {
                directories.add(child);
            }
        }
        return directories;
    }
}
