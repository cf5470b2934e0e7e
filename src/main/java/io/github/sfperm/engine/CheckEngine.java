package io.github.sfperm.engine;

import io.github.sfperm.catalogue.Catalogue;
import io.github.sfperm.catalogue.PermissionNames;
import io.github.sfperm.catalogue.RefusedDeletions;
import io.github.sfperm.check.Allowlist;
import io.github.sfperm.check.AllowlistEntry;
import io.github.sfperm.check.AllowlistFileReader;
import io.github.sfperm.check.Baseline;
import io.github.sfperm.check.CheckResult;
import io.github.sfperm.check.Checker;
import io.github.sfperm.check.ConfidenceThreshold;
import io.github.sfperm.check.Finding;
import io.github.sfperm.check.FixPlanner;
import io.github.sfperm.check.Kind;
import io.github.sfperm.check.LeastPrivilegeCheck;
import io.github.sfperm.check.Level;
import io.github.sfperm.check.LicenceCheck;
import io.github.sfperm.check.ObjectFields;
import io.github.sfperm.check.ObjectPayloadCheck;
import io.github.sfperm.check.PayloadCheck;
import io.github.sfperm.check.PayloadReferenceCheck;
import io.github.sfperm.check.PayloadRules;
import io.github.sfperm.check.PermissionNameCheck;
import io.github.sfperm.check.ReferenceCheck;
import io.github.sfperm.check.RefusedDeletionCheck;
import io.github.sfperm.common.Background;
import io.github.sfperm.common.DisplayPath;
import io.github.sfperm.common.InputException;
import io.github.sfperm.common.InputFiles;
import io.github.sfperm.common.ProjectFiles;
import io.github.sfperm.deploy.Component;
import io.github.sfperm.deploy.DeploymentPlan;
import io.github.sfperm.deploy.Manifest;
import io.github.sfperm.deploy.ManifestLocator;
import io.github.sfperm.deploy.Operation;
import io.github.sfperm.deploy.Origin;
import io.github.sfperm.deployer.Deployer;
import io.github.sfperm.deployer.DeployerLoader;
import io.github.sfperm.deployer.DeployerSpec;
import io.github.sfperm.deployer.PermissionFileIndex;
import io.github.sfperm.deployer.PermissionFileReader;
import io.github.sfperm.references.RecordId;
import io.github.sfperm.references.Reference;
import io.github.sfperm.references.ReferenceData;
import io.github.sfperm.references.ReferenceKind;
import io.github.sfperm.references.ReferenceScanner;
import io.github.sfperm.references.Replacements;
import io.github.sfperm.references.TargetOrg;
import io.github.sfperm.registry.MetadataRegistry;
import io.github.sfperm.source.PackageDirectory;
import io.github.sfperm.source.SfdxProject;
import io.github.sfperm.source.SourceComponent;
import io.github.sfperm.source.SourceTree;
import io.github.sfperm.source.SourceTreeReader;
import io.github.sfperm.source.UnclaimedFile;
import io.github.sfperm.source.WildcardExpansion;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Runs sfperm from a {@link CheckRequest}: reads what is deployed, who deploys and the catalogue, checks every
 * component, the payload and the licence, applies the allowlist and works out the fix. Knows nothing of Maven.
 */
public final class CheckEngine {

    private static final Set<String> PAYLOAD_TYPES =
            Set.of("PermissionSet", "MutingPermissionSet", "Profile", "PermissionSetGroup");

    private final MetadataRegistry registry;
    private final PermissionNames names;

    public CheckEngine() {
        this(MetadataRegistry.builtIn());
    }

    public CheckEngine(MetadataRegistry registry) {
        this.registry = registry;
        this.names = PermissionNames.builtIn();
    }

    /**
     * Starts loading, on a second thread, the libraries a check needs only later (see {@link Warmup}), so that a
     * check in a JVM that has just started (a Maven build) is not held up loading them one after the other. Call it
     * as early as possible; it does nothing the second time.
     */
    public static void warmUp() {
        Warmup.start();
    }

