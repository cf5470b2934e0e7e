package io.github.sfperm.source;

import io.github.sfperm.common.Suggestions;
import io.github.sfperm.deploy.Component;
import io.github.sfperm.registry.MetadataRegistry;
import io.github.sfperm.registry.MetadataType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What a source tree deploys: the components Salesforce's tooling would put into {@code package.xml} for it, and
 * what it leaves out (unclaimed and force-ignored files). Read by {@link SourceTreeReader}; immutable.
 */
public final class SourceTree {

    /** Components sorted as Salesforce sorts {@code package.xml}: by type, then member (UTF-16 code units). */
    static final Comparator<SourceComponent> MANIFEST_ORDER =
            Comparator.comparing(SourceComponent::type).thenComparing(SourceComponent::member);

    private final Path baseDir;
    private final SourceFormat format;
    private final List<PackageDirectory> packageDirectories;
    private final Optional<String> sourceApiVersion;
    private final List<SourceComponent> sourceComponents;
    private final List<UnclaimedFile> unclaimedFiles;
    private final List<Path> forceIgnoredPaths;
    private final List<String> notes;
    private final MetadataRegistry registry;
    /** The deployed components by type, then member, in manifest order; built on first use. */
    private Map<String, Map<String, SourceComponent>> deployedByType;

    SourceTree(
            Path baseDir,
            SourceFormat format,
            List<PackageDirectory> packageDirectories,
            Optional<String> sourceApiVersion,
            List<SourceComponent> sourceComponents,
            List<UnclaimedFile> unclaimedFiles,
            List<Path> forceIgnoredPaths,
            List<String> notes,
            MetadataRegistry registry) {
        this.baseDir = baseDir;
        this.format = format;
        this.packageDirectories = List.copyOf(packageDirectories);
        this.sourceApiVersion = sourceApiVersion;
        List<SourceComponent> sorted = new ArrayList<>(sourceComponents);
        sorted.sort(MANIFEST_ORDER);
        this.sourceComponents = Collections.unmodifiableList(sorted);
        this.unclaimedFiles = List.copyOf(unclaimedFiles);
        this.forceIgnoredPaths = List.copyOf(forceIgnoredPaths);
        this.notes = List.copyOf(notes);
        this.registry = registry;
    }

    /** The project directory (or the Metadata API folder read on its own). */
    public Path baseDir() {
        return baseDir;
    }

    public SourceFormat format() {
        return format;
    }

    /** The package directories (or the Metadata API folder), absolute: where to look for files by name. */
    public List<Path> packageDirectories() {
        return packageDirectories.stream().map(PackageDirectory::directory).toList();
    }

    /** The package directories with their names as {@code sfdx-project.json} gives them. */
    public List<PackageDirectory> packages() {
        return packageDirectories;
    }

    /**
     * The API version of the source: {@code sourceApiVersion} of {@code sfdx-project.json}, or the
     * {@code <version>} of a Metadata API folder's {@code package.xml}.
     */
    public Optional<String> sourceApiVersion() {
        return sourceApiVersion;
    }

    /** The deployed components, sorted by type and member, each with its file as origin. */
    public List<Component> components() {
        return sourceComponents.stream()
                .filter(SourceComponent::deployed)
                .map(SourceComponent::toComponent)
                .toList();
    }

    /** Every component found, deployed or not ({@link SourceComponent#deployed()}), sorted by type and member. */
    public List<SourceComponent> sourceComponents() {
        return sourceComponents;
    }

    /** The deployed members by type, both sorted as in Salesforce's {@code package.xml}. */
    public Map<String, List<String>> members() {
        Map<String, List<String>> members = new TreeMap<>();
        for (SourceComponent component : sourceComponents) {
            if (component.deployed()) {
                members.computeIfAbsent(component.type(), t -> new ArrayList<>())
                        .add(component.member());
            }
        }
        Map<String, List<String>> result = new LinkedHashMap<>();
        members.forEach((type, list) -> result.put(type, List.copyOf(list)));
        return Collections.unmodifiableMap(result);
    }

