package io.github.sfperm.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sfperm.check.AllowlistEntry;
import io.github.sfperm.check.CheckResult;
import io.github.sfperm.deploy.Origin;
import io.github.sfperm.deployer.DeployerSpec;
import io.github.sfperm.registry.MetadataRegistry;
import io.github.sfperm.report.CatalogueExport;
import io.github.sfperm.report.ConsoleLine;
import io.github.sfperm.report.ConsoleReport;
import io.github.sfperm.report.ExplainReport;
import io.github.sfperm.report.Format;
import io.github.sfperm.report.GithubAnnotations;
import io.github.sfperm.report.PermissionSetWriter;
import io.github.sfperm.report.ReportContext;
import io.github.sfperm.report.Reports;
import io.github.sfperm.source.ManifestWriter;
import io.github.sfperm.source.SourceTreeReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Same input, same output, byte for byte (SPEC 8): every file sfperm writes to {@code target/sfperm} (the four reports,
 * the inferred manifest, the fix, the catalogue) and every log line, for two runs over the same project, and for the
 * same project copied to another directory.
 */
class ReportDeterminismTest {

    private static final Path EXAMPLE = Path.of("examples/dreamhouse").toAbsolutePath();

    @TempDir
    Path dir;

    @Test
    void twoRunsOverTheSameProjectWriteTheSameBytes() throws Exception {
        Path project = copy(EXAMPLE, dir.resolve("dreamhouse"));
        Map<String, byte[]> first = runAndCollect(project, "sfperm-1");
        Map<String, byte[]> second = runAndCollect(project, "sfperm-2");
        assertSameBytes(first, second);
    }

    @Test
    void theSameProjectInAnotherDirectoryWritesTheSameBytes() throws Exception {
        Path here = copy(EXAMPLE, dir.resolve("a/dreamhouse"));
        Path there = copy(EXAMPLE, dir.resolve("somewhere/else/entirely/dreamhouse"));
        assertSameBytes(runAndCollect(here, "sfperm"), runAndCollect(there, "sfperm"));
    }

    @Test
    void aProjectWithoutManifestIsCheckedTheSameWayTwice() throws Exception {
        Path project = copy(EXAMPLE, dir.resolve("dreamhouse"));
        Files.delete(project.resolve("manifest/package.xml"));
        assertSameBytes(runAndCollect(project, "sfperm-1"), runAndCollect(project, "sfperm-2"));
    }

    private static void assertSameBytes(Map<String, byte[]> first, Map<String, byte[]> second) {
        assertThat(second.keySet()).containsExactlyElementsOf(first.keySet());
        assertThat(first)
                .containsKeys(
                        "sfperm.json",
                        "sfperm.sarif",
                        "sfperm-junit.xml",
                        "sfperm.md",
                        "package.xml",
                        "sfperm_Deployer.permissionset-meta.xml",
                        "catalogue.json",
                        "console.log",
                        "annotations.log",
                        "explain.log");
        first.forEach((name, bytes) -> assertThat(second.get(name)).as(name).isEqualTo(bytes));
    }

    /** What the goals write for {@code project}, into {@code target/<output>}: file name to bytes. */
    private static Map<String, byte[]> runAndCollect(Path project, String output) throws Exception {
        Path out = project.resolve("target").resolve(output);
        Path deployer = project.resolve("ci/CI_Deployer.permissionset-meta.xml");
        Path pom = project.resolve("pom.xml");
        CheckRequest request = CheckRequest.builder(project)
                .configFile(pom)
                .deployer(DeployerSpec.of(List.of(deployer)))
                .allowlist(List.of(
                        AllowlistEntry.of(
                                1,
                                "Flow",
                                "Create_*",
                                null,
                                null,
                                "flows go with the release",
                                "2027-01-31",
                                Origin.of(pom),
                                pom),
                        AllowlistEntry.of(
                                2, "Nothing", null, null, null, "matches nothing", null, Origin.of(pom), pom)))
                .expectedPermissions(List.of("ViewSetup"))
                .today(LocalDate.of(2026, 11, 28))
                .build();
        CheckEngine engine = new CheckEngine();
        CheckResult result = engine.check(request);
        ReportContext context = ReportContext.of(project, "0.1.0-test", "dreamhouse");
        Reports.write(result, context, out, EnumSet.allOf(Format.class));
        Files.writeString(out.resolve("console.log"), lines(ConsoleReport.lines(result, project)));
        Files.writeString(out.resolve("annotations.log"), String.join("\n", GithubAnnotations.lines(result, context)));

        CheckResult needs = engine.needs(request);
        Files.writeString(out.resolve("explain.log"), String.join("\n", ExplainReport.needs(needs, project)));
        PermissionSetWriter.write(
                out.resolve("sfperm_Deployer.permissionset-meta.xml"), "sfperm Deployer", "fix", needs.fix());
        CatalogueExport.write(result.catalogue(), MetadataRegistry.builtIn(), out.resolve("catalogue.json"));
        ManifestWriter.write(SourceTreeReader.read(project), "62.0", out.resolve("package.xml"));

        Map<String, byte[]> written = new TreeMap<>();
        try (Stream<Path> files = Files.list(out)) {
            for (Path file : files.toList()) {
                written.put(file.getFileName().toString(), Files.readAllBytes(file));
            }
        }
        return written;
    }

    private static String lines(List<ConsoleLine> lines) {
        List<String> text = new ArrayList<>();
        lines.forEach(line -> text.add(line.level() + " " + line.text()));
        return String.join("\n", text);
    }

    private static Path copy(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path path :
                    paths.filter(p -> !from.relativize(p).startsWith("target")).toList()) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.write(target, Files.readAllBytes(path));
                }
            }
        }
        assertThat(Files.readString(to.resolve("pom.xml"), StandardCharsets.UTF_8))
                .contains("dreamhouse");
        return to;
    }
}