    /** The check: every gap between what the deployment needs and what the deployer holds. */
    public CheckResult check(CheckRequest request) throws InputException {
        return check(request, Timings.NONE);
    }

    /** {@link #check(CheckRequest)}, charging the time of each step to {@code timings}. */
    public CheckResult check(CheckRequest request, Timings timings) throws InputException {
        if (request.deployer().isEmpty()) {
            throw new InputException("no deploying user is configured: add <deployer> with <permissionSets>,"
                    + " <permissionSetGroups>, <profile> or <permissions> to the sfperm plugin configuration,"
                    + " so sfperm knows what the deploying user holds (see README, Configuration)");
        }
        return run(request, request.deployer(), true, timings);
    }

    /**
     * What the deployment needs, whoever deploys: the check of a deployer holding nothing but what its licence
     * grants, so that every requirement shows as a finding. The fix of the result is the least privileged permission
     * set that makes {@link #check} pass.
     */
    public CheckResult needs(CheckRequest request) throws InputException {
        DeployerSpec spec = request.deployer();
        return run(
                request,
                new DeployerSpec(
                        List.of(), List.of(), Optional.empty(), List.of(), spec.license(), spec.licensePermissions()),
                false,
                Timings.NONE);
    }

    private CheckResult run(CheckRequest request, DeployerSpec spec, boolean leastPrivilege, Timings timings)
            throws InputException {
        requireInside(request, spec);
        // the project's files, listed once on a thread of their own, for the searches by name (permission sets,
        // profiles and groups; the objects whose fields the payloads name): from the start when a manifest or a group
        // will send sfperm looking for them, while this thread reads the manifests
        ProjectListing listing = new ProjectListing(request.projectDir());
        if (!spec.permissionSetGroups().isEmpty() || hasManifest(request)) {
            listing.start();
        }
        // what is deployed first, while the warm-up thread reads the built-in catalogue; a problem with the rule
        // files is still the one reported when both they and the manifests have one
        Planned planned;
        try {
            planned = plan(request);
        } catch (InputException e) {
            Catalogue.withUserFiles(request.ruleFiles());
            throw e;
        }
        timings.lap("plan");
        Catalogue catalogue = Catalogue.withUserFiles(request.ruleFiles());
        timings.lap("catalogue");
        DeploymentPlan plan = planned.plan();
        Checker probe = new Checker(catalogue, registry, request.unknownTypeLevel());
        ReferenceData referenceData = ReferenceData.builtIn();
        // in manifest mode, when the files of deployed components will be needed (conditional rules, references), the
        // source tree is read on a second thread while this one reads the deployer and checks the payloads
        SourceFiles source = new SourceFiles(planned.tree(), request.projectDir());
        if (needsConditionFiles(catalogue, probe, plan) || needsReferenceFiles(referenceData, probe, plan)) {
            source.startReading();
        }
        if (deploysPayloads(plan)) {
            listing.start();
        }
        PermissionFileIndex index = new PermissionFileIndex(
                List.of(request.projectDir()), () -> packageDirectories(request.projectDir()), listing.lister());
        Deployer deployer = new DeployerLoader(request.baseDir(), index).load(spec);
        Set<String> effective = catalogue.withImplied(deployer.permissions());
        timings.lap("deployer");
        List<PayloadCheck.Payload> payloads = payloads(plan, planned.tree(), index);
        timings.lap("payload files");
        List<Finding> payloadFindings = new ArrayList<>(new PayloadCheck(catalogue, names).check(payloads, deployer));
        timings.lap("payload checks");
        if (!payloads.isEmpty()) {
            ObjectFields fields = objectFields(payloads, planned.tree(), request.projectDir(), listing.lister());
            payloadFindings.addAll(new ObjectPayloadCheck(PayloadRules.builtIn()).check(payloads, fields));
            timings.lap("object and field permissions");
            payloadFindings.addAll(payloadReferences(request, plan, source, index, payloads, fields));
            timings.lap("payload references");
        }

        Map<Component.Id, org.dom4j.Element> roots = conditionFiles(catalogue, probe, plan, source);
        Checker checker = new Checker(
                catalogue, registry, request.unknownTypeLevel(), c -> Optional.ofNullable(roots.get(c.id())));
        List<Finding> findings = new ArrayList<>(checker.check(plan.components(), effective));
        findings.addAll(planned.findings());
        findings.addAll(
                new RefusedDeletionCheck(RefusedDeletions.builtIn(), checker::effectiveType).check(plan.components()));
        timings.lap("rules");
        findings.addAll(references(request, plan, source, checker, referenceData));
        timings.lap("references");
        findings = new LicenceCheck(names).apply(findings, deployer, effective);
        PermissionNameCheck nameCheck = new PermissionNameCheck(names);
        findings.addAll(nameCheck.userRules(catalogue));
        findings.addAll(nameCheck.deployer(deployer, request.configFile()));
        findings.addAll(payloadFindings);
        if (leastPrivilege) {
            findings.addAll(new LeastPrivilegeCheck(catalogue, checker, names)
                    .check(
                            plan.components(),
                            deployer,
                            request.expectedPermissions(),
                            request.excessPermissionLevel(),
                            request.configFile()));
        }

        findings = ConfidenceThreshold.apply(findings, request.failOnConfidence());

        List<AllowlistEntry> entries = new ArrayList<>(request.allowlist());
        if (request.allowlistFile().isPresent()) {
            entries.addAll(AllowlistFileReader.read(request.allowlistFile().get(), request.baseDir()));
        }
        Allowlist.Outcome outcome = new Allowlist(entries, request.failOnUnusedAllowlist() ? Level.ERROR : Level.WARN)
                .apply(findings, request.today());
        List<Finding> remaining = outcome.findings();
        List<Finding> baselined = List.of();
        if (request.baselineFile().isPresent()) {
            Baseline.Outcome accepted =
                    Baseline.read(request.baselineFile().get()).apply(remaining, request.baseDir());
            remaining = accepted.findings();
            baselined = accepted.baselined();
        }
        FixPlanner.Policy policy = FixPlanner.Policy.of(catalogue, deployer);
        Set<String> fix = FixPlanner.plan(remaining, effective, policy);
        timings.lap("allowlist and fix");
        return new CheckResult(plan, deployer, effective, remaining, outcome.suppressed(), fix, catalogue, baselined);
    }

