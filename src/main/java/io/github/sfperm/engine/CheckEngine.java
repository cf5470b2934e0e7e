package io.github.sfperm.engine;

import io.github.sfperm.catalogue.Catalogue;
import io.github.sfperm.catalogue.PermissionNames;
import io.github.sfperm.check.Allowlist;
import io.github.sfperm.check.AllowlistEntry;
import io.github.sfperm.check.AllowlistFileReader;
import io.github.sfperm.check.Baseline;
import io.github.sfperm.check.Level;
import io.github.sfperm.check.CheckResult;
import io.github.sfperm.check.Checker;
import io.github.sfperm.check.Finding;
import io.github.sfperm.check.FixPlanner;
import io.github.sfperm.check.LeastPrivilegeCheck;
import io.github.sfperm.check.LicenceCheck;
import io.github.sfperm.check.PayloadCheck;
import io.github.sfperm.check.PermissionNameCheck;
import io.github.sfperm.common.DisplayPath;
import io.github.sfperm.common.InputException;
import io.github.sfperm.deploy.Component;
import io.github.sfperm.deploy.DeploymentPlan;
import io.github.sfperm.deploy.ManifestLocator;
import io.github.sfperm.deploy.Operation;
import io.github.sfperm.deployer.Deployer;
import io.github.sfperm.deployer.DeployerLoader;
import io.github.sfperm.deployer.DeployerSpec;
import io.github.sfperm.deployer.PermissionFileIndex;
import io.github.sfperm.deployer.PermissionFileReader;
import io.github.sfperm.registry.MetadataRegistry;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Runs sfperm from a {@link CheckRequest}: reads what is deployed, who deploys and the catalogue, checks every
 * component, the payload and the licence, applies the allowlist and works out the fix. Knows nothing of Maven.
 */
public final class CheckEngine {

    private static final Set<String> PAYLOAD_TYPES = Set.of("PermissionSet", "MutingPermissionSet", "Profile");

    private final MetadataRegistry registry;
    private final PermissionNames names;

    public CheckEngine() {
        this(MetadataRegistry.builtIn());
    }

    public CheckEngine(MetadataRegistry registry) {
        this.registry = registry;
        this.names = PermissionNames.builtIn();
    }

    /** The check: every gap between what the deployment needs and what the deployer holds. */
    public CheckResult check(CheckRequest request) throws InputException {
        if (request.deployer().isEmpty()) {
            throw new InputException("no deploying user is configured: add <deployer> with <permissionSets>,"
                    + " <permissionSetGroups>, <profile> or <permissions> to the sfperm plugin configuration,"
                    + " so sfperm knows what the deploying user holds (see README, Configuration)");
        }
        return run(request, request.deployer(), true);
    }

    /**
     * What the deployment needs, whoever deploys: the check of a deployer holding nothing but what its licence
     * grants, so that every requirement shows as a finding. The fix of the result is the least privileged permission
     * set that makes {@link #check} pass.
     */
    public CheckResult needs(CheckRequest request) throws InputException {
        DeployerSpec spec = request.deployer();
        return run(request, new DeployerSpec(List.of(), List.of(), Optional.empty(), List.of(), spec.license(),
                spec.licensePermissions()), false);
    }

    private CheckResult run(CheckRequest request, DeployerSpec spec, boolean leastPrivilege) throws InputException {
        Catalogue catalogue = Catalogue.withUserFiles(request.ruleFiles());
        DeploymentPlan plan = plan(request);
        PermissionFileIndex index = new PermissionFileIndex(List.of(request.baseDir()));
        Deployer deployer = new DeployerLoader(request.baseDir(), index).load(spec);
        Set<String> effective = catalogue.withImplied(deployer.permissions());

        Checker checker = new Checker(catalogue, registry, request.unknownTypeLevel());
        List<Finding> findings = new ArrayList<>(checker.check(plan.components(), effective));
        findings = new LicenceCheck(names).apply(findings, deployer, effective);
        PermissionNameCheck nameCheck = new PermissionNameCheck(names);
        findings.addAll(nameCheck.userRules(catalogue));
        findings.addAll(nameCheck.deployer(deployer, request.configFile()));
        findings.addAll(new PayloadCheck(catalogue, names).check(payloads(plan, index), deployer));
        if (leastPrivilege) {
            findings.addAll(new LeastPrivilegeCheck(catalogue, checker, names).check(plan.components(), deployer,
                    request.expectedPermissions(), request.excessPermissionLevel(), request.configFile()));
        }

        List<AllowlistEntry> entries = new ArrayList<>(request.allowlist());
        if (request.allowlistFile().isPresent()) {
            entries.addAll(AllowlistFileReader.read(request.allowlistFile().get(), request.baseDir()));
        }
        Allowlist.Outcome outcome = new Allowlist(entries, request.failOnUnusedAllowlist() ? Level.ERROR : Level.WARN)
                .apply(findings, request.today());
        List<Finding> remaining = outcome.findings();
        List<Finding> baselined = List.of();
        if (request.baselineFile().isPresent()) {
            Baseline.Outcome accepted = Baseline.read(request.baselineFile().get()).apply(remaining, request.baseDir());
            remaining = accepted.findings();
            baselined = accepted.baselined();
        }
        FixPlanner.Policy policy = new FixPlanner.Policy(catalogue::withImplied, catalogue::dependencies,
                deployer::licenceAllows, catalogue::isBroad);
        Set<String> fix = FixPlanner.plan(remaining, effective, policy);
        return new CheckResult(plan, deployer, effective, remaining, outcome.suppressed(), fix, catalogue, baselined);
    }

    private DeploymentPlan plan(CheckRequest request) throws InputException {
        Optional<Path> packageXml = ManifestLocator.packageXml(request.baseDir(), request.manifest());
        if (packageXml.isEmpty()) {
            throw new InputException("no package.xml found: looked for "
                    + ManifestLocator.DEFAULT_LOCATIONS.stream().collect(Collectors.joining(", "))
                    + " in " + DisplayPath.of(null, request.baseDir()) + "; set <manifest> (or -Dsfperm.manifest)");
        }
        return DeploymentPlan.of(ManifestLocator.readWithDestructive(packageXml.get()));
    }

    /** The permission sets, muting permission sets and profiles the plan deploys whose files are in the project. */
    private List<PayloadCheck.Payload> payloads(DeploymentPlan plan, PermissionFileIndex index) throws InputException {
        List<PayloadCheck.Payload> payloads = new ArrayList<>();
        for (Component component : plan.components()) {
            String type = registry.type(component.type()).map(t -> t.name()).orElse(component.type());
            if (component.operation() != Operation.DEPLOY || component.isWildcard() || !PAYLOAD_TYPES.contains(type)) {
                continue;
            }
            Optional<Path> file = index.find(type, component.member());
            if (file.isPresent()) {
                payloads.add(new PayloadCheck.Payload(component, PermissionFileReader.read(file.get(), type)));
            }
        }
        return payloads;
    }
}
