package io.github.sfperm.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * sfperm's benchmark: {@code ./mvnw -B -Pbenchmark verify}. Generates synthetic Salesforce DX projects
 * ({@link ProjectGenerator}) of 1k, 10k and 120k components under {@code target/bench/}, runs {@link BenchmarkRun} on
 * each in fresh JVMs (timings with the default heap; the heap of one check in a {@code -Xmx512m} JVM), measures the
 * marginal cost of {@code sfperm:check} in a real Maven build of a 12k-component project (the same build with and
 * without {@code -Dsfperm.skip}, in turn), and prints a Markdown table, also written to
 * {@code target/bench/benchmark.md}. See {@code docs/performance.md}.
 *
 * <p>System properties (all optional): {@code sfperm.bench.sizes} (comma list, default {@code 1000,10000,120000}),
 * {@code sfperm.bench.reps} (measured runs per phase, default 5; four times as many up to 20,000 components),
 * {@code sfperm.bench.warmups} (default 3), {@code sfperm.bench.heap} (default {@code 512m}),
 * {@code sfperm.bench.timingHeap} (default: the JVM's), {@code sfperm.bench.mavenSize} (default 12000; 0 skips the
 * Maven measurement), {@code sfperm.bench.mavenRuns} (default 10), {@code sfperm.bench.hyperfine} (default true: also
 * time the two builds with hyperfine when it is on the PATH), {@code sfperm.bench.dir} (default
 * {@code target/bench}); set by the {@code benchmark} profile: {@code sfperm.bench.mavenHome},
 * {@code sfperm.bench.mavenVersion}, {@code sfperm.bench.localRepo} (where the invoker plugin installed the plugin),
 * {@code sfperm.bench.userRepo} and {@code sfperm.bench.pluginVersion}.
 */
public final class Benchmark {

    private final Path benchDir;
    private final List<Integer> sizes;
    private final int reps;
    private final int warmups;
    private final String heap;
    private final int mavenSize;
    private final int mavenRuns;
    private final StringBuilder report = new StringBuilder();

    private Benchmark() {
        benchDir = Path.of(System.getProperty("sfperm.bench.dir", "target/bench"))
                .toAbsolutePath()
                .normalize();
        sizes = Arrays.stream(System.getProperty("sfperm.bench.sizes", "1000,10000,120000")
                        .split(","))
                .map(String::trim)
                .filter(s -> !s.isEmpty())
                .map(Integer::parseInt)
                .toList();
        reps = Integer.getInteger("sfperm.bench.reps", 5);
        warmups = Integer.getInteger("sfperm.bench.warmups", 3);
        heap = System.getProperty("sfperm.bench.heap", "512m");
        mavenSize = Integer.getInteger("sfperm.bench.mavenSize", 12_000);
        mavenRuns = Integer.getInteger("sfperm.bench.mavenRuns", 10);
    }

    public static void main(String[] args) throws Exception {
        new Benchmark().run();
    }

    private void run() throws Exception {
        line("## sfperm benchmark");
        line("");
        line("- machine: " + Runtime.getRuntime().availableProcessors() + " cores (nproc), "
                + System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version") + ", "
                + System.getProperty("os.name") + " " + System.getProperty("os.arch"));
        line("- load average at start: " + loadAverage());
        line("- engine: a fresh JVM per size; first run = the first check in that JVM (as `sfperm:check` runs it,"
                + " warm-up thread included); warm = median of " + reps + " runs (" + 4 * reps + " up to 20,000"
                + " components) after " + warmups + " warm-up rounds; deployer "
                + ProjectGenerator.GAPS_DEPLOYER + " (no AuthorApex, no ManageInteraction), 3 allowlist entries");
        line("");
        Map<Integer, BenchmarkRun.Result> results = new LinkedHashMap<>();
        Map<Integer, BenchmarkRun.Result> memory = new LinkedHashMap<>();
        Map<Integer, BenchmarkRun.Result> coldTree = new LinkedHashMap<>();
        Map<Integer, ProjectGenerator.Project> projects = new LinkedHashMap<>();
        for (int size : sizes) {
            long start = System.nanoTime();
            ProjectGenerator.Project project = ProjectGenerator.generate(benchDir.resolve("projects/p" + size), size);
            System.out.printf(
                    Locale.ROOT,
                    "[bench] project of %,d components, %,d files: %s (%.1f s)%n",
                    project.components(),
                    project.files(),
                    benchDir.relativize(project.dir()),
                    (System.nanoTime() - start) / 1e9);
            projects.put(size, project);
            // small projects are quick to check: more runs, so that a busy moment of the machine weighs less
            int runs = size <= 20_000 ? 4 * reps : reps;
            results.put(
                    size,
                    child(project, List.of(Integer.toString(warmups), Integer.toString(runs)), timingJvmOptions()));
            memory.put(size, child(project, List.of("memory"), List.of("-Xmx" + heap)));
            coldTree.put(size, child(project, List.of("tree"), timingJvmOptions()));
        }
        table(results, memory, projects);
        treeTable(results, coldTree, projects);
        if (mavenSize > 0) {
            line("");
            maven();
        }
        line("");
        line("- load average at end: " + loadAverage());
        Path out = benchDir.resolve("benchmark.md");
        Files.writeString(out, report.toString(), StandardCharsets.UTF_8);
        System.out.println();
        System.out.print(report);
        System.out.println();
        System.out.println("[bench] written to " + out);
    }

