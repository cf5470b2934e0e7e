package io.github.sfperm.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The bundled registry is complete and consistent: the facts the source reader relies on hold for every type, and the
 * few places where Salesforce's registry is not one-to-one are exactly the documented ones (docs/registry.md).
 */
class MetadataRegistryTest {

    private final MetadataRegistry registry = MetadataRegistry.builtIn();

    /** Suffixes several types share in SDR 12.37.2 (docs/registry.md, "Shared suffixes"): suffix → indexed type. */
    private static final Map<String, String> SHARED_SUFFIXES = Map.of(
            "policy", "AppointmentAssignmentPolicy",
            "settings", "Settings",
            "labels", "CustomLabels",
            "site", "SiteDotCom",
            "dataSource", "ExternalDataSource",
            "digitalExperience", "DigitalExperienceBundle",
            "rule", "ModerationRule",
            "matchingRule", "MatchingRules");

    @Test
    void holdsEveryTopLevelAndChildTypeOfSalesforcesRegistry() {
        assertThat(registry.types()).hasSize(569);
        assertThat(registry.types().stream().filter(MetadataType::isChild)).hasSize(36);
        assertThat(registry.derivedFrom().version()).isEqualTo("12.37.2");
    }

    @Test
    void everyChildsParentExistsAndListsIt() {
        for (MetadataType child : registry.types()) {
            if (!child.isChild()) {
                continue;
            }
            MetadataType parent = registry.type(child.parent())
                    .orElseThrow(() -> new AssertionError(
                            child.name() + " names a parent that does not exist: " + child.parent()));
            assertThat(parent.children()).as("children of %s", parent.name()).contains(child.name());
            assertThat(parent.isChild())
                    .as("%s is a parent and a child", parent.name())
                    .isFalse();
        }
        for (MetadataType parent : registry.types()) {
            for (String child : parent.children()) {
                assertThat(registry.type(child))
                        .as("child %s of %s", child, parent.name())
                        .hasValueSatisfying(c -> assertThat(c.parent()).isEqualTo(parent.name()));
            }
        }
    }

    @Test
    void childSuffixesNameChildTypesOfTheirParent() {
        for (MetadataType parent : registry.types()) {
            parent.childSuffixes().forEach((suffix, child) -> {
                MetadataType childType = registry.type(child).orElseThrow();
                assertThat(childType.parent())
                        .as("%s: .%s", parent.name(), suffix)
                        .isEqualTo(parent.name());
                assertThat(List.of(childType.suffix(), String.valueOf(childType.legacySuffix())))
                        .as("%s: .%s", parent.name(), suffix)
                        .contains(suffix);
                assertThat(registry.childTypeBySuffix(parent, suffix)).contains(childType);
            });
        }
    }

    /**
     * Exception: SDR's data maps the child directories of SharingRules to SharingRules itself (its children live
     * inside the parent's file, so no child directory is ever read).
     */
    @Test
    void childDirectoriesNameChildTypesExceptSharingRules() {
        Map<String, Set<String>> exceptions = new TreeMap<>();
        for (MetadataType parent : registry.types()) {
            parent.childDirectories().forEach((directory, child) -> {
                if (child.equals(parent.name())) {
                    exceptions
                            .computeIfAbsent(parent.name(), p -> new TreeSet<>())
                            .add(directory);
                } else {
                    assertThat(registry.type(child).map(MetadataType::parent))
                            .as("%s/%s", parent.name(), directory)
                            .contains(parent.name());
                    assertThat(registry.childTypeByDirectory(parent, directory).map(MetadataType::name))
                            .contains(child);
                }
            });
        }
        assertThat(exceptions).containsOnlyKeys("SharingRules");
    }

    @Test
    void everyFolderTypesContentTypeExistsAndPointsBack() {
        List<String> folderTypes = new ArrayList<>();
        for (MetadataType folder : registry.types()) {
            if (!folder.isFolderType()) {
                continue;
            }
            folderTypes.add(folder.name());
            MetadataType content = registry.folderContentType(folder)
                    .orElseThrow(() ->
                            new AssertionError(folder.name() + " holds an unknown type " + folder.folderContentType()));
            assertThat(content.inFolder())
                    .as("%s is in folders", content.name())
                    .isTrue();
            MetadataType canonicalFolder = registry.resolveAlias(folder);
            assertThat(content.folderType())
                    .as("folder type of %s", content.name())
                    .isEqualTo(canonicalFolder.name());
            assertThat(folder.directoryName()).isEqualTo(content.directoryName());
            assertThat(registry.folderTypeByDirectory(folder.directoryName())).contains(canonicalFolder);
        }
        assertThat(folderTypes)
                .containsExactlyInAnyOrder(
                        "DashboardFolder", "DocumentFolder", "EmailFolder", "EmailTemplateFolder", "ReportFolder");
        for (MetadataType type : registry.types()) {
            if (type.inFolder()) {
                assertThat(registry.folderType(type).map(MetadataType::folderContentType))
                        .as(type.name())
                        .contains(type.name());
            }
        }
    }