    /**
     * The configured files that lie in the project must really be in it: a file of the pull request turned into a
     * symbolic link must not make sfperm read (and quote) a file outside the project. A file the configuration names
     * outside the project (a shared allowlist) is the configuration's choice.
     */
    private static void requireInside(CheckRequest request, DeployerSpec spec) throws InputException {
        List<Path> files = new ArrayList<>(spec.permissionSets());
        files.addAll(spec.permissionSetGroups());
        spec.profile().ifPresent(files::add);
        files.addAll(request.ruleFiles());
        request.allowlistFile().ifPresent(files::add);
        request.baselineFile().ifPresent(files::add);
        for (Path file : files) {
            InputFiles.requireInside(request.baseDir(), file);
        }
    }

    /**
     * What is deployed: the manifests, with every {@code *} expanded to the components of the source tree; or, when
     * there is no manifest, the whole source tree, as a plain {@code sf project deploy start} would deploy it.
     */
    private Planned plan(CheckRequest request) throws InputException {
        if (!Files.isDirectory(request.projectDir())) {
            throw new InputException(
                    "the Salesforce project directory does not exist (or is not a directory): set"
                            + " <projectDirectory> (-Dsfperm.projectDirectory) to the directory of sfdx-project.json",
                    request.projectDir());
        }
        Optional<Path> packageXml = ManifestLocator.packageXml(request.projectDir(), request.manifest());
        List<Finding> findings = new ArrayList<>();
        if (packageXml.isEmpty()) {
            Optional<SourceTree> tree = SourceTreeReader.readIfPresent(request.projectDir());
            if (tree.isEmpty()) {
                throw new InputException("nothing to check: no package.xml (looked for "
                        + String.join(", ", ManifestLocator.DEFAULT_LOCATIONS)
                        + ") and no source tree (sfdx-project.json,"
                        + " or a Metadata API folder with package.xml) in " + DisplayPath.of(null, request.projectDir())
                        + "; set <manifest> (or -Dsfperm.manifest), or <projectDirectory> when the Salesforce project"
                        + " lies in a sub-directory");
            }
            for (UnclaimedFile unclaimed : tree.get().unclaimedFiles()) {
                findings.add(new Finding(
                        Kind.UNCLAIMED_FILE,
                        Kind.UNCLAIMED_FILE.defaultLevel(),
                        "source-tree",
                        null,
                        Origin.of(unclaimed.file()),
                        null,
                        null,
                        null,
                        "",
                        "not deployed: " + unclaimed.reason()));
            }
            return new Planned(new DeploymentPlan(List.of(), tree.get().components()), findings, tree);
        }
        List<Manifest> manifests = ManifestLocator.readWithDestructive(request.baseDir(), packageXml.get());
        boolean wildcards =
                manifests.stream().flatMap(m -> m.components().stream()).anyMatch(Component::isWildcard);
        // only a wildcard needs the whole source tree; the files of the permission sets and profiles deployed (for the
        // payload checks) are found by name, package directories first (PermissionFileIndex), without reading the tree
        Optional<SourceTree> tree = wildcards ? SourceTreeReader.readIfPresent(request.projectDir()) : Optional.empty();
        Map<Component.Id, Component> components = new LinkedHashMap<>();
        for (Manifest manifest : manifests) {
            for (Component component : manifest.components()) {
                if (!component.isWildcard() || tree.isEmpty()) {
                    components.putIfAbsent(component.id(), component);
                    continue;
                }
                WildcardExpansion expansion = tree.get().expand(component.type());
                for (Component expanded : expansion.components()) {
                    Component named = new Component(
                            expanded.type(), expanded.member(), component.operation(), component.origin());
                    components.putIfAbsent(named.id(), named);
                }
                if (expansion.matchesNothing() || expansion.note().isPresent()) {
                    findings.add(new Finding(
                            Kind.EMPTY_WILDCARD,
                            Kind.EMPTY_WILDCARD.defaultLevel(),
                            "wildcard",
                            component,
                            component.origin(),
                            null,
                            null,
                            null,
                            "",
                            expansion
                                    .note()
                                    .orElse("* for " + component.type() + " matches nothing in the source tree")));
                }
            }
        }
        return new Planned(new DeploymentPlan(manifests, new ArrayList<>(components.values())), findings, tree);
    }

