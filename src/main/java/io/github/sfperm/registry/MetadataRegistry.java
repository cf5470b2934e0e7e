package io.github.sfperm.registry;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The Metadata API types sfperm knows, loaded from the bundled resource {@code metadata-registry.json} (derived from
 * Salesforce's source-deploy-retrieve registry by {@code scripts/derive-registry.py}; see {@code docs/registry.md}).
 * Type names are looked up case-insensitively, as Salesforce's tooling does; file suffixes and directory names
 * exactly. Immutable and thread-safe.
 */
public final class MetadataRegistry {

    static final String RESOURCE = "/io/github/sfperm/registry/metadata-registry.json";

    private static volatile MetadataRegistry builtIn;

    private final Map<String, MetadataType> byName;
    private final Map<String, MetadataType> byLowerName;
    private final Provenance derivedFrom;
    private final Map<String, MetadataType> bySuffix;
    private final Map<String, MetadataType> strictByDirectory;
    private final Map<String, Integer> strictOrder;
    private final Map<String, MetadataType> folderTypeByDirectory;
    private final Map<String, List<MetadataType>> childrenByParent;
    private final List<MetadataType> nonXmlMetaFileTypes;
    private final Set<String> directoryNames;

    private MetadataRegistry(
            List<MetadataType> types,
            Provenance derivedFrom,
            Map<String, String> suffixIndex,
            Map<String, String> strictDirectoryNames) {
        Map<String, MetadataType> names = new LinkedHashMap<>();
        Map<String, MetadataType> lower = new LinkedHashMap<>();
        for (MetadataType type : types) {
            names.put(type.name(), type);
            lower.put(type.name().toLowerCase(Locale.ROOT), type);
        }
        this.byName = Collections.unmodifiableMap(names);
        this.byLowerName = Collections.unmodifiableMap(lower);
        this.derivedFrom = derivedFrom;

        Map<String, MetadataType> suffixes = new LinkedHashMap<>();
        suffixIndex.forEach((suffix, typeName) -> suffixes.put(suffix, canonical(require(names, typeName))));
        this.bySuffix = Collections.unmodifiableMap(suffixes);

        Map<String, MetadataType> strict = new LinkedHashMap<>();
        Map<String, Integer> order = new HashMap<>();
        strictDirectoryNames.forEach((directory, typeName) -> {
            order.put(directory, strict.size());
            strict.put(directory, require(names, typeName));
        });
        this.strictByDirectory = Collections.unmodifiableMap(strict);
        this.strictOrder = Collections.unmodifiableMap(order);

        Map<String, MetadataType> folders = new LinkedHashMap<>();
        Map<String, List<MetadataType>> children = new LinkedHashMap<>();
        List<MetadataType> nonXml = new ArrayList<>();
        Set<String> directories = new TreeSet<>();
        for (MetadataType type : types) {
            if (type.isFolderType() && !type.isAlias()) {
                folders.putIfAbsent(type.directoryName(), type);
            }
            if (type.isChild()) {
                children.computeIfAbsent(type.parent(), p -> new ArrayList<>()).add(type);
            } else if (type.directoryName() != null) {
                directories.add(type.directoryName());
            }
            if (type.hasNonXmlMetaFile()) {
                nonXml.add(type);
            }
        }
        children.replaceAll((parent, list) -> List.copyOf(list));
        this.folderTypeByDirectory = Collections.unmodifiableMap(folders);
        this.childrenByParent = Collections.unmodifiableMap(children);
        this.nonXmlMetaFileTypes = List.copyOf(nonXml);
        this.directoryNames = Collections.unmodifiableSet(directories);
    }

    private MetadataType canonical(MetadataType type) {
        return type.isAlias() ? require(byName, type.aliasFor()) : type;
    }

    private static MetadataType require(Map<String, MetadataType> names, String typeName) {
        MetadataType type = names.get(typeName);
        if (type == null) {
            throw new IllegalStateException("plugin resource " + RESOURCE + " names an unknown type " + typeName);
        }
        return type;
    }

    /** The registry bundled with the plugin. */
    public static MetadataRegistry builtIn() {
        MetadataRegistry registry = builtIn;
        if (registry == null) {
            synchronized (MetadataRegistry.class) {
                registry = builtIn;
                if (registry == null) {
                    registry = load();
                    builtIn = registry;
                }
            }
        }
        return registry;
    }

    private static MetadataRegistry load() {
        try (InputStream in = MetadataRegistry.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing plugin resource " + RESOURCE);
            }
            Resource resource = new ObjectMapper()
                    .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
                    .readValue(in, Resource.class);
            return new MetadataRegistry(
                    resource.types(),
                    resource.derivedFrom(),
                    resource.suffixIndex() == null ? Map.of() : resource.suffixIndex(),
                    resource.strictDirectoryNames() == null ? Map.of() : resource.strictDirectoryNames());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read plugin resource " + RESOURCE, e);
        }
    }

    /** The type with this name (any letter case). */
    public Optional<MetadataType> type(String name) {
        MetadataType exact = byName.get(name);
        if (exact != null) {
            return Optional.of(exact);
        }
        return Optional.ofNullable(byLowerName.get(name.toLowerCase(Locale.ROOT)));
    }

    /** Every type, top-level and child, sorted by name. */
    public Collection<MetadataType> types() {
        return byName.values();
    }

    /** The type an alias stands for ({@code EmailTemplateFolder} → {@code EmailFolder}); other types themselves. */
    public MetadataType resolveAlias(MetadataType type) {
        return canonical(type);
    }

    /**
     * The type whose files end in {@code .<suffix>} or {@code .<suffix>-meta.xml} (exact letter case). Where several
     * types share a suffix, SDR's index names the one chosen here; the others are found by their strict directory
     * (see {@code docs/registry.md}).
     */
    public Optional<MetadataType> typeBySuffix(String suffix) {
        return Optional.ofNullable(bySuffix.get(suffix));
    }

    /** The suffix index itself: suffix → type, in SDR's order. */
    public Map<String, MetadataType> suffixIndex() {
        return bySuffix;
    }

    /** The type whose files must live under a directory of this exact name ({@code lwc}, {@code objects}). */
    public Optional<MetadataType> typeByStrictDirectory(String directoryName) {
        return Optional.ofNullable(strictByDirectory.get(directoryName));
    }

    /** The types with a strict directory, in SDR's order (the first that matches a path wins). */
    public Collection<MetadataType> strictDirectoryTypes() {
        return strictByDirectory.values();
    }

    /**
     * The position of a strict directory in SDR's order, for choosing between two strict directories in one path;
     * {@code -1} when the directory is not strict.
     */
    public int strictDirectoryRank(String directoryName) {
        return strictOrder.getOrDefault(directoryName, -1);
    }

    /** Every directory name a top-level type uses ({@code classes}, {@code objects}, ...). */
    public Set<String> typeDirectoryNames() {
        return directoryNames;
    }

    /** The folder type whose folders live in this directory ({@code reports} → {@code ReportFolder}). */
    public Optional<MetadataType> folderTypeByDirectory(String directoryName) {
        return Optional.ofNullable(folderTypeByDirectory.get(directoryName));
    }

    /** The folder types ({@code DocumentFolder}, {@code EmailFolder}, ...), aliases left out. */
    public Collection<MetadataType> folderTypes() {
        return folderTypeByDirectory.values();
    }

    /** The type a folder type holds ({@code ReportFolder} → {@code Report}). */
    public Optional<MetadataType> folderContentType(MetadataType folderType) {
        return Optional.ofNullable(folderType.folderContentType()).flatMap(this::type);
    }

    /** The folder type of a type in folders ({@code Report} → {@code ReportFolder}). */
    public Optional<MetadataType> folderType(MetadataType type) {
        return Optional.ofNullable(type.folderType()).flatMap(this::type);
    }

    /** The parent of a child type ({@code CustomField} → {@code CustomObject}). */
    public Optional<MetadataType> parentType(MetadataType child) {
        return Optional.ofNullable(child.parent()).flatMap(this::type);
    }

    /** The child types of {@code parent}, sorted by name. */
    public List<MetadataType> childTypes(MetadataType parent) {
        return childrenByParent.getOrDefault(parent.name(), List.of());
    }

    /** The child type of {@code parent} whose source files end in {@code .<suffix>-meta.xml}. */
    public Optional<MetadataType> childTypeBySuffix(MetadataType parent, String suffix) {
        return Optional.ofNullable(parent.childSuffixes().get(suffix))
                .flatMap(this::type)
                .filter(child -> parent.name().equals(child.parent()));
    }

    /** The child type of {@code parent} whose source files live in the sub-folder {@code directoryName}. */
    public Optional<MetadataType> childTypeByDirectory(MetadataType parent, String directoryName) {
        return Optional.ofNullable(parent.childDirectories().get(directoryName))
                .flatMap(this::type)
                .filter(child -> parent.name().equals(child.parent()));
    }

    /** The child type of {@code parent} held by the element {@code elementName} of the parent's XML. */
    public Optional<MetadataType> childTypeByXmlElement(MetadataType parent, String elementName) {
        for (MetadataType child : childTypes(parent)) {
            if (elementName.equals(child.xmlElement())) {
                return Optional.of(child);
            }
        }
        return Optional.empty();
    }

    /**
     * The types whose metadata file is not XML ({@code DigitalExperience}'s {@code _meta.json}, the bundles'
     * {@code schema.json}): any file under their directory is metadata.
     */
    public List<MetadataType> nonXmlMetaFileTypes() {
        return nonXmlMetaFileTypes;
    }

    /** Which SDR release the registry was derived from. */
    public Provenance derivedFrom() {
        return derivedFrom;
    }

    /** Where the registry's facts come from. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Provenance(String packageName, String version, String file, String license) {

        @JsonCreator
        static Provenance of(
                @JsonProperty("package") String packageName,
                @JsonProperty("version") String version,
                @JsonProperty("file") String file,
                @JsonProperty("license") String license) {
            return new Provenance(packageName, version, file, license);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Resource(
            String schema,
            Provenance derivedFrom,
            LinkedHashMap<String, String> suffixIndex,
            LinkedHashMap<String, String> strictDirectoryNames,
            List<MetadataType> types) {}
}
