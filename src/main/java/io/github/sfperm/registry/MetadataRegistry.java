package io.github.sfperm.registry;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The Metadata API types sfperm knows, loaded from the bundled resource {@code metadata-registry.json} (derived from
 * Salesforce's source-deploy-retrieve registry by {@code scripts/derive-registry.py}). Type names are looked up
 * case-insensitively, as Salesforce's tooling does. Immutable and thread-safe.
 */
public final class MetadataRegistry {

    static final String RESOURCE = "/io/github/sfperm/registry/metadata-registry.json";

    private static volatile MetadataRegistry builtIn;

    private final Map<String, MetadataType> byName;
    private final Map<String, MetadataType> byLowerName;
    private final Provenance derivedFrom;

    private MetadataRegistry(List<MetadataType> types, Provenance derivedFrom) {
        Map<String, MetadataType> names = new LinkedHashMap<>();
        Map<String, MetadataType> lower = new LinkedHashMap<>();
        for (MetadataType type : types) {
            names.put(type.name(), type);
            lower.put(type.name().toLowerCase(Locale.ROOT), type);
        }
        this.byName = Collections.unmodifiableMap(names);
        this.byLowerName = Collections.unmodifiableMap(lower);
        this.derivedFrom = derivedFrom;
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
            return new MetadataRegistry(resource.types(), resource.derivedFrom());
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

    /** Which SDR release the registry was derived from. */
    public Provenance derivedFrom() {
        return derivedFrom;
    }

    /** Where the registry's facts come from. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Provenance(String packageName, String version, String file, String license) {

        @com.fasterxml.jackson.annotation.JsonCreator
        static Provenance of(
                @com.fasterxml.jackson.annotation.JsonProperty("package") String packageName,
                @com.fasterxml.jackson.annotation.JsonProperty("version") String version,
                @com.fasterxml.jackson.annotation.JsonProperty("file") String file,
                @com.fasterxml.jackson.annotation.JsonProperty("license") String license) {
            return new Provenance(packageName, version, file, license);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Resource(String schema, Provenance derivedFrom, List<MetadataType> types) {}
}
