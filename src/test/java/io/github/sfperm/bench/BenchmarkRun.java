package io.github.sfperm.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import io.github.sfperm.catalogue.Catalogue;
import io.github.sfperm.catalogue.PermissionNames;
import io.github.sfperm.check.AllowlistEntry;
import io.github.sfperm.check.CheckResult;
import io.github.sfperm.check.Checker;
import io.github.sfperm.check.Finding;
import io.github.sfperm.check.FixPlanner;
import io.github.sfperm.check.LeastPrivilegeCheck;
import io.github.sfperm.check.Level;
import io.github.sfperm.common.InputException;
import io.github.sfperm.deploy.ManifestLocator;
import io.github.sfperm.deploy.Origin;
import io.github.sfperm.deployer.Deployer;
import io.github.sfperm.deployer.DeployerSpec;
import io.github.sfperm.engine.CheckEngine;
import io.github.sfperm.engine.CheckRequest;
import io.github.sfperm.registry.MetadataRegistry;
import io.github.sfperm.report.ConsoleReport;
import io.github.sfperm.report.Format;
import io.github.sfperm.report.ReportContext;
import io.github.sfperm.report.Reports;
import io.github.sfperm.source.SourceTreeReader;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/**
 * Measures sfperm on one generated project, in this JVM: the first check (cold: classes loaded, code interpreted),
 * then, after warming up, the median of {@code reps} runs of each phase — source-tree inference, the manifests, rule
 * evaluation (checker, least privilege, fix), report writing (console lines and every report file), the whole
 * {@link CheckEngine#check} and the check with its reports (what {@code sfperm:check} does) — and the peak heap.
 * {@link Benchmark} runs it in a fresh JVM per size; {@code main} prints one {@code RESULT} line for it to read.
 */
public final class BenchmarkRun {

    /** What {@code main} prints before its results, for the parent to find. */
    static final String RESULT_PREFIX = "RESULT ";

    /** The phases, in the order of the table. */
    static final List<String> PHASES =
            List.of("inference", "manifests", "rules", "reports", "check", "checkAndReports", "checkTree");

    private final Path dir;
    private final CheckRequest request;
    private final ReportContext context;
    private final Path reportDir;

    BenchmarkRun(Path dir) throws InputException {
        this.dir = dir.toAbsolutePath().normalize();
        Path pom = this.dir.resolve("pom.xml");
        Origin origin = Origin.of(pom);
        this.request = CheckRequest.builder(this.dir)
                .deployer(DeployerSpec.of(List.of(this.dir.resolve(ProjectGenerator.GAPS_DEPLOYER))))
                .allowlist(List.of(
                        AllowlistEntry.of(
                                1,
                                "Flow",
                                "Legacy_*",
                                "ManageInteraction",
                                null,
                                "legacy flows are deployed by the release team",
                                null,
                                origin,
                                pom),
                        AllowlistEntry.of(
                                2,
                                "ApexClass",
                                "*_Test",
                                null,
                                null,
                                "test classes go with the release train",
                                "2099-12-31",
                                origin,
                                pom),
                        AllowlistEntry.of(
                                3, "Dashboard", "Old_*", null, null, "no longer deployed", null, origin, pom)))
                .today(LocalDate.of(2026, 11, 28))
                .build();
        this.context = ReportContext.of(this.dir, "bench", "bench");
        this.reportDir = this.dir.resolve("target/sfperm");
    }

    /**
     * The measurements of one project, in milliseconds: the first run of each cold phase; the median, best (least)
     * wall time and median CPU time of this thread over the measured runs of each warm phase.
     */
    record Result(
            int components,
            int findings,
            Map<String, Double> coldMillis,
            Map<String, Double> warmMillis,
            Map<String, Double> bestMillis,
            Map<String, Double> cpuMillis,
            long peakHeapBytes,
            long liveHeapBytes,
            long maxHeapBytes) {

        private static final List<String> PREFIXES = List.of("cold.", "warm.", "best.", "cpu.");

        String format() {
            StringBuilder text = new StringBuilder(RESULT_PREFIX);
            text.append("components=").append(components).append(" findings=").append(findings);
            List<Map<String, Double>> maps = List.of(coldMillis, warmMillis, bestMillis, cpuMillis);
            for (int i = 0; i < maps.size(); i++) {
                String prefix = PREFIXES.get(i);
                maps.get(i)
                        .forEach((k, v) -> text.append(' ')
                                .append(prefix)
                                .append(k)
                                .append('=')
                                .append(String.format(java.util.Locale.ROOT, "%.1f", v)));
            }
            text.append(" peakHeap=")
                    .append(peakHeapBytes)
                    .append(" liveHeap=")
                    .append(liveHeapBytes)
                    .append(" maxHeap=")
                    .append(maxHeapBytes);
            return text.toString();
        }

        static Result parse(String line) {
            Map<String, String> values = new LinkedHashMap<>();
            for (String pair : line.substring(RESULT_PREFIX.length()).trim().split(" ")) {
                int eq = pair.indexOf('=');
                values.put(pair.substring(0, eq), pair.substring(eq + 1));
            }
            List<Map<String, Double>> maps =
                    List.of(new LinkedHashMap<>(), new LinkedHashMap<>(), new LinkedHashMap<>(), new LinkedHashMap<>());
            values.forEach((k, v) -> {
                for (int i = 0; i < PREFIXES.size(); i++) {
                    if (k.startsWith(PREFIXES.get(i))) {
                        maps.get(i).put(k.substring(PREFIXES.get(i).length()), Double.parseDouble(v));
                    }
                }
            });
            return new Result(
                    Integer.parseInt(values.get("components")),
                    Integer.parseInt(values.get("findings")),
                    maps.get(0),
                    maps.get(1),
                    maps.get(2),
                    maps.get(3),
                    Long.parseLong(values.get("peakHeap")),
                    Long.parseLong(values.get("liveHeap")),
                    Long.parseLong(values.get("maxHeap")));
        }
    }

