package io.github.sfperm.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.sfperm.catalogue.Catalogue;
import io.github.sfperm.check.CheckResult;
import io.github.sfperm.check.Finding;
import io.github.sfperm.check.Kind;
import io.github.sfperm.common.InputException;
import io.github.sfperm.deploy.ManifestLocator;
import io.github.sfperm.deploy.ManifestReader;
import io.github.sfperm.deploy.Operation;
import io.github.sfperm.deployer.DeployerSpec;
import io.github.sfperm.source.ManifestWriter;
import io.github.sfperm.source.SourceTree;
import io.github.sfperm.source.SourceTreeReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The field suite: {@code check} and {@code manifest} on every real project of the corpus ({@code -Dsfperm.corpus},
 * set by surefire to {@code ../shared/corpus}), as a new user would run them. {@code check} runs in source-tree mode
 * where the project has no default manifest, and with every {@code package.xml} the project holds; each with (a) a
 * deployer holding every permission the catalogue names and (b) the minimum Gearset's article on Salesforce
 * Integration user licences gives ({@code ApiEnabled}, {@code ModifyMetadata}, {@code CustomizeApplication}, with the
 * {@code ViewSetup} and {@code ViewRoles} they depend on). No project may be refused, nothing may crash, and (a) must
 * give no {@code MISSING_PERMISSION}. What (b) gives is printed, for the precision study.
 */
class FieldSuiteTest {

    /** https://gearset.com/blog/what-are-salesforce-integration-user-licenses/ */
    static final List<String> GEARSET_MINIMUM =
            List.of("ApiEnabled", "ModifyMetadata", "CustomizeApplication", "ViewSetup", "ViewRoles");

    private static Optional<Path> corpus() {
        String corpus = System.getProperty("sfperm.corpus");
        return corpus != null && Files.isDirectory(Path.of(corpus))
                ? Optional.of(Path.of(corpus).toAbsolutePath().normalize())
                : Optional.empty();
    }

    private static List<Path> projects() throws IOException {
        Optional<Path> corpus = corpus();
        if (corpus.isEmpty()) {
            return List.of();
        }
        try (Stream<Path> dirs = Files.list(corpus.get())) {
            return dirs.filter(d -> Files.isDirectory(d.resolve(".oracle")))
                    .sorted()
                    .toList();
        }
    }

    /** Every run: project, manifest (relative; "" for source-tree mode), deployer. */
    static Stream<Arguments> runs() throws Exception {
        List<Arguments> runs = new ArrayList<>();
        for (Path project : projects()) {
            List<String> manifests = new ArrayList<>();
            if (ManifestLocator.packageXml(project, Optional.empty()).isEmpty()) {
                manifests.add("");
            }
            try (Stream<Path> files = Files.walk(project)) {
                files.filter(f -> f.getFileName().toString().equals("package.xml"))
                        .map(f -> project.relativize(f).toString().replace('\\', '/'))
                        .filter(f -> !f.startsWith(".oracle/") && !f.contains("node_modules/"))
                        .sorted()
                        .forEach(manifests::add);
            }
            for (String manifest : manifests) {
                runs.add(Arguments.of(project.getFileName().toString(), manifest, "every permission"));
                runs.add(Arguments.of(project.getFileName().toString(), manifest, "Gearset minimum"));
            }
        }
        if (runs.isEmpty()) {
            runs.add(Arguments.of("(corpus not available)", "", "every permission"));
        }
        return runs.stream();
    }

    static Stream<String> projectNames() throws IOException {
        List<String> names =
                projects().stream().map(p -> p.getFileName().toString()).toList();
        return names.isEmpty() ? Stream.of("(corpus not available)") : names.stream();
    }

