package io.github.sfperm.source;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.sfperm.common.DisplayPath;
import io.github.sfperm.deploy.Component;
import io.github.sfperm.deploy.ManifestReader;
import io.github.sfperm.deploy.Operation;
import io.github.sfperm.registry.MetadataRegistry;
import io.github.sfperm.registry.MetadataType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * For every project of the test corpus ({@code -Dsfperm.corpus}, set by surefire to {@code ../shared/corpus}), the
 * components inferred from the source tree equal the members of the {@code package.xml} Salesforce's own library
 * ({@code @salesforce/source-deploy-retrieve}) generated for it ({@code .oracle/package.xml}, and
 * {@code .oracle/mdapi/*.package.xml} for each Metadata API folder), apart from the differences sfperm makes on
 * purpose (docs/source-formats.md, "Where sfperm differs from Salesforce's tooling"):
 *
 * <ol>
 *   <li>Report and Dashboard folders are members without a trailing {@code /} (the reference writes
 *       {@code Report: MyFolder/}, but {@code EmailTemplate: MyFolder} and {@code Document: MyFolder});
 *   <li>a Metadata API format file of a decomposed type ({@code objects/Account.object}) yields its child
 *       components ({@code CustomField Account.Foo__c}, ...) too, as the same object in source format does;
 *   <li>a Metadata API format document ({@code documents/Folder/logo.png} + {@code logo.png-meta.xml}) keeps its
 *       file extension in the member ({@code Folder/logo.png}), as the Metadata API names it.
 * </ol>
 *
 * Agreements worth stating (not differences): {@code CustomFieldTranslation} is never a component of its own (it
 * deploys with its {@code CustomObjectTranslation}); a {@code CustomObject} file with nothing in it is not deployed
 * (its children are); an object folder with child folders but no {@code .object-meta.xml} yields the children only.
 * The unclaimed and force-ignored files of the reference ({@code .oracle/components.json}) are compared too.
 *
 * <p>The corpus is a cut-down copy of each project: where a file the reference read is missing from the copy (one
 * {@code -meta.xml} of ProposalForce), the component it forms cannot be inferred from the copy and is left out of the
 * comparison, with a line saying so.
 */
class CorpusConformanceTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final MetadataRegistry REGISTRY = MetadataRegistry.builtIn();

    static Stream<String> projects() throws IOException {
        String corpus = System.getProperty("sfperm.corpus");
        if (corpus == null || !Files.isDirectory(Path.of(corpus))) {
            return Stream.of("(corpus not available)");
        }
        try (Stream<Path> dirs = Files.list(Path.of(corpus))) {
            return dirs
                    .filter(d -> Files.isDirectory(d.resolve(".oracle")))
                    .map(d -> d.getFileName().toString())
                    .sorted()
                    .toList()
                    .stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("projects")
    void inferredComponentsEqualSalesforceTooling(String name) throws Exception {
        String corpus = System.getProperty("sfperm.corpus");
        assumeTrue(
                corpus != null && Files.isDirectory(Path.of(corpus, name)),
                "set -Dsfperm.corpus to the test corpus to run the conformance tests");
        Path project = Path.of(corpus, name).toAbsolutePath().normalize();
        Path oracle = project.resolve(".oracle");
        SoftAssertions softly = new SoftAssertions();

        Path components = oracle.resolve("components.json");
        if (Files.isRegularFile(components)) {
            JsonNode reference = JSON.readTree(components.toFile());
            Path projectDir = project.resolve(reference.get("project").asText()).getParent();
            SourceTree tree = SourceTreeReader.read(projectDir);
            Set<String> lost = lostInCopy(project, reference);
            compare(softly, name, project, tree, oracle.resolve("package.xml"), lost);
            compareDxFiles(softly, name, project, tree, reference, lost);
        }
        Path mdapi = oracle.resolve("mdapi");
        if (Files.isDirectory(mdapi)) {
            try (Stream<Path> files = Files.list(mdapi)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".components.json"))
                        .sorted()
                        .toList()) {
                    JsonNode reference = JSON.readTree(file.toFile());
                    String dir = reference.get("dir").asText();
                    SourceTree tree = SourceTreeReader.readMetadataApiFolder(
                            project, project.resolve(dir).normalize(), REGISTRY);
                    String label = name + " [Metadata API folder " + dir + "]";
                    Path manifest = Path.of(file.toString().replace(".components.json", ".package.xml"));
                    Set<String> lost = lostInCopy(project, reference);
                    compare(softly, label, project, tree, manifest, lost);
                    compareMetadataApiFiles(softly, label, project, tree, reference, lost);
                }
            }
        }
        softly.assertAll();
    }

    /**
     * The components of the reference whose files are missing from the corpus copy ({@code "Type: member"}), and
     * their remaining files ({@code "file:path"}), which the copy leaves unclaimed.
     */
    private static Set<String> lostInCopy(Path project, JsonNode reference) {
        Set<String> lost = new TreeSet<>();
        for (JsonNode component : reference.get("components")) {
            List<String> files = new ArrayList<>();
            for (String key : List.of("xml", "content")) {
                if (component.hasNonNull(key)) {
                    files.add(component.get(key).asText());
                }
            }
            if (files.stream().anyMatch(f -> !Files.exists(project.resolve(f)))) {
                lost.add(component.get("type").asText() + ": "
                        + component.get("fullName").asText());
                files.stream().filter(f -> Files.exists(project.resolve(f))).forEach(f -> lost.add("file:" + f));
            }
        }
        return lost;
    }

    private static void compare(
            SoftAssertions softly, String label, Path project, SourceTree tree, Path manifest, Set<String> lost)
            throws Exception {
        Set<String> expected = new TreeSet<>();
        for (Component c : ManifestReader.read(manifest, Operation.DEPLOY).components()) {
            String key = c.type() + ": " + withoutFolderSlash(c.member());
            if (lost.contains(key)) {
                System.out.printf("%s: not compared, a file of it is missing from the corpus copy: %s%n", label, key);
            } else {
                expected.add(key);
            }
        }
        Set<String> actual = new TreeSet<>();
        int splitChildren = 0;
        int documentExtensions = 0;
        for (SourceComponent c : tree.sourceComponents()) {
            if (!c.deployed()) {
                continue;
            }
            if (isSplitFromMetadataApiFile(c)) {
                splitChildren++;
                continue;
            }
            String member = c.member();
            if (isMetadataApiDocument(c)) {
                documentExtensions++;
                int slash = member.lastIndexOf('/');
                member = member.substring(0, slash + 1) + Names.baseName(member.substring(slash + 1));
            }
            actual.add(c.type() + ": " + member);
        }
        Set<String> matched = new TreeSet<>(actual);
        matched.retainAll(expected);
        Set<String> missing = new TreeSet<>(expected);
        missing.removeAll(actual);
        Set<String> extra = new TreeSet<>(actual);
        extra.removeAll(expected);
        System.out.printf(
                "%s: %d/%d components match%s%n",
                label,
                matched.size(),
                expected.size(),
                splitChildren + documentExtensions == 0
                        ? ""
                        : " (documented differences: " + splitChildren
                                + " children split from Metadata API files, " + documentExtensions
                                + " documents named with their extension)");
        softly.assertThat(missing)
                .as("%s: components in %s that sfperm does not infer", label, project.relativize(manifest))
                .isEmpty();
        softly.assertThat(extra)
                .as("%s: components sfperm infers that %s does not list", label, project.relativize(manifest))
                .isEmpty();
    }

    /** Difference 2: children of a decomposed type read from a Metadata API format file ({@code .object}). */
    private static boolean isSplitFromMetadataApiFile(SourceComponent c) {
        MetadataType type = REGISTRY.type(c.registryType()).orElseThrow();
        return type.isChild()
                && "decomposed".equals(REGISTRY.parentType(type).orElseThrow().transformer())
                && !c.file().getFileName().toString().endsWith("-meta.xml");
    }

    /** Difference 3: a Metadata API format document ({@code logo.png-meta.xml}). */
    private static boolean isMetadataApiDocument(SourceComponent c) {
        return c.registryType().equals("Document")
                && c.content().isPresent()
                && c.file().getFileName().toString().equals(c.content().get().getFileName() + "-meta.xml");
    }

    /** Difference 1: the reference writes Report and Dashboard folders as {@code MyFolder/}. */
    private static String withoutFolderSlash(String member) {
        return member.endsWith("/") ? member.substring(0, member.length() - 1) : member;
    }

    private static void compareDxFiles(
            SoftAssertions softly, String label, Path project, SourceTree tree, JsonNode reference, Set<String> lost) {
        Set<String> expectedUnclaimed = new TreeSet<>();
        List<String> expectedDenied = new ArrayList<>();
        List<String> expectedIgnored = new ArrayList<>();
        for (JsonNode directory : reference.get("packageDirectories")) {
            for (JsonNode file : directory.get("unclaimedFiles")) {
                if (file.get("deniedByForceignore").asBoolean()) {
                    expectedDenied.add(file.get("path").asText());
                } else {
                    expectedUnclaimed.add(file.get("path").asText());
                }
            }
            directory.get("forceIgnoredPaths").forEach(p -> expectedIgnored.add(p.asText()));
        }
        compareFiles(softly, label, project, tree, expectedUnclaimed, expectedDenied, expectedIgnored, lost);
    }

    private static void compareMetadataApiFiles(
            SoftAssertions softly, String label, Path project, SourceTree tree, JsonNode reference, Set<String> lost) {
        String dir = reference.get("dir").asText();
        Set<String> expectedUnclaimed = new TreeSet<>();
        for (JsonNode file : reference.get("unclaimedFiles")) {
            String path = file.get("path").asText();
            String inFolder = dir.equals(".") ? path : path.substring(dir.length() + 1);
            if (inFolder.contains("/")) { // files beside package.xml are not part of the folder's content
                expectedUnclaimed.add(path);
            }
        }
        compareFiles(softly, label, project, tree, expectedUnclaimed, List.of(), List.of(), lost);
    }

    private static void compareFiles(
            SoftAssertions softly,
            String label,
            Path project,
            SourceTree tree,
            Set<String> expectedUnclaimed,
            List<String> expectedDenied,
            List<String> expectedIgnored,
            Set<String> lost) {
        Set<String> unclaimed = new TreeSet<>();
        tree.unclaimedFiles().forEach(u -> unclaimed.add(DisplayPath.of(project, u.file())));
        unclaimed.removeIf(path -> lost.contains("file:" + path));
        List<String> ignored = tree.forceIgnoredPaths().stream()
                .map(p -> DisplayPath.of(project, p))
                .toList();
        softly.assertThat(unclaimed).as("%s: unclaimed files", label).isEqualTo(expectedUnclaimed);
        for (String path : concat(expectedDenied, expectedIgnored)) {
            softly.assertThat(ignored.stream().anyMatch(i -> path.equals(i) || path.startsWith(i + "/")))
                    .as("%s: %s is force-ignored (reported as %s)", label, path, ignored)
                    .isTrue();
        }
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