    /**
     * The root elements of the files of the components being deployed that a conditional rule ({@code <when>}) applies
     * to, read only for those: found in the source tree (read now in manifest mode, as the manifest goal finds source
     * files), keyed by component. A component whose file is not in the project, or that lives inside its parent's
     * file, has none; its conditional rules then do not apply.
     */
    private static Map<Component.Id, org.dom4j.Element> conditionFiles(
            Catalogue catalogue, Checker probe, DeploymentPlan plan, SourceFiles sourceFiles) throws InputException {
        List<Component> needing = conditional(catalogue, probe, plan);
        if (needing.isEmpty()) {
            return Map.of();
        }
        Optional<SourceTree> source = sourceFiles.get();
        if (source.isEmpty()) {
            return Map.of();
        }
        Map<Component.Id, org.dom4j.Element> roots = new java.util.HashMap<>();
        for (Component component : needing) {
            Optional<SourceComponent> found = source.get().component(component.type(), component.member());
            if (found.isPresent()
                    && found.get().line() == 0
                    && Files.isRegularFile(found.get().file())) {
                roots.put(
                        component.id(),
                        io.github.sfperm.xml.SecureXml.read(found.get().file()).getRootElement());
            }
        }
        return roots;
    }

    /** The deployed components a conditional rule applies to: their files are read. */
    private static List<Component> conditional(Catalogue catalogue, Checker probe, DeploymentPlan plan) {
        if (!catalogue.hasConditionalRules()) {
            return List.of();
        }
        return plan.components().stream()
                .filter(c -> c.operation() == Operation.DEPLOY && !c.isWildcard())
                .filter(c -> probe.rulesFor(c).stream().anyMatch(io.github.sfperm.catalogue.Rule::isConditional))
                .toList();
    }

