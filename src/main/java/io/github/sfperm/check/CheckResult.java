package io.github.sfperm.check;

import io.github.sfperm.catalogue.Catalogue;
import io.github.sfperm.deploy.DeploymentPlan;
import io.github.sfperm.deployer.Deployer;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The outcome of a check.
 *
 * @param plan what was checked
 * @param deployer who deploys, as declared
 * @param effectivePermissions what the deployer effectively holds (declared plus implied)
 * @param findings what remains after the allowlist, in {@link Findings#ORDER}
 * @param suppressed what the allowlist suppressed
 * @param fix the permissions to add to close every MISSING_PERMISSION gap, sorted
 * @param catalogue the catalogue in force
 * @param baselined the findings the baseline accepted (known before, not failing the build)
 */
public record CheckResult(
        DeploymentPlan plan,
        Deployer deployer,
        Set<String> effectivePermissions,
        List<Finding> findings,
        List<Allowlist.Suppressed> suppressed,
        Set<String> fix,
        Catalogue catalogue,
        List<Finding> baselined) {

    public CheckResult {
        findings = Findings.sorted(findings);
        suppressed = List.copyOf(suppressed);
        baselined = Findings.sorted(baselined);
        fix = java.util.Collections.unmodifiableSet(new java.util.TreeSet<>(fix));
    }

    /** A result without a baseline. */
    public CheckResult(
            DeploymentPlan plan,
            Deployer deployer,
            Set<String> effectivePermissions,
            List<Finding> findings,
            List<Allowlist.Suppressed> suppressed,
            Set<String> fix,
            Catalogue catalogue) {
        this(plan, deployer, effectivePermissions, findings, suppressed, fix, catalogue, List.of());
    }

    public long count(Level level) {
        return findings.stream().filter(f -> f.level() == level).count();
    }

    public boolean hasErrors() {
        return count(Level.ERROR) > 0;
    }

    /** Number of findings per kind, by kind name. */
    public Map<String, Long> countsByKind() {
        Map<String, Long> counts = new TreeMap<>();
        for (Finding finding : findings) {
            counts.merge(finding.kind().name(), 1L, Long::sum);
        }
        return counts;
    }
}