    /**
     * Runs the benchmark: the first check with its reports, then {@code warmups} unmeasured rounds, then {@code reps}
     * measured runs of each phase.
     */
    Result run(int warmups, int reps) throws Exception {
        Map<String, Double> cold = new LinkedHashMap<>();
        long start = System.nanoTime();
        CheckEngine.warmUp(); // as sfperm:check starts
        CheckResult result = new CheckEngine().check(request);
        cold.put("check", millis(System.nanoTime() - start));
        long reportsStart = System.nanoTime();
        reports(result);
        cold.put("reports", millis(System.nanoTime() - reportsStart));
        cold.put("checkAndReports", millis(System.nanoTime() - start));

        for (int i = 0; i < warmups; i++) {
            checkAndReports();
            rules(result);
            SourceTreeReader.read(dir);
        }
        Samples samples = new Samples();
        for (int i = 0; i < reps; i++) {
            time(samples, "inference", () -> SourceTreeReader.read(dir));
            time(
                    samples,
                    "manifests",
                    () -> ManifestLocator.readWithDestructive(
                            dir,
                            ManifestLocator.packageXml(dir, Optional.empty()).orElseThrow()));
            time(samples, "rules", () -> rules(result));
            time(samples, "reports", () -> reports(result));
            time(samples, "check", () -> new CheckEngine().check(request));
            time(samples, "checkAndReports", this::checkAndReports);
            time(samples, "checkTree", () -> withoutManifest(() -> new CheckEngine().check(request)));
        }
        return new Result(
                result.plan().components().size(),
                result.findings().size(),
                cold,
                samples.summary(samples.wall, BenchmarkRun::median),
                samples.summary(samples.wall, BenchmarkRun::min),
                samples.summary(samples.cpu, BenchmarkRun::median),
                0,
                0,
                Runtime.getRuntime().maxMemory());
    }

    /**
     * One check with its reports, as {@code sfperm:check} runs it, watching the heap: for a JVM started with the
     * heap limit to prove ({@code -Xmx512m}).
     */
    Result memory() throws Exception {
        HeapWatch heap = HeapWatch.start();
        long start = System.nanoTime();
        CheckEngine.warmUp();
        CheckResult result = new CheckEngine().check(request);
        reports(result);
        double millis = millis(System.nanoTime() - start);
        heap.stop();
        return new Result(
                result.plan().components().size(),
                result.findings().size(),
                Map.of("checkAndReports", millis),
                Map.of(),
                Map.of(),
                Map.of(),
                heap.peak(),
                heap.live(),
                Runtime.getRuntime().maxMemory());
    }

    /**
     * The first check in this JVM, with its reports, of the project without its manifest: source-tree mode, as a plain
     * {@code sf project deploy start}, where every file must be looked at.
     */
    Result coldTree() throws Exception {
        return withoutManifest(() -> {
            long start = System.nanoTime();
            CheckEngine.warmUp();
            CheckResult result = new CheckEngine().check(request);
            reports(result);
            return new Result(
                    result.plan().components().size(),
                    result.findings().size(),
                    Map.of("checkTreeAndReports", millis(System.nanoTime() - start)),
                    Map.of(),
                    Map.of(),
                    Map.of(),
                    0,
                    0,
                    Runtime.getRuntime().maxMemory());
        });
    }

    /** Runs {@code body} while the manifest folder is moved aside (a rename), so that the check reads the tree. */
    private <T> T withoutManifest(java.util.concurrent.Callable<T> body) throws Exception {
        Path manifest = dir.resolve("manifest");
        Path aside = dir.resolve("manifest.aside");
        java.nio.file.Files.move(manifest, aside);
        try {
            return body.call();
        } finally {
            java.nio.file.Files.move(aside, manifest);
        }
    }

    private void checkAndReports() throws Exception {
        reports(new CheckEngine().check(request));
    }

    /** What {@code sfperm:check} writes: the console lines and every report file. */
    private void reports(CheckResult result) throws IOException {
        ConsoleReport.lines(result, dir);
        Reports.write(result, context, reportDir, EnumSet.allOf(Format.class));
    }

