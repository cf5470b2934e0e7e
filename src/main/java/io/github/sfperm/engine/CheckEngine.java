package io.github.sfperm.engine;

import io.github.sfperm.catalogue.Catalogue;
import io.github.sfperm.check.Allowlist;
import io.github.sfperm.check.CheckResult;
import io.github.sfperm.check.Checker;
import io.github.sfperm.check.Finding;
import io.github.sfperm.check.FixPlanner;
import io.github.sfperm.check.PermissionNameCheck;
import io.github.sfperm.catalogue.PermissionNames;
import java.util.ArrayList;
import io.github.sfperm.common.DisplayPath;
import io.github.sfperm.common.InputException;
import io.github.sfperm.deploy.DeploymentPlan;
import io.github.sfperm.deploy.ManifestLocator;
import io.github.sfperm.deployer.Deployer;
import io.github.sfperm.deployer.DeployerLoader;
import io.github.sfperm.registry.MetadataRegistry;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Runs a check from a {@link CheckRequest}: reads what is deployed, who deploys and the catalogue, checks every
 * component, applies the allowlist and works out the fix. Knows nothing of Maven.
 */
public final class CheckEngine {

    private final MetadataRegistry registry;

    public CheckEngine() {
        this(MetadataRegistry.builtIn());
    }

    public CheckEngine(MetadataRegistry registry) {
        this.registry = registry;
    }

    public CheckResult check(CheckRequest request) throws InputException {
        if (request.deployer().isEmpty()) {
            throw new InputException("no deploying user is configured: add <deployer> with <permissionSets>,"
                    + " <permissionSetGroups>, <profile> or <permissions> to the sfperm plugin configuration,"
                    + " so sfperm knows what the deploying user holds (see README, Configuration)");
        }
        Catalogue catalogue = Catalogue.withUserFiles(request.ruleFiles());
        DeploymentPlan plan = plan(request);
        Deployer deployer = new DeployerLoader(request.baseDir(), List.of(request.baseDir())).load(request.deployer());
        Set<String> effective = catalogue.withImplied(deployer.permissions());
        List<Finding> findings = new ArrayList<>(new Checker(catalogue, registry, request.unknownTypeLevel())
                .check(plan.components(), effective));
        PermissionNameCheck names = new PermissionNameCheck(PermissionNames.builtIn());
        findings.addAll(names.userRules(catalogue));
        findings.addAll(names.deployer(deployer, request.configFile()));
        Allowlist.Outcome outcome = new Allowlist(request.allowlist()).apply(findings, request.today());
        Set<String> fix = FixPlanner.plan(outcome.findings(), effective, catalogue::withImplied);
        return new CheckResult(plan, deployer, effective, outcome.findings(), outcome.suppressed(), fix, catalogue);
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
}