    /** The deployed component of this type and member, if there is one. Looked up in an index: no scan. */
    public Optional<SourceComponent> component(String type, String member) {
        String typeName = registry.type(type).map(MetadataType::name).orElse(type);
        return Optional.ofNullable(
                deployedByType().getOrDefault(typeName, Map.of()).get(member));
    }

    /**
     * The deployed components by type, then member, both in manifest order, indexed once: looking up every
     * permission set of a large manifest, or expanding many wildcards, stays linear in the size of the tree.
     */
    private synchronized Map<String, Map<String, SourceComponent>> deployedByType() {
        if (deployedByType == null) {
            Map<String, Map<String, SourceComponent>> index = new java.util.HashMap<>();
            for (SourceComponent component : sourceComponents) {
                if (component.deployed()) {
                    index.computeIfAbsent(component.type(), t -> new LinkedHashMap<>())
                            .putIfAbsent(component.member(), component);
                }
            }
            deployedByType = index;
        }
        return deployedByType;
    }

    /** Files in the package directories that no component claims, so they are not deployed; sorted by path. */
    public List<UnclaimedFile> unclaimedFiles() {
        return unclaimedFiles;
    }

    /**
     * The paths {@code .forceignore} excludes (a directory stands for everything below it), sorted; they are
     * neither deployed nor reported as unclaimed.
     */
    public List<Path> forceIgnoredPaths() {
        return forceIgnoredPaths;
    }

    /** Things worth telling the user that are not problems (a package directory listed twice, ...). */
    public List<String> notes() {
        return notes;
    }

    /**
     * What {@code <members>*</members>} of {@code type} stands for here: the deployed components of that type. A
     * wildcard on a type that leaves standard objects out ({@code CustomObject}: "using the wildcard with the
     * CustomObject type name will not retrieve standard objects", Salesforce's Metadata API guide) expands to the
     * members whose name has {@code __} only. The note says when it matches nothing, and when Salesforce does not
     * accept {@code *} for the type at all (types in folders).
     */
    public WildcardExpansion expand(String type) {
        Optional<MetadataType> known = registry.type(type);
        String typeName = known.map(MetadataType::name).orElse(type);
        List<Component> matching = new ArrayList<>();
        List<Component> omitted = new ArrayList<>();
        boolean omitStandard =
                known.map(MetadataType::wildcardOmitsStandardObjects).orElse(false);
        for (SourceComponent component :
                deployedByType().getOrDefault(typeName, Map.of()).values()) {
            if (omitStandard && !component.member().contains("__")) {
                omitted.add(component.toComponent());
            } else {
                matching.add(component.toComponent());
            }
        }
        Optional<String> note = Optional.empty();
        if (known.isEmpty()) {
            note = Optional.of("* for " + type + " matches nothing: the metadata registry knows no type "
                    + type
                    + Suggestions.didYouMean(
                            type,
                            registry.types().stream().map(MetadataType::name).toList()));
        } else if (known.get().inFolder()) {
            note = Optional.of("Salesforce does not expand * for " + typeName + " (its members live in folders):"
                    + " list each folder and " + typeName.toLowerCase(Locale.ROOT) + " by name; "
                    + (matching.isEmpty() ? "the source tree has none" : "the source tree has " + matching.size()));
        } else if (matching.isEmpty()) {
            note = Optional.of("* for " + typeName + " matches nothing in the source tree"
                    + (omitted.isEmpty()
                            ? ""
                            : " (it leaves out the standard objects "
                                    + String.join(
                                            ", ",
                                            omitted.stream()
                                                    .map(Component::member)
                                                    .toList())
                                    + ", which must be named)"));
        }
        return new WildcardExpansion(typeName, matching, omitted, note);
    }
}