    private static boolean needsConditionFiles(Catalogue catalogue, Checker probe, DeploymentPlan plan) {
        return !conditional(catalogue, probe, plan).isEmpty();
    }

    /** Whether a deployed component is of a type whose files {@link #references} reads. */
    private static boolean needsReferenceFiles(ReferenceData data, Checker checker, DeploymentPlan plan) {
        return plan.components().stream()
                .anyMatch(c -> c.operation() == Operation.DEPLOY
                        && !c.isWildcard()
                        && reads(data, checker.effectiveType(c), c.member()));
    }

    /**
     * What the deployed files name in the target org, and the record ids written into them: the files of the deployed
     * components of the types {@link ReferenceData} reads, found in the source tree (read here in manifest mode when
     * the manifest deploys such a type and had no wildcard to expand).
     */
    private List<Finding> references(
            CheckRequest request, DeploymentPlan plan, SourceFiles sourceFiles, Checker checker, ReferenceData data)
            throws InputException {
        if (!needsReferenceFiles(data, checker, plan)) {
            return List.of();
        }
        List<Component> deployed = plan.components().stream()
                .filter(c -> c.operation() == Operation.DEPLOY && !c.isWildcard())
                .toList();
        TargetOrg targetOrg = request.targetOrg().load();
        Optional<SourceTree> source = sourceFiles.get();
        if (source.isEmpty()) {
            return List.of();
        }
        // each file once, with the component it is the file of (a parent before the children held in its file)
        Map<Path, SourceComponent> files = new java.util.TreeMap<>();
        Map<Path, Component> owners = new java.util.HashMap<>();
        Map<ReferenceKind, Set<String>> deployedNames = new java.util.EnumMap<>(ReferenceKind.class);
        for (Component component : deployed) {
            for (ReferenceKind kind : ReferenceKind.values()) {
                if (kind.metadataType().equals(checker.effectiveType(component))) {
                    deployedNames
                            .computeIfAbsent(kind, k -> new java.util.HashSet<>())
                            .add(component.member().toLowerCase(java.util.Locale.ROOT));
                }
            }
            Optional<SourceComponent> found = source.get().component(component.type(), component.member());
            if (found.isEmpty() || !reads(data, found.get().registryType(), component.member())) {
                continue;
            }
            SourceComponent previous = files.get(found.get().file());
            if (previous == null || (previous.line() > 0 && found.get().line() == 0)) {
                files.put(found.get().file(), found.get());
                owners.put(found.get().file(), component);
            }
        }
        ReferenceScanner scanner = new ReferenceScanner(data);
        List<ReferenceCheck.Located<Reference>> references = new ArrayList<>();
        List<ReferenceCheck.Located<RecordId>> ids = new ArrayList<>();
        List<Map.Entry<Path, SourceComponent>> entries = new ArrayList<>(files.entrySet());
        // thousands of files in a large project: read and scanned on every core, the results in file order
        List<ReferenceScanner.Scan> scans = Background.mapInOrder(
                entries,
                256,
                InputException.class,
                e -> scanner.scan(e.getKey(), e.getValue().registryType()));
        for (int n = 0; n < entries.size(); n++) {
            ReferenceScanner.Scan scan = scans.get(n);
            Component owner = owners.get(entries.get(n).getKey());
            scan.references().forEach(r -> references.add(new ReferenceCheck.Located<>(owner, r)));
            scan.ids().forEach(i -> ids.add(new ReferenceCheck.Located<>(owner, i)));
        }
        Replacements replacements = Replacements.read(request.projectDir(), request.environment());
        return new ReferenceCheck(targetOrg, deployedNames, replacements).check(references, ids);
    }