    @ParameterizedTest(name = "check {0} {1} with {2}")
    @MethodSource("runs")
    void checkRunsOnEveryRealProject(String name, String manifest, String deployer) throws Exception {
        Path project = requireCorpus(name);
        List<String> permissions = deployer.equals("every permission") ? everyPermission() : GEARSET_MINIMUM;
        CheckRequest request = CheckRequest.builder(project)
                .projectDir(salesforceProject(project))
                .manifest(manifest.isEmpty() ? Optional.empty() : Optional.of(project.resolve(manifest)))
                .deployer(new DeployerSpec(List.of(), List.of(), Optional.empty(), permissions, Optional.empty()))
                .build();
        String shown = manifest.isEmpty() ? "package.xml" : manifest;
        String rejected = rejectedBySalesforce(project, shown);
        if (rejected != null) {
            // Salesforce's own manifest parser rejects this file: so does sfperm, saying where, never crashing
            assertThatThrownBy(() -> new CheckEngine().check(request))
                    .isInstanceOfSatisfying(
                            InputException.class,
                            e -> assertThat(e.describe(project)).startsWith(shown + ":"));
            System.out.printf("field suite: %s %s: refused, as by Salesforce's tooling (%s)%n", name, shown, rejected);
            return;
        }
        CheckResult result = new CheckEngine().check(request);
        TreeMap<String, TreeSet<String>> missing = new TreeMap<>();
        for (Finding f : result.findings()) {
            if (f.kind() == Kind.MISSING_PERMISSION) {
                missing.computeIfAbsent(f.ruleId(), r -> new TreeSet<>()).addAll(f.unmetPermissions());
            }
        }
        System.out.printf(
                "field suite: %s %s, %s: %s; MISSING_PERMISSION by rule: %s%n",
                name, manifest.isEmpty() ? "(source tree)" : manifest, deployer, result.countsByKind(), missing);
        if (deployer.equals("every permission")) {
            assertThat(missing)
                    .as("a deployer holding every permission the catalogue names")
                    .isEmpty();
        }
    }

    @ParameterizedTest(name = "manifest {0}")
    @MethodSource("projectNames")
    void theManifestGoalWritesWhatItReadsOnEveryRealProject(String name, @TempDir Path out) throws Exception {
        Path project = requireCorpus(name);
        SourceTree tree = SourceTreeReader.read(salesforceProject(project));
        Path file = out.resolve("package.xml");
        ManifestWriter.write(tree, "62.0", file);
        assertThat(ManifestReader.read(file, Operation.DEPLOY).components())
                .hasSize(tree.components().size())
                .isNotEmpty();
    }

    /** The Salesforce project: the corpus project, or the directory of its sfdx-project.json when that lies deeper. */
    static Path salesforceProject(Path project) throws IOException {
        if (Files.exists(project.resolve("sfdx-project.json"))
                || SourceTreeReader.findMetadataApiFolder(project).isPresent()) {
            return project;
        }
        try (Stream<Path> files = Files.walk(project)) {
            return files.filter(f -> f.getFileName().toString().equals("sfdx-project.json"))
                    .filter(f -> !project.relativize(f).toString().contains("node_modules"))
                    .min(java.util.Comparator.comparingInt(Path::getNameCount))
                    .map(Path::getParent)
                    .orElse(project);
        }
    }

    /** The error of Salesforce's manifest parser for {@code manifest} ({@code .oracle/manifests.json}), or null. */
    private static String rejectedBySalesforce(Path project, String manifest) throws IOException {
        Path oracle = project.resolve(".oracle/manifests.json");
        if (!Files.exists(oracle)) {
            return null;
        }
        for (JsonNode entry : new ObjectMapper().readTree(oracle.toFile()).path("manifests")) {
            if (entry.path("path").asText().equals(manifest) && entry.hasNonNull("error")) {
                return entry.get("error").asText();
            }
        }
        return null;
    }

    private static Path requireCorpus(String name) {
        assumeTrue(
                corpus().isPresent(),
                "../shared/corpus is not here: the field suite runs sfperm on the corpus of real projects (set"
                        + " -Dsfperm.corpus to it)");
        return corpus().get().resolve(name);
    }

    private static List<String> everyPermission() throws Exception {
        TreeSet<String> all = new TreeSet<>();
        Catalogue.builtIn().rules().forEach(r -> all.addAll(r.requires().permissions()));
        return List.copyOf(all);
    }
}