    /** Runs {@link BenchmarkRun} with {@code args} on {@code project} in a fresh JVM with {@code options}. */
    private BenchmarkRun.Result child(ProjectGenerator.Project project, List<String> args, List<String> options)
            throws Exception {
        List<String> command = new ArrayList<>();
        command.add(javaExecutable());
        command.addAll(options);
        command.addAll(List.of(
                "-cp",
                System.getProperty("java.class.path"),
                BenchmarkRun.class.getName(),
                project.dir().toString()));
        command.addAll(args);
        System.out.println("[bench] java " + String.join(" ", options) + " " + BenchmarkRun.class.getSimpleName() + " "
                + benchDir.relativize(project.dir()) + " " + String.join(" ", args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        BenchmarkRun.Result result = null;
        List<String> output = new ArrayList<>();
        try (BufferedReader reader =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String text = reader.readLine(); text != null; text = reader.readLine()) {
                if (text.startsWith(BenchmarkRun.RESULT_PREFIX)) {
                    result = BenchmarkRun.Result.parse(text);
                } else if (!text.startsWith("SLF4J:")) {
                    output.add(text);
                }
            }
        }
        int exit = process.waitFor();
        if (exit != 0 || result == null) {
            output.forEach(System.out::println);
            if (output.stream().anyMatch(l -> l.contains("OutOfMemoryError"))) {
                System.out.println("[bench] out of memory with " + options);
                return null;
            }
            throw new IllegalStateException("the benchmark JVM failed (exit " + exit + ") on " + project.dir());
        }
        return result;
    }

    /** The timing JVM runs with the JVM's default heap, as Maven's JVM does, unless sfperm.bench.timingHeap is set. */
    private static List<String> timingJvmOptions() {
        String timingHeap = System.getProperty("sfperm.bench.timingHeap", "");
        return timingHeap.isBlank() ? List.of() : List.of("-Xmx" + timingHeap);
    }

    private void table(
            Map<Integer, BenchmarkRun.Result> results,
            Map<Integer, BenchmarkRun.Result> memory,
            Map<Integer, ProjectGenerator.Project> projects) {
        line("| components | files | findings | inference | manifests | rules | reports | **check** (median / best /"
                + " CPU) | check + reports | first check | first check + reports | heap -Xmx" + heap
                + ": peak / live |");
        line("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        for (Map.Entry<Integer, BenchmarkRun.Result> entry : results.entrySet()) {
            BenchmarkRun.Result r = entry.getValue();
            BenchmarkRun.Result m = memory.get(entry.getKey());
            ProjectGenerator.Project project = projects.get(entry.getKey());
            Map<String, Double> w = r.warmMillis();
            line(String.format(
                    Locale.ROOT,
                    "| %,d | %,d | %,d | %s | %s | %s | %s | **%s** / %s / %s | %s | %s | %s | %s |",
                    r.components(),
                    project.files(),
                    r.findings(),
                    ms(w.get("inference")),
                    ms(w.get("manifests")),
                    ms(w.get("rules")),
                    ms(w.get("reports")),
                    ms(w.get("check")),
                    ms(r.bestMillis().get("check")),
                    ms(r.cpuMillis().get("check")),
                    ms(w.get("checkAndReports")),
                    ms(r.coldMillis().get("check")),
                    ms(r.coldMillis().get("checkAndReports")),
                    m == null ? "out of memory" : mb(m.peakHeapBytes()) + " / " + mb(m.liveHeapBytes())));
        }
        if (results.size() > 1) {
            List<Integer> keys = new ArrayList<>(results.keySet());
            int small = keys.get(keys.size() - 2);
            int large = keys.get(keys.size() - 1);
            double ratio = results.get(large).warmMillis().get("check")
                    / results.get(small).warmMillis().get("check");
            line("");
            line(String.format(
                    Locale.ROOT,
                    "Warm check, %,d vs %,d components: %.1f× the time for %.1f× the" + " components.",
                    large,
                    small,
                    ratio,
                    (double) results.get(large).components()
                            / results.get(small).components()));
        }
        line("");
        line("Times in ms. inference = `SourceTreeReader.read`; manifests = `package.xml` and `destructiveChanges.xml`;"
                + " rules = `Checker` + `LeastPrivilegeCheck` + `FixPlanner`; reports = console lines + JSON, SARIF,"
                + " JUnit and Markdown files; check = `CheckEngine.check` (manifests, source tree, deployer, every"
                + " check, allowlist, fix); best = the least of the runs; CPU = the median CPU time of the thread that"
                + " checks (without garbage collection, compilation and the rest of the machine). Timings in a JVM"
                + " with the default heap, as Maven's. Heap: a separate JVM"
                + " limited to -Xmx" + heap + " runs one check with its reports; peak = most heap in use (just before"
                + " a collection), live = most still in use after one.");
    }

    /** Source-tree mode: the same projects checked without their manifest, every file looked at. */
    private void treeTable(
            Map<Integer, BenchmarkRun.Result> results,
            Map<Integer, BenchmarkRun.Result> coldTree,
            Map<Integer, ProjectGenerator.Project> projects) {
        line("");
        line("Without a manifest (source-tree mode, as a plain `sf project deploy start`: every file is listed and"
                + " the files that must be parsed are parsed):");
        line("");
        line("| components | files | **check** (median / best / CPU) | first check + reports |");
        line("|---:|---:|---:|---:|");
        for (Map.Entry<Integer, BenchmarkRun.Result> entry : results.entrySet()) {
            BenchmarkRun.Result r = entry.getValue();
            BenchmarkRun.Result cold = coldTree.get(entry.getKey());
            line(String.format(
                    Locale.ROOT,
                    "| %,d | %,d | **%s** / %s / %s | %s |",
                    r.components(),
                    projects.get(entry.getKey()).files(),
                    ms(r.warmMillis().get("checkTree")),
                    ms(r.bestMillis().get("checkTree")),
                    ms(r.cpuMillis().get("checkTree")),
                    cold == null ? "failed" : ms(cold.coldMillis().get("checkTreeAndReports"))));
        }
        if (results.size() > 1) {
            List<Integer> keys = new ArrayList<>(results.keySet());
            int small = keys.get(keys.size() - 2);
            int large = keys.get(keys.size() - 1);
            line("");
            line(String.format(
                    Locale.ROOT,
                    "Warm check without a manifest, %,d vs %,d components: %.1f× the time.",
                    large,
                    small,
                    results.get(large).warmMillis().get("checkTree")
                            / results.get(small).warmMillis().get("checkTree")));
        }
    }

    // ----------------------------------------------------------------------------------------------------- Maven

    /**
     * The marginal cost of {@code sfperm:check} in a real Maven build: {@code mvn validate} of a project whose pom binds
     * the check (deployer {@link ProjectGenerator#FULL_DEPLOYER}: the check passes, as in CI on a good day), with and
     * without {@code -Dsfperm.skip}, offline, the plugin from the repository the invoker plugin installed it in. Three
     * projects: the generated one with its manifest, the same without its manifest (the check reads the source tree,
     * as a plain {@code sf project deploy start} deploys it), and a project of one Apex class.
     */
    private void maven() throws Exception {
        String mavenHome = System.getProperty("sfperm.bench.mavenHome");
        String localRepo = System.getProperty("sfperm.bench.localRepo");
        String userRepo = System.getProperty("sfperm.bench.userRepo");
        String version = System.getProperty("sfperm.bench.pluginVersion");
        if (mavenHome == null || localRepo == null || userRepo == null || version == null) {
            line("Maven: not measured (run through `./mvnw -Pbenchmark verify`, which installs the plugin first).");
            return;
        }
        ProjectGenerator.Project project =
                ProjectGenerator.generate(benchDir.resolve("projects/maven" + mavenSize), mavenSize);
        Files.writeString(project.dir().resolve("pom.xml"), pom(version), StandardCharsets.UTF_8);
        Path sourceTree = benchDir.resolve("projects/maven" + mavenSize + "-source-tree");
        ProjectGenerator.Project withoutManifest = ProjectGenerator.generate(sourceTree, mavenSize);
        deleteRecursively(sourceTree.resolve("manifest"));
        Files.writeString(sourceTree.resolve("pom.xml"), pom(version), StandardCharsets.UTF_8);
        Path one = oneComponentProject(benchDir.resolve("projects/maven1"), project.dir(), version);
        Path settings = benchDir.resolve("maven-settings.xml");
        Files.writeString(settings, settings(Path.of(userRepo).toUri().toString()), StandardCharsets.UTF_8);
        String mvn = Path.of(mavenHome, "bin", isWindows() ? "mvn.cmd" : "mvn").toString();
        List<String> base =
                List.of(mvn, "-B", "-s", settings.toString(), "-Dmaven.repo.local=" + localRepo, "validate");
        List<String> check = new ArrayList<>(base);
        List<String> skip = new ArrayList<>(base);
        skip.add("-Dsfperm.skip=true");
        Path log = benchDir.resolve("maven-first-run.log");
        int exit = exec(check, project.dir(), log);
        if (exit != 0) {
            line("Maven: the first build failed (exit " + exit + "), see " + log + "; not measured.");
            return;
        }
        check.add(1, "-o");
        skip.add(1, "-o");
        line(String.format(
                Locale.ROOT,
                "Maven (%s, `mvn -o validate` of a project whose check passes, %d runs of each build in turn, after a"
                        + " warm-up; marginal cost = median of the %d paired differences):",
                mavenVersion(),
                mavenRuns,
                mavenRuns));
        line("");
        line("| project | with `sfperm:check` (median / best) | with `-Dsfperm.skip` (median / best) |"
                + " **marginal cost of the check** (median; best minus best) |");
        line("|---|---:|---:|---:|");
        mavenRow(
                String.format(Locale.ROOT, "%,d components, with its manifest", project.components()),
                project.dir(),
                check,
                skip);
        mavenRow(
                String.format(Locale.ROOT, "%,d components, from the source tree", withoutManifest.components()),
                sourceTree,
                check,
                skip);
        mavenRow("1 component (an Apex class), from the source tree", one, check, skip);
        mavenRow(
                String.format(
                        Locale.ROOT,
                        "%,d components, with its manifest; `MAVEN_OPTS=-XX:TieredStopAtLevel=1` (both builds)",
                        project.components()),
                project.dir(),
                check,
                skip,
                Map.of("MAVEN_OPTS", C1_ONLY));
        if (hyperfineAvailable()) {
            double[][] both = hyperfine(project.dir(), check, skip);
            line("");
            line(String.format(
                    Locale.ROOT,
                    "hyperfine, %,d components with the manifest (all runs of one build, then all of the other): %s"
                            + " with the check, %s without, median; %s more.",
                    project.components(),
                    ms(both[0][0]),
                    ms(both[1][0]),
                    ms(both[0][0] - both[1][0])));
        }
    }

    /** The JIT's first tier only: short-lived JVMs such as a Maven build's spend less compiling (README, Speed). */
    static final String C1_ONLY = "-XX:TieredStopAtLevel=1";

    /** One row of the Maven table: {@code mavenRuns} builds with the check and without, in turn, after one of each. */
    private void mavenRow(String label, Path dir, List<String> check, List<String> skip) throws Exception {
        mavenRow(label, dir, check, skip, Map.of());
    }

    private void mavenRow(String label, Path dir, List<String> check, List<String> skip, Map<String, String> env)
            throws Exception {
        // one build with the check, one without, in turn: a busy moment of the machine hits both alike
        exec(check, dir, null, env);
        exec(skip, dir, null, env);
        List<Double> a = new ArrayList<>();
        List<Double> b = new ArrayList<>();
        List<Double> differences = new ArrayList<>();
        for (int i = 0; i < mavenRuns; i++) {
            double withCheck = timed(check, dir, env);
            double withSkip = timed(skip, dir, env);
            a.add(withCheck);
            b.add(withSkip);
            differences.add(withCheck - withSkip);
        }
        line(String.format(
                Locale.ROOT,
                "| %s | %s / %s | %s / %s | **%s**; %s |",
                label,
                ms(BenchmarkRun.median(a)),
                ms(BenchmarkRun.min(a)),
                ms(BenchmarkRun.median(b)),
                ms(BenchmarkRun.min(b)),
                ms(BenchmarkRun.median(differences)),
                ms(BenchmarkRun.min(a) - BenchmarkRun.min(b))));
    }

    /** A project of one Apex class, deployed by the generated project's full deployer; its check passes. */
    private static Path oneComponentProject(Path dir, Path generated, String version) throws IOException {
        Path classes = dir.resolve("force-app/main/default/classes");
        Files.createDirectories(classes);
        Files.createDirectories(dir.resolve("ci"));
        Files.writeString(
                dir.resolve("sfdx-project.json"),
                "{\n  \"packageDirectories\": [{ \"path\": \"force-app\", \"default\": true }],\n"
                        + "  \"sourceApiVersion\": \"62.0\"\n}\n",
                StandardCharsets.UTF_8);
        Files.writeString(classes.resolve("Hello.cls"), "public with sharing class Hello {}\n", StandardCharsets.UTF_8);
        Files.writeString(
                classes.resolve("Hello.cls-meta.xml"),
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                        + "<ApexClass xmlns=\"http://soap.sforce.com/2006/04/metadata\">\n"
                        + "    <apiVersion>62.0</apiVersion>\n    <status>Active</status>\n</ApexClass>\n",
                StandardCharsets.UTF_8);
        Files.copy(
                generated.resolve(ProjectGenerator.FULL_DEPLOYER),
                dir.resolve(ProjectGenerator.FULL_DEPLOYER),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.writeString(dir.resolve("pom.xml"), pom(version), StandardCharsets.UTF_8);
        return dir;
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (java.util.stream.Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    private double[][] hyperfine(Path dir, List<String> check, List<String> skip) throws Exception {
        Path json = benchDir.resolve("hyperfine.json");
        List<String> command = List.of(
                "hyperfine",
                "--warmup",
                "2",
                "--runs",
                Integer.toString(mavenRuns),
                "--export-json",
                json.toString(),
                "--command-name",
                "check",
                quote(check),
                "--command-name",
                "skip",
                quote(skip));
        int exit = exec(command, dir, benchDir.resolve("hyperfine.log"));
        if (exit != 0) {
            throw new IllegalStateException(
                    "hyperfine failed (exit " + exit + "), see " + benchDir.resolve("hyperfine.log"));
        }
        JsonNode results = new ObjectMapper().readTree(json.toFile()).get("results");
        double[][] out = new double[2][];
        for (int i = 0; i < 2; i++) {
            JsonNode r = results.get(i);
            out[i] = new double[] {
                r.get("median").asDouble() * 1000, r.get("min").asDouble() * 1000
            };
        }
        return out;
    }

    private static String quote(List<String> command) {
        List<String> quoted = new ArrayList<>();
        for (String part : command) {
            quoted.add(part.matches("[A-Za-z0-9_./=:+-]+") ? part : "'" + part.replace("'", "'\\''") + "'");
        }
        return String.join(" ", quoted);
    }

    private static boolean hyperfineAvailable() {
        if (isWindows() || "false".equals(System.getProperty("sfperm.bench.hyperfine"))) {
            return false;
        }
        String path = System.getenv("PATH");
        return path != null
                && Arrays.stream(path.split(File.pathSeparator))
                        .anyMatch(d -> Files.isExecutable(Path.of(d, "hyperfine")));
    }

    private static double timed(List<String> command, Path dir, Map<String, String> env) throws Exception {
        long start = System.nanoTime();
        int exit = exec(command, dir, null, env);
        if (exit != 0) {
            throw new IllegalStateException("the Maven build failed (exit " + exit + "): " + String.join(" ", command));
        }
        return (System.nanoTime() - start) / 1e6;
    }

    private static int exec(List<String> command, Path dir, Path log) throws IOException, InterruptedException {
        return exec(command, dir, log, Map.of());
    }

    private static int exec(List<String> command, Path dir, Path log, Map<String, String> env)
            throws IOException, InterruptedException {
        ProcessBuilder builder =
                new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
        builder.environment().putAll(env);
        builder.redirectOutput(
                log == null ? ProcessBuilder.Redirect.DISCARD : ProcessBuilder.Redirect.to(log.toFile()));
        return builder.start().waitFor();
    }

    private static String pom(String version) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<project xmlns=\"http://maven.apache.org/POM/4.0.0\">\n"
                + "  <modelVersion>4.0.0</modelVersion>\n"
                + "  <groupId>io.github.sfperm.bench</groupId>\n"
                + "  <artifactId>bench</artifactId>\n"
                + "  <version>1.0</version>\n"
                + "  <packaging>pom</packaging>\n"
                + "  <build>\n"
                + "    <plugins>\n"
                + "      <plugin>\n"
                + "        <groupId>io.github.sfperm</groupId>\n"
                + "        <artifactId>sfperm-maven-plugin</artifactId>\n"
                + "        <version>" + version + "</version>\n"
                + "        <executions>\n"
                + "          <execution>\n"
                + "            <goals>\n"
                + "              <goal>check</goal>\n"
                + "            </goals>\n"
                + "          </execution>\n"
                + "        </executions>\n"
                + "        <configuration>\n"
                + "          <deployer>\n"
                + "            <permissionSets>\n"
                + "              <permissionSet>" + ProjectGenerator.FULL_DEPLOYER + "</permissionSet>\n"
                + "            </permissionSets>\n"
                + "          </deployer>\n"
                + "        </configuration>\n"
                + "      </plugin>\n"
                + "    </plugins>\n"
                + "  </build>\n"
                + "</project>\n";
    }

    /** As {@code src/it/settings.xml}: what the bench repository lacks comes from the user's local repository. */
    private static String settings(String userRepoUrl) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<settings>\n  <profiles>\n    <profile>\n"
                + "      <id>bench-repo</id>\n"
                + "      <repositories>\n        <repository>\n          <id>local.central</id>\n"
                + "          <url>" + userRepoUrl + "</url>\n"
                + "          <releases><enabled>true</enabled></releases>\n"
                + "          <snapshots><enabled>true</enabled></snapshots>\n        </repository>\n"
                + "      </repositories>\n      <pluginRepositories>\n        <pluginRepository>\n"
                + "          <id>local.central</id>\n          <url>" + userRepoUrl + "</url>\n"
                + "          <releases><enabled>true</enabled></releases>\n"
                + "          <snapshots><enabled>true</enabled></snapshots>\n        </pluginRepository>\n"
                + "      </pluginRepositories>\n    </profile>\n  </profiles>\n"
                + "  <activeProfiles>\n    <activeProfile>bench-repo</activeProfile>\n  </activeProfiles>\n"
                + "</settings>\n";
    }

    // ------------------------------------------------------------------------------------------------- helpers

    private static String mavenVersion() {
        return "Maven " + System.getProperty("sfperm.bench.mavenVersion", "");
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", isWindows() ? "java.exe" : "java")
                .toString();
    }

    private static boolean isWindows() {
        return System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");
    }

    private static String loadAverage() {
        try {
            Path loadavg = Path.of("/proc/loadavg");
            if (Files.isReadable(loadavg)) {
                String[] parts = Files.readString(loadavg).trim().split("\\s+");
                return parts[0] + ", " + parts[1] + ", " + parts[2] + " (1, 5, 15 min) at "
                        + Instant.now().truncatedTo(ChronoUnit.SECONDS);
            }
        } catch (IOException e) {
            // fall through
        }
        double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        return load < 0 ? "unknown" : String.format(Locale.ROOT, "%.2f (1 min)", load);
    }

    private static String ms(Double millis) {
        if (millis == null) {
            return "–";
        }
        return millis >= 100 ? String.format(Locale.ROOT, "%,.0f", millis) : String.format(Locale.ROOT, "%.1f", millis);
    }

    private static String mb(long bytes) {
        return String.format(Locale.ROOT, "%,d MB", bytes / (1024 * 1024));
    }

    private void line(String text) {
        report.append(text).append('\n');
    }
}