    /** Whether files of a component of {@code type} are read: {@code Settings} by their root, as {@code CaseSettings}. */
    private static boolean reads(ReferenceData data, String type, String member) {
        return type.equals("Settings") ? data.reads(member + "Settings") : data.reads(type);
    }

    /** The package directories of {@code sfdx-project.json} in {@code projectDir}; none without that file. */
    private static List<Path> packageDirectories(Path projectDir) throws InputException {
        Path file = projectDir.resolve(SfdxProject.FILE_NAME);
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        return SfdxProject.read(file).packageDirectories().stream()
                .map(PackageDirectory::directory)
                .toList();
    }

    /**
     * The source tree of one check, read at most once: already read for the plan (no manifest, or a manifest with a
     * {@code *}), or read when a later step first needs the files of the deployed components (conditional rules,
     * references), and then shared by the steps after it.
     */
    private static final class SourceFiles {
        private final Path projectDir;
        private Optional<SourceTree> tree;
        private Background<Optional<SourceTree>> reading;

        SourceFiles(Optional<SourceTree> planned, Path projectDir) {
            this.projectDir = projectDir;
            this.tree = planned.isPresent() ? planned : null;
        }

        /** Starts reading the tree on a second thread, unless it is read already; {@link #get} then waits for it. */
        void startReading() {
            if (tree == null && reading == null) {
                reading = Background.start("sfperm-source-tree", () -> SourceTreeReader.readIfPresent(projectDir));
            }
        }

        Optional<SourceTree> get() throws InputException {
            if (tree == null) {
                tree = reading != null
                        ? reading.join(InputException.class)
                        : SourceTreeReader.readIfPresent(projectDir);
            }
            return tree;
        }
    }

    /**
     * The components the payloads name ({@link PayloadReferenceCheck}): held when this deployment deploys them, the
     * source tree holds them (read, once per check, only when a name is not in the deployment) or, for a permission set,
     * its file is in the project.
     */
    private List<Finding> payloadReferences(
            CheckRequest request,
            DeploymentPlan plan,
            SourceFiles sourceFiles,
            PermissionFileIndex index,
            List<PayloadCheck.Payload> payloads,
            ObjectFields fields)
            throws InputException {
        if (payloads.isEmpty()) {
            return List.of();
        }
        Set<String> deployed = new java.util.HashSet<>();
        for (Component component : plan.components()) {
            if (component.operation() == Operation.DEPLOY && !component.isWildcard()) {
                String type = registry.type(component.type()).map(t -> t.name()).orElse(component.type());
                deployed.add(key(type, component.member()));
            }
        }
        PayloadReferenceCheck.Project project = (type, member) -> {
            if (deployed.contains(key(type, member))) {
                return true;
            }
            if ((type.equals("PermissionSet") || type.equals("MutingPermissionSet"))
                    && index.find(type, member).isPresent()) {
                return true;
            }
            return sourceFiles.get().flatMap(t -> t.component(type, member)).isPresent();
        };
        return new PayloadReferenceCheck(
                        PayloadRules.builtIn(), request.targetOrg().load())
                .check(payloads, fields, project);
    }

    private static String key(String type, String member) {
        return type + ":" + member.toLowerCase(java.util.Locale.ROOT);
    }