    @Test
    void strictDirectoryNamesAreUniqueAndIndexedInOrder() {
        Map<String, String> byDirectory = new HashMap<>();
        for (MetadataType type : registry.types()) {
            if (type.strictDirectoryName()) {
                String previous = byDirectory.put(type.directoryName(), type.name());
                assertThat(previous)
                        .as("strict directory %s", type.directoryName())
                        .isNull();
                assertThat(registry.typeByStrictDirectory(type.directoryName())).contains(type);
            }
        }
        assertThat(registry.strictDirectoryTypes()).hasSize(byDirectory.size());
        assertThat(registry.strictDirectoryRank("aura")).isNotNegative();
        assertThat(registry.strictDirectoryRank("classes")).isEqualTo(-1);
    }

    /**
     * A suffix names one type, except the documented shared ones: there the index names one, and every other type
     * with that suffix is found by its strict directory, or is a child type that shares its parent's suffix.
     */
    @Test
    void suffixesAreUniqueExceptTheDocumentedSharedOnes() {
        Map<String, List<MetadataType>> bySuffix = new TreeMap<>();
        for (MetadataType type : registry.types()) {
            if (type.suffix() != null) {
                bySuffix.computeIfAbsent(type.suffix(), s -> new ArrayList<>()).add(type);
            }
        }
        Map<String, String> shared = new TreeMap<>();
        bySuffix.forEach((suffix, types) -> {
            if (types.size() == 1) {
                return;
            }
            MetadataType indexed = registry.typeBySuffix(suffix).orElseThrow();
            shared.put(suffix, indexed.name());
            for (MetadataType other : types) {
                if (other != indexed) {
                    boolean childOfIndexed = indexed.name().equals(other.parent());
                    assertThat(other.strictDirectoryName() || childOfIndexed)
                            .as(".%s is shared by %s; it must be found by its strict directory", suffix, other.name())
                            .isTrue();
                }
            }
        });
        assertThat(shared).isEqualTo(new TreeMap<>(SHARED_SUFFIXES));
    }

    /**
     * Every entry of the suffix index names a type with that suffix (or legacy suffix); a suffix missing from the
     * index belongs to a type found by directory: a child of a strict-directory parent, a strict-directory type, or an
     * alias.
     */
    @Test
    void suffixIndexAgreesWithTheTypes() {
        registry.suffixIndex()
                .forEach((suffix, type) -> assertThat(
                                List.of(String.valueOf(type.suffix()), String.valueOf(type.legacySuffix())))
                        .as("index .%s → %s", suffix, type.name())
                        .contains(suffix));
        for (MetadataType type : registry.types()) {
            if (type.suffix() == null || registry.typeBySuffix(type.suffix()).isPresent()) {
                continue;
            }
            boolean foundByDirectory = type.strictDirectoryName()
                    || type.isAlias()
                    || registry.parentType(type)
                            .map(MetadataType::strictDirectoryName)
                            .orElse(false);
            assertThat(foundByDirectory)
                    .as("%s (.%s) cannot be found", type.name(), type.suffix())
                    .isTrue();
        }
    }

    @Test
    void everySourceFormatAdapterIsOneTheReaderKnows() {
        Set<String> adapters = new TreeSet<>();
        registry.types().forEach(t -> adapters.add(t.adapter()));
        assertThat(adapters)
                .isSubsetOf(
                        "default",
                        "matchingContentFile",
                        "mixedContent",
                        "bundle",
                        "decomposed",
                        "digitalExperience",
                        "uiBundles");
    }

    @ParameterizedTest
    @CsvSource({
        "cls, ApexClass",
        "object, CustomObject",
        "labels, CustomLabels",
        "workflow, Workflow",
        "reportFolder, ReportFolder",
        "emailFolder, EmailFolder",
        "custompageweblink, CustomPageWebLink",
        "md, CustomMetadata"
    })
    void findsTypesBySuffix(String suffix, String type) {
        assertThat(registry.typeBySuffix(suffix).map(MetadataType::name)).contains(type);
    }

    @Test
    void findsChildTypesByXmlElementAndFolderTypesByDirectory() {
        MetadataType workflow = registry.type("Workflow").orElseThrow();
        assertThat(registry.childTypeByXmlElement(workflow, "rules").map(MetadataType::name))
                .contains("WorkflowRule");
        assertThat(registry.childTypeByXmlElement(workflow, "alerts").map(MetadataType::name))
                .contains("WorkflowAlert");
        MetadataType object = registry.type("customobject").orElseThrow();
        assertThat(registry.childTypeByXmlElement(object, "fields").map(MetadataType::name))
                .contains("CustomField");
        assertThat(registry.childTypeBySuffix(object, "indexe").map(MetadataType::name))
                .contains("Index");
        assertThat(registry.folderTypeByDirectory("email").map(MetadataType::name))
                .contains("EmailFolder");
        assertThat(registry.folderTypeByDirectory("classes")).isEmpty();
        assertThat(registry.type("CustomObject").orElseThrow().wildcardOmitsStandardObjects())
                .isTrue();
        assertThat(registry.type("ApexClass").orElseThrow().wildcardOmitsStandardObjects())
                .isFalse();
    }
}
