package io.github.sfperm.registry;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
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

    /**
     * Reads the resource with Jackson's streaming parser, field by field: starting Jackson's object mapper, and
     * introspecting {@link MetadataType} to bind it, cost several times what reading the file does in a JVM that has
     * just started, as Maven's has. {@code RegistryResourceTest} holds it to what the object mapper reads.
     */
    private static MetadataRegistry load() {
        try (InputStream in = MetadataRegistry.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing plugin resource " + RESOURCE);
            }
            try (JsonParser parser = new JsonFactory().createParser(in)) {
                return of(readResource(parser));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read plugin resource " + RESOURCE, e);
        }
    }

    static MetadataRegistry of(Resource resource) {
        return new MetadataRegistry(
                resource.types(),
                resource.derivedFrom(),
                resource.suffixIndex() == null ? Map.of() : resource.suffixIndex(),
                resource.strictDirectoryNames() == null ? Map.of() : resource.strictDirectoryNames());
    }

    /** The resource's top-level object; fields it does not know are skipped, as the object mapper would. */
    static Resource readResource(JsonParser parser) throws IOException {
        expect(parser.nextToken(), JsonToken.START_OBJECT, parser);
        String schema = null;
        Provenance derivedFrom = null;
        LinkedHashMap<String, String> suffixIndex = null;
        LinkedHashMap<String, String> strictDirectoryNames = null;
        List<MetadataType> types = null;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            JsonToken value = parser.nextToken();
            switch (field) {
                case "schema" -> schema = text(parser, value);
                case "derivedFrom" -> derivedFrom = provenance(parser, value);
                case "suffixIndex" -> suffixIndex = strings(parser, value);
                case "strictDirectoryNames" -> strictDirectoryNames = strings(parser, value);
                case "types" -> types = types(parser, value);
                default -> parser.skipChildren();
            }
        }
        return new Resource(schema, derivedFrom, suffixIndex, strictDirectoryNames, types);
    }

    private static Provenance provenance(JsonParser parser, JsonToken value) throws IOException {
        if (value == JsonToken.VALUE_NULL) {
            return null;
        }
        expect(value, JsonToken.START_OBJECT, parser);
        String packageName = null;
        String version = null;
        String file = null;
        String license = null;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            JsonToken token = parser.nextToken();
            switch (field) {
                case "package" -> packageName = text(parser, token);
                case "version" -> version = text(parser, token);
                case "file" -> file = text(parser, token);
                case "license" -> license = text(parser, token);
                default -> parser.skipChildren();
            }
        }
        return Provenance.of(packageName, version, file, license);
    }

    private static List<MetadataType> types(JsonParser parser, JsonToken value) throws IOException {
        if (value == JsonToken.VALUE_NULL) {
            return null;
        }
        expect(value, JsonToken.START_ARRAY, parser);
        List<MetadataType> types = new ArrayList<>();
        while (parser.nextToken() == JsonToken.START_OBJECT) {
            types.add(type(parser));
        }
        return types;
    }

    private static MetadataType type(JsonParser parser) throws IOException {
        Map<String, String> text = new HashMap<>();
        Map<String, Boolean> flags = new HashMap<>();
        Map<String, Map<String, String>> maps = new HashMap<>();
        List<String> children = null;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            JsonToken token = parser.nextToken();
            switch (field) {
                case "name",
                        "parent",
                        "directoryName",
                        "suffix",
                        "folderType",
                        "folderContentType",
                        "metaFileSuffix",
                        "xmlElementName",
                        "uniqueIdElement",
                        "legacySuffix",
                        "aliasFor" -> text.put(field, text(parser, token));
                case "strictDirectoryName",
                        "inFolder",
                        "isAddressable",
                        "unaddressableWithoutParent",
                        "supportsWildcardAndName",
                        "supportsPartialDelete",
                        "ignoreParsedFullName",
                        "ignoreParentName",
                        "wildcardOmitsStandardObjects" ->
                    flags.put(field, token == JsonToken.VALUE_NULL ? null : parser.getValueAsBoolean());
                case "strategies", "childDirectories", "childSuffixes" -> maps.put(field, strings(parser, token));
                case "children" -> children = list(parser, token);
                default -> parser.skipChildren();
            }
        }
        return new MetadataType(
                text.get("name"),
                text.get("parent"),
                text.get("directoryName"),
                text.get("suffix"),
                flag(flags, "strictDirectoryName"),
                flag(flags, "inFolder"),
                text.get("folderType"),
                text.get("folderContentType"),
                text.get("metaFileSuffix"),
                text.get("xmlElementName"),
                text.get("uniqueIdElement"),
                text.get("legacySuffix"),
                text.get("aliasFor"),
                flags.get("isAddressable"),
                flag(flags, "unaddressableWithoutParent"),
                flag(flags, "supportsWildcardAndName"),
                flag(flags, "supportsPartialDelete"),
                flag(flags, "ignoreParsedFullName"),
                flag(flags, "ignoreParentName"),
                maps.get("strategies"),
                children,
                maps.get("childDirectories"),
                maps.get("childSuffixes"),
                flag(flags, "wildcardOmitsStandardObjects"));
    }

    private static boolean flag(Map<String, Boolean> flags, String name) {
        return Boolean.TRUE.equals(flags.get(name));
    }

    private static String text(JsonParser parser, JsonToken token) throws IOException {
        return token == JsonToken.VALUE_NULL ? null : parser.getValueAsString();
    }

    private static LinkedHashMap<String, String> strings(JsonParser parser, JsonToken value) throws IOException {
        if (value == JsonToken.VALUE_NULL) {
            return null;
        }
        expect(value, JsonToken.START_OBJECT, parser);
        LinkedHashMap<String, String> map = new LinkedHashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String key = parser.currentName();
            map.put(key, text(parser, parser.nextToken()));
        }
        return map;
    }

    private static List<String> list(JsonParser parser, JsonToken value) throws IOException {
        if (value == JsonToken.VALUE_NULL) {
            return null;
        }
        expect(value, JsonToken.START_ARRAY, parser);
        List<String> list = new ArrayList<>();
        for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
            list.add(text(parser, token));
        }
        return list;
    }

    private static void expect(JsonToken actual, JsonToken expected, JsonParser parser) throws IOException {
        if (actual != expected) {
            throw new IOException("expected " + expected + " but found " + actual + " at " + parser.currentLocation());
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