    /** Whether the check reads a manifest (a problem finding it is left for {@link #plan} to report). */
    private static boolean hasManifest(CheckRequest request) {
        try {
            return Files.isDirectory(request.projectDir())
                    && ManifestLocator.packageXml(request.projectDir(), request.manifest())
                            .isPresent();
        } catch (InputException e) {
            return false;
        }
    }

    /** Whether the plan deploys a permission set, muting permission set, profile or permission set group. */
    private boolean deploysPayloads(DeploymentPlan plan) {
        return plan.components().stream()
                .anyMatch(c -> c.operation() == Operation.DEPLOY
                        && PAYLOAD_TYPES.contains(
                                registry.type(c.type()).map(t -> t.name()).orElse(c.type())));
    }

    /** The project's files, listed at most once per check: on a thread of its own once started, else when first asked. */
    private static final class ProjectListing {
        private final Path projectDir;
        private Background<ProjectFiles> listing;

        ProjectListing(Path projectDir) {
            this.projectDir = projectDir;
        }

        synchronized void start() {
            if (listing == null) {
                listing = Background.start("sfperm-project-files", () -> ProjectFiles.list(projectDir));
            }
        }

        ProjectFiles.Lister lister() {
            return directory -> {
                start();
                return listing.join(InputException.class).lister().below(directory);
            };
        }
    }

    /** A plan, what reading it found worth saying, and the source tree when it was read. */
    private record Planned(DeploymentPlan plan, List<Finding> findings, Optional<SourceTree> tree) {}

    /**
     * The fields of the objects in the source tree (its package directories, else those of {@code sfdx-project.json},
     * else the folders holding the payloads' type folders); nothing is read when nothing is deployed that needs it.
     */
    private static ObjectFields objectFields(
            List<PayloadCheck.Payload> payloads, Optional<SourceTree> tree, Path projectDir, ProjectFiles.Lister lister)
            throws InputException {
        if (payloads.isEmpty()) {
            return ObjectFields.NONE;
        }
        List<Path> directories = tree.map(SourceTree::packageDirectories).orElse(List.of());
        if (directories.isEmpty()) {
            directories = packageDirectories(projectDir).stream()
                    .map(projectDir::resolve)
                    .toList();
        }
        if (directories.isEmpty()) {
            directories = payloads.stream()
                    .map(p -> p.file().file().toAbsolutePath().getParent())
                    .filter(d -> d != null && d.getParent() != null)
                    .map(Path::getParent)
                    .distinct()
                    .toList();
        }
        return ObjectFields.read(directories, lister);
    }

    /**
     * The permission sets, muting permission sets, profiles and permission set groups the plan deploys whose files are
     * in the project.
     */
    private List<PayloadCheck.Payload> payloads(
            DeploymentPlan plan, Optional<SourceTree> tree, PermissionFileIndex index) throws InputException {
        record Located(Component component, String type, Path file) {}
        List<Located> files = new ArrayList<>();
        for (Component component : plan.components()) {
            String type = registry.type(component.type()).map(t -> t.name()).orElse(component.type());
            if (component.operation() != Operation.DEPLOY || component.isWildcard() || !PAYLOAD_TYPES.contains(type)) {
                continue;
            }
            Optional<Path> file =
                    tree.flatMap(t -> t.component(type, component.member())).map(SourceComponent::file);
            if (file.isEmpty()) {
                file = index.find(type, component.member());
            }
            if (file.isPresent() && java.nio.file.Files.isRegularFile(file.get())) {
                files.add(new Located(component, type, file.get()));
            }
        }
        // a profile can hold thousands of entries, and a project hundreds of permission sets: read on every core
        return Background.mapInOrder(
                files,
                16,
                InputException.class,
                f -> new PayloadCheck.Payload(f.component(), PermissionFileReader.read(f.file(), f.type())));
    }
}
