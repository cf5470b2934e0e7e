package io.github.sfperm.source;

import io.github.sfperm.common.InputException;
import io.github.sfperm.registry.MetadataRegistry;
import io.github.sfperm.registry.MetadataType;
import io.github.sfperm.xml.SecureXml;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns what the {@link Resolver}s found into the components of the source tree, as SDR's {@code ComponentSet}
 * writes them into {@code package.xml}: each component and its children (child files of a decomposed component;
 * elements of a container file such as {@code CustomLabels} or {@code Workflow}), folder types under their content
 * type, non-addressable types and content-free decomposed parents left out. Also keeps track of the files that
 * components claim, so that the others can be reported as unclaimed.
 *
 * <p>This is where XML is parsed, and only for: files holding child components ({@code .labels}, {@code .workflow},
 * {@code .sharingRules}, ... and Metadata API {@code .object} files), and the metadata file of a decomposed
 * component, to see whether it is empty.
 */
final class Assembler {

    private final MetadataRegistry registry;
    private final Map<Key, SourceComponent> components = new LinkedHashMap<>();

    /** A component's identity ({@link SourceComponent#key()}) as a value: no text built per component. */
    private record Key(String type, String member) {}

    private final Map<FileNode, ContainerScan> parsed = new IdentityHashMap<>();

    /** Files inside a decomposed component's folder that are no child of it, with the reason. */
    final Map<FileNode, String> unexpectedChildren = new LinkedHashMap<>();

    /** Things worth saying about the files read (an empty metadata file). */
    final List<String> notes = new ArrayList<>();

    Assembler(MetadataRegistry registry) {
        this.registry = registry;
    }

    /** Adds the components {@code resolver} found in {@code directory}; the first of two equal ones is kept. */
    void add(Resolver resolver, PackageDirectory directory, boolean applyIgnore) throws InputException {
        for (Resolved found : resolver.found) {
            claim(found);
            if (found.parent != null) {
                emit(found, directory, found.type.addressable());
                continue;
            }
            for (Resolved child : children(found, applyIgnore)) {
                claim(child);
                emit(child, directory, child.type.addressable());
            }
            emit(found, directory, found.type.addressable() && !isContentFreeParent(found));
            parsed.clear();
        }
    }

    List<SourceComponent> components() {
        return new ArrayList<>(components.values());
    }

    /** Whether a component claims the file: it is a component's file, or lies in a component's folder. */
    static boolean isClaimed(FileNode file) {
        for (FileNode n = file; n != null; n = n.parent()) {
            if (n.claimed) {
                return true;
            }
        }
        return false;
    }

    private static void claim(Resolved resolved) {
        if (resolved.xml != null) {
            resolved.xml.claimed = true;
        }
        if (resolved.content != null) {
            resolved.content.claimed = true;
        }
    }

    private void emit(Resolved resolved, PackageDirectory directory, boolean deployed) {
        MetadataType type = resolved.type;
        MetadataType manifestType =
                type.isFolderType() ? registry.folderContentType(type).orElse(type) : type;
        FileNode main = resolved.mainFile();
        if (main == null) {
            return;
        }
        SourceComponent component = new SourceComponent(
                manifestType.name(),
                resolved.fullName(),
                type.name(),
                main.path(),
                resolved.line,
                Optional.ofNullable(resolved.content).filter(c -> c != main).map(FileNode::path),
                directory,
                deployed);
        components.putIfAbsent(new Key(component.type(), component.member()), component);
    }

    /**
     * A decomposed component ({@code CustomObject}) whose own metadata file says nothing: SDR leaves it out of
     * {@code package.xml} and deploys only its children.
     */
    private boolean isContentFreeParent(Resolved resolved) throws InputException {
        MetadataType type = resolved.type;
        if (!"decomposed".equals(type.transformer()) || resolved.xml == null) {
            return false;
        }
        List<MetadataType> children = registry.childTypes(type);
        boolean hasAddressableChildren = children.stream().anyMatch(c -> !c.unaddressableWithoutParent())
                && children.stream().anyMatch(MetadataType::addressable);
        if (!hasAddressableChildren) {
            return false;
        }
        ContainerScan scan = parse(resolved.xml, type);
        return scan != null && scan.rootIsEmpty();
    }

    /** SDR's getChildren: child files under a decomposed component's folder, else child elements of its file. */
    private List<Resolved> children(Resolved parent, boolean applyIgnore) throws InputException {
        MetadataType type = parent.type;
        if (!type.hasChildren()) {
            return List.of();
        }
        if (parent.content != null && parent.content.isDirectory()) {
            List<Resolved> children = new ArrayList<>();
            collectChildFiles(parent, parent.content, applyIgnore, children);
            return children;
        }
        if (parent.xml == null) {
            return List.of();
        }
        return childElements(parent);
    }

