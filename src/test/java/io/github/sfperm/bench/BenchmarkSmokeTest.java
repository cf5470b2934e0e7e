package io.github.sfperm.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sfperm.source.SourceTree;
import io.github.sfperm.source.SourceTreeReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The benchmark ({@code ./mvnw -Pbenchmark verify}) keeps working: a small generated project is what sfperm infers
 * from it, and one round of the harness checks it. No timing is asserted here; docs/performance.md has the figures.
 */
class BenchmarkSmokeTest {

    @TempDir
    Path dir;

    @Test
    void theGeneratedProjectIsWhatSalesforceToolingWouldDeploy() throws Exception {
        ProjectGenerator.Project project = ProjectGenerator.generate(dir.resolve("p500"), 500);

        SourceTree tree = SourceTreeReader.read(project.dir());
        Map<String, Set<String>> inferred = new TreeMap<>();
        tree.members().forEach((type, members) -> inferred.put(type, new TreeSet<>(members)));
        assertThat(inferred).isEqualTo(project.expected());
        assertThat(tree.unclaimedFiles()).isEmpty();
        assertThat(tree.forceIgnoredPaths()).isNotEmpty(); // the LWC __tests__ folders, jsconfig.json, .eslintrc.json
        assertThat(project.components()).isEqualTo(500);
        assertThat(project.expected().keySet())
                .contains(
                        "CustomField",
                        "CustomLabel",
                        "ApexClass",
                        "CustomObjectTranslation",
                        "Layout",
                        "LightningComponentBundle",
                        "Report",
                        "Flow",
                        "Profile");
    }

    @Test
    void theFullDeployersCheckPassesAndThePayloadsAreOnesSalesforceAccepts() throws Exception {
        // the Maven measurement times a build whose check passes, as in CI on a good day
        ProjectGenerator.Project project = ProjectGenerator.generate(dir.resolve("p500"), 500);
        io.github.sfperm.check.CheckResult result = new io.github.sfperm.engine.CheckEngine()
                .check(io.github.sfperm.engine.CheckRequest.builder(project.dir())
                        .deployer(io.github.sfperm.deployer.DeployerSpec.of(
                                java.util.List.of(project.dir().resolve(ProjectGenerator.FULL_DEPLOYER))))
                        .build());
        assertThat(result.hasErrors()).as("%s", result.findings()).isFalse();
        assertThat(result.findings()).noneMatch(f -> f.kind().name().startsWith("PAYLOAD_"));
    }

    @Test
    void theSameSizeGivesTheSameProjectAndIsNotWrittenTwice() throws Exception {
        ProjectGenerator.Project first = ProjectGenerator.generate(dir.resolve("p"), 500);
        Path manifest = first.dir().resolve("manifest/package.xml");
        long written = Files.getLastModifiedTime(manifest).toMillis();
        ProjectGenerator.Project again = ProjectGenerator.generate(dir.resolve("p"), 500);
        assertThat(again.expected()).isEqualTo(first.expected());
        assertThat(again.files()).isEqualTo(first.files());
        assertThat(Files.getLastModifiedTime(manifest).toMillis()).isEqualTo(written);
    }

    @Test
    void oneRoundOfTheHarnessChecksEveryComponent() throws Exception {
        ProjectGenerator.Project project = ProjectGenerator.generate(dir.resolve("p500"), 500);

        BenchmarkRun.Result result = new BenchmarkRun(project.dir()).run(0, 1);

        assertThat(result.components()).isEqualTo(500);
        assertThat(result.findings()).isPositive(); // the gaps deployer lacks AuthorApex and ManageInteraction
        assertThat(result.warmMillis()).containsOnlyKeys(BenchmarkRun.PHASES);
        assertThat(project.dir().resolve("target/sfperm/sfperm.sarif")).isRegularFile();
        assertThat(new BenchmarkRun(project.dir()).memory().components()).isEqualTo(500);
        // without the manifests, the tree gives the components deployed (not the deletions), and they are put back
        assertThat(new BenchmarkRun(project.dir()).coldTree().components()).isEqualTo(500 - project.deletions());
        assertThat(project.dir().resolve("manifest/package.xml")).isRegularFile();
        BenchmarkRun.Result parsed = BenchmarkRun.Result.parse(result.format());
        assertThat(parsed.components()).isEqualTo(500);
        assertThat(parsed.warmMillis()).containsOnlyKeys(BenchmarkRun.PHASES);
    }
}