    /** Rule evaluation alone, on the plan and deployer of a check: the checker, least privilege and the fix. */
    private static void rules(CheckResult result) {
        Catalogue catalogue = result.catalogue();
        Deployer deployer = result.deployer();
        Checker checker = new Checker(catalogue, MetadataRegistry.builtIn(), Level.WARN);
        List<Finding> findings = checker.check(result.plan().components(), result.effectivePermissions());
        new LeastPrivilegeCheck(catalogue, checker, PermissionNames.builtIn())
                .check(result.plan().components(), deployer, java.util.Set.of(), Level.WARN, Path.of("pom.xml"));
        FixPlanner.plan(
                findings,
                result.effectivePermissions(),
                new FixPlanner.Policy(
                        catalogue::withImplied, catalogue::dependencies, deployer::licenceAllows, catalogue::isBroad));
    }

    @FunctionalInterface
    private interface Phase {
        void run() throws Exception;
    }

    /** Wall and CPU times of each phase's runs. */
    private static final class Samples {
        final Map<String, List<Double>> wall = new LinkedHashMap<>();
        final Map<String, List<Double>> cpu = new LinkedHashMap<>();

        Samples() {
            PHASES.forEach(p -> {
                wall.put(p, new ArrayList<>());
                cpu.put(p, new ArrayList<>());
            });
        }

        Map<String, Double> summary(
                Map<String, List<Double>> values, java.util.function.Function<List<Double>, Double> summary) {
            Map<String, Double> result = new LinkedHashMap<>();
            values.forEach((phase, list) -> result.put(phase, summary.apply(list)));
            return result;
        }
    }

    /**
     * Runs one phase once, noting its wall time and the CPU time of this thread (what the check itself spent, apart
     * from the garbage collector, the compiler, and whatever else the machine runs).
     */
    private static void time(Samples samples, String phase, Phase body) throws Exception {
        java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpuStart = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        body.run();
        samples.wall.get(phase).add(millis(System.nanoTime() - start));
        samples.cpu.get(phase).add(millis(threads.getCurrentThreadCpuTime() - cpuStart));
    }

    static double min(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).min().orElse(0);
    }

    private static double millis(long nanos) {
        return nanos / 1_000_000.0;
    }

    static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(null);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    /**
     * The most heap in use: the heap just before each collection (where it peaks) and, between collections, a
     * sample every millisecond; and the most still in use after a collection (what the check keeps alive).
     */
    static final class HeapWatch {
        private final AtomicLong peak = new AtomicLong();
        private final AtomicLong live = new AtomicLong();
        private final Thread sampler;
        private volatile boolean running = true;

        private HeapWatch() {
            for (var gc : ManagementFactory.getGarbageCollectorMXBeans()) {
                if (gc instanceof NotificationEmitter emitter) {
                    emitter.addNotificationListener(
                            (notification, handback) -> {
                                if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(
                                        notification.getType())) {
                                    return;
                                }
                                var info = GarbageCollectionNotificationInfo.from(
                                                (CompositeData) notification.getUserData())
                                        .getGcInfo();
                                peak.accumulateAndGet(heapUsed(info.getMemoryUsageBeforeGc()), Math::max);
                                live.accumulateAndGet(heapUsed(info.getMemoryUsageAfterGc()), Math::max);
                            },
                            null,
                            null);
                }
            }
            sampler = new Thread(
                    () -> {
                        while (running) {
                            peak.accumulateAndGet(
                                    ManagementFactory.getMemoryMXBean()
                                            .getHeapMemoryUsage()
                                            .getUsed(),
                                    Math::max);
                            try {
                                Thread.sleep(1);
                            } catch (InterruptedException e) {
                                return;
                            }
                        }
                    },
                    "heap-sampler");
            sampler.setDaemon(true);
            sampler.start();
        }

        static HeapWatch start() {
            return new HeapWatch();
        }

        /** Heap pools only: the non-heap pools (metaspace, code cache) are not what -Xmx bounds. */
        private static long heapUsed(Map<String, MemoryUsage> pools) {
            long used = 0;
            for (var pool : ManagementFactory.getMemoryPoolMXBeans()) {
                MemoryUsage usage = pools.get(pool.getName());
                if (usage != null && pool.getType() == java.lang.management.MemoryType.HEAP) {
                    used += usage.getUsed();
                }
            }
            return used;
        }

        void stop() throws InterruptedException {
            running = false;
            sampler.join();
        }

        long peak() {
            return peak.get();
        }

        long live() {
            return live.get();
        }
    }

    /**
     * {@code BenchmarkRun <project directory> <warmups> <reps>} (timings) or {@code BenchmarkRun <project directory>
     * memory} (the heap of one check) or {@code BenchmarkRun <project directory> tree} (the first check without the
     * manifest): prints one {@link #RESULT_PREFIX} line.
     */
    public static void main(String[] args) throws Exception {
        BenchmarkRun run = new BenchmarkRun(Path.of(args[0]));
        Result result = switch (args[1]) {
            case "memory" -> run.memory();
            case "tree" -> run.coldTree();
            default -> run.run(Integer.parseInt(args[1]), Integer.parseInt(args[2]));
        };
        System.out.println(result.format());
    }
}