    private void collectChildFiles(Resolved parent, FileNode directory, boolean applyIgnore, List<Resolved> into) {
        MetadataType type = parent.type;
        for (FileNode node : directory.children()) {
            if (applyIgnore && node.isIgnored()) {
                continue;
            }
            if (node.isDirectory()) {
                collectChildFiles(parent, node, applyIgnore, into);
                continue;
            }
            Names.MetaXml metaXml = node.metaXml();
            if (metaXml == null
                    || metaXml.suffix().equals(type.suffix())
                    || metaXml.suffix().equals(type.legacySuffix())) {
                continue;
            }
            MetadataType childType =
                    registry.childTypeBySuffix(type, metaXml.suffix()).orElse(null);
            if (childType == null) {
                unexpectedChildren.put(
                        node,
                        "." + metaXml.suffix() + " files are not child components of " + type.name()
                                + ", so this one cannot live in the folder of " + parent.fullName());
                continue;
            }
            String name = childType.suffix() != null
                    ? Names.withoutSuffixes(node.name(), childType)
                    : Names.baseName(node.name());
            into.add(Resolved.child(childType, name, node, parent, 0));
        }
    }

    /**
     * Children held as elements of the parent's file: {@code <labels>} of {@code CustomLabels}, {@code <rules>} of
     * {@code Workflow}, ... named by their {@code uniqueIdElement}. In a Metadata API format file of a decomposed
     * type ({@code Account.object}), also the elements the source format would have decomposed into child files
     * ({@code <fields>}, {@code <listViews>}, ...), named by {@code <fullName>}.
     */
    private List<Resolved> childElements(Resolved parent) throws InputException {
        MetadataType type = parent.type;
        List<MetadataType> elementTypes = elementTypes(type);
        if (elementTypes.isEmpty()) {
            return List.of();
        }
        ContainerScan scan = parse(parent.xml, type);
        if (scan == null) {
            return List.of();
        }
        if (!type.name().equals(scan.root())) {
            return List.of();
        }
        List<Resolved> children = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (MetadataType childType : elementTypes) {
            String idElement = idElement(childType);
            for (ContainerScan.Child element : scan.children(childType.xmlElement())) {
                String name = element.names().get(idElement);
                if (name == null || name.isEmpty()) {
                    throw new InputException(
                            "<" + childType.xmlElement() + "> has no <" + idElement + ">: every " + childType.name()
                                    + " needs one",
                            parent.xml.path(),
                            element.line(),
                            0,
                            null);
                }
                if (seen.add(childType.name() + "\u0000" + name)) {
                    children.add(Resolved.child(childType, name, parent.xml, parent, element.line()));
                }
            }
        }
        return children;
    }

    /** The child types of {@code type} held as elements of its file. */
    private List<MetadataType> elementTypes(MetadataType type) {
        boolean decomposed = "decomposed".equals(type.transformer());
        List<MetadataType> elementTypes = new ArrayList<>();
        for (MetadataType child : registry.childTypes(type)) {
            boolean sdrParsesIt = child.uniqueIdElement() != null && child.xmlElementName() != null;
            boolean decomposedChild = decomposed && child.addressable() && !child.unaddressableWithoutParent();
            if (sdrParsesIt || decomposedChild) {
                elementTypes.add(child);
            }
        }
        return elementTypes;
    }

    private static String idElement(MetadataType childType) {
        return childType.uniqueIdElement() != null ? childType.uniqueIdElement() : "fullName";
    }

    /**
     * The file of a component of {@code type}, scanned once for what this class asks of it (its root, whether it is
     * empty, the child elements of {@code type}); null for a file without any content (zero bytes or blanks): such a
     * file is taken as it comes (its component kept, no children read) and a note says so; Salesforce rejects it at
     * deploy time. The file is read once: a small one into memory (to see whether it is blank), a larger one streamed.
     */
    private ContainerScan parse(FileNode file, MetadataType type) throws InputException {
        if (parsed.containsKey(file)) {
            return parsed.get(file);
        }
        Map<String, Set<String>> wanted = new HashMap<>();
        for (MetadataType childType : elementTypes(type)) {
            wanted.computeIfAbsent(childType.xmlElement(), e -> new HashSet<>()).add(idElement(childType));
        }
        ContainerScan scan = new ContainerScan(wanted);
        byte[] small = smallFile(file);
        if (small != null && isBlank(small)) {
            notes.add(file.relative() + " is empty: its component is kept, but the child components it should hold"
                    + " cannot be read");
            scan = null;
        } else if (small != null) {
            SecureXml.scan(small, file.path(), scan);
        } else {
            SecureXml.scan(file.path(), scan);
        }
        parsed.put(file, scan);
        return scan;
    }

    /** The bytes of a file of at most 1 KiB (blank files are that small), or null for a larger one. */
    private static byte[] smallFile(FileNode file) throws InputException {
        try {
            if (Files.size(file.path()) > 1024) {
                return null;
            }
            return Files.readAllBytes(file.path());
        } catch (IOException e) {
            throw new InputException("cannot be read: " + e.getMessage(), file.path(), e);
        }
    }

    private static boolean isBlank(byte[] bytes) {
        for (byte b : bytes) {
            if (!Character.isWhitespace(b)) {
                return false;
            }
        }
        return true;
    }
}
