package io.github.sfperm.check;

import io.github.sfperm.catalogue.Catalogue;
import io.github.sfperm.catalogue.PermissionFact;
import io.github.sfperm.catalogue.PermissionNames;
import io.github.sfperm.catalogue.Requirement;
import io.github.sfperm.catalogue.Rule;
import io.github.sfperm.deploy.Component;
import io.github.sfperm.deploy.Origin;
import io.github.sfperm.deployer.Deployer;
import io.github.sfperm.deployer.Grant;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Least privilege ({@link Kind#EXCESS_PERMISSION}): the permissions the deployer holds that no component of this
 * deployment needs. What a deployment needs is the least privileged way to meet every rule with what the deployer
 * holds, plus what those permissions depend on and imply; permissions the team expects for other reasons
 * ({@code expectedPermissions}) and what the licence itself grants are not excess. Dangerous permissions (the
 * catalogue's list: {@code ModifyAllData}, {@code ViewAllData}, {@code ManageUsers}, {@code AuthorApex} with
 * {@code ModifyAllData}, ...) are flagged as such.
 */
public final class LeastPrivilegeCheck {

    /** The rule id of a permission nothing needs; {@code least-privilege-dangerous} for a dangerous one. */
    public static final String RULE = "least-privilege";

    private static final String ENABLES = " enables ";
    static final String RULE_DANGEROUS = "least-privilege-dangerous";

    private final Catalogue catalogue;
    private final Checker checker;
    private final PermissionNames names;

    public LeastPrivilegeCheck(Catalogue catalogue, Checker checker, PermissionNames names) {
        this.catalogue = catalogue;
        this.checker = checker;
        this.names = names;
    }

    public List<Finding> check(
            List<Component> components, Deployer deployer, Set<String> expected, Level level, Path configFile) {
        Set<String> held = catalogue.withImplied(deployer.permissions());
        Set<String> needed = needed(components, held);
        List<Finding> findings = new ArrayList<>();
        for (String permission : deployer.permissions()) {
            if (needed.contains(permission) || expected.contains(permission)) {
                continue;
            }
            List<Grant> grants = deployer.grantsOf(permission).stream()
                    .filter(g -> !g.via().endsWith(" licence"))
                    .toList();
            if (grants.isEmpty()) {
                continue;
            }
            Optional<PermissionFact> danger = catalogue.danger(permission, held);
            Grant grant = grants.get(0);
            Origin origin = grant.origin() != null ? grant.origin() : Origin.of(configFile);
            String message = grant.via() + ENABLES + names.describe(permission) + ", which nothing in this"
                    + " deployment needs"
                    + danger.map(d -> "; dangerous: " + d.note()).orElse("")
                    + "; remove it, or list it in <expectedPermissions> if the deploying user needs it for something"
                    + " else";
            findings.add(new Finding(
                    Kind.EXCESS_PERMISSION,
                    level,
                    danger.isPresent() ? RULE_DANGEROUS : RULE,
                    null,
                    origin,
                    null,
                    Requirement.permission(permission),
                    null,
                    danger.map(PermissionFact::source).orElse(""),
                    message));
        }
        return findings;
    }

    /**
     * What grants the permission of an {@code EXCESS_PERMISSION} finding of this check: {@code permission set
     * CI_Deployer}.
     */
    public static String grantedVia(Finding finding) {
        int enables = finding.message().indexOf(ENABLES);
        return enables < 0 ? "" : finding.message().substring(0, enables);
    }

    /**
     * What meeting every rule of {@code components} takes, choosing among what the deployer {@code held}s (narrowest
     * first) and adding what that depends on and implies.
     */
    Set<String> needed(List<Component> components, Set<String> held) {
        List<Finding> requirements = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        // the checker hands out one list of rules per type and operation: each list is looked at once
        Set<List<Rule>> ruleLists = Collections.newSetFromMap(new IdentityHashMap<>());
        Set<Rule> rulesSeen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Component component : components) {
            List<Rule> rules = checker.rulesFor(component);
            if (!ruleLists.add(rules)) {
                continue;
            }
            for (Rule rule : rules) {
                if (rulesSeen.add(rule) && seen.add(rule.requires().render())) {
                    requirements.add(new Finding(
                            Kind.MISSING_PERMISSION,
                            Level.ERROR,
                            rule.id(),
                            component,
                            component.origin(),
                            rule.requires(),
                            rule.requires(),
                            rule.confidence(),
                            "",
                            ""));
                }
            }
        }
        FixPlanner.Policy preferHeld = new FixPlanner.Policy(
                catalogue::withImplied, catalogue::dependencies, held::contains, catalogue::isBroad);
        Set<String> needed = new TreeSet<>(FixPlanner.plan(requirements, Set.of(), preferHeld));
        needed.addAll(catalogue.withImplied(needed));
        return needed;
    }
}
