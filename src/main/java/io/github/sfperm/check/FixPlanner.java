package io.github.sfperm.check;

import io.github.sfperm.catalogue.Requirement;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * Works out the permissions to add so that every MISSING_PERMISSION finding is closed, choosing for each OR the
 * least privileged alternative: the one adding the fewest permissions, never a broad permission such as
 * {@code ModifyAllData} where a narrower one suffices, and never one the licence does not allow where another does.
 * What the added permissions depend on is added too, so that Salesforce accepts the permission set.
 */
public final class FixPlanner {

    private static final int BROAD_COST = 1_000;
    private static final int FORBIDDEN_COST = 1_000_000;

    /**
     * How permissions relate, for the planner.
     *
     * @param implied adds what a set of permissions implies ({@code AuthorApex} turns on {@code ModifyMetadata})
     * @param dependsOn what Salesforce requires alongside a permission ({@code ModifyMetadata}: {@code ViewSetup},
     *     {@code ViewRoles}), in every org
     * @param allowed whether the deployer's licence allows a permission
     * @param broad whether a permission grants far more than deployments need (the catalogue's dangerous ones)
     */
    public record Policy(
            UnaryOperator<Set<String>> implied,
            Function<String, List<String>> dependsOn,
            Predicate<String> allowed,
            Predicate<String> broad) {

        /** The catalogue's implications, dependencies and broad permissions; what the deployer's licence allows. */
        public static Policy of(
                io.github.sfperm.catalogue.Catalogue catalogue, io.github.sfperm.deployer.Deployer deployer) {
            return new Policy(
                    catalogue::withImplied, catalogue::dependencies, deployer::licenceAllows, catalogue::isBroad);
        }

        /** No implications, no dependencies, everything allowed, ModifyAllData and ViewAllData broad. */
        public static final Policy PLAIN = new Policy(
                UnaryOperator.identity(),
                p -> List.of(),
                p -> true,
                p -> p.equals("ModifyAllData") || p.equals("ViewAllData"));
    }

    private FixPlanner() {}

    /** The permissions to add to {@code held} so that the requirements of {@code findings} are met; sorted. */
    public static Set<String> plan(List<Finding> findings, Set<String> held) {
        return plan(findings, held, Policy.PLAIN);
    }

    /** As {@link #plan(List, Set)}, under {@code policy}. */
    public static Set<String> plan(List<Finding> findings, Set<String> held, Policy policy) {
        Set<String> before = policy.implied().apply(held);
        Set<String> have = new HashSet<>(before);
        Set<String> added = new TreeSet<>();
        // each distinct requirement once: once the first of equal requirements is met, so are the others
        Map<Requirement, Boolean> same = new IdentityHashMap<>();
        Map<String, Requirement> distinct = new HashMap<>();
        for (Finding finding : findings) {
            if (finding.kind() == Kind.MISSING_PERMISSION
                    && finding.required() != null
                    && same.put(finding.required(), Boolean.TRUE) == null) {
                distinct.putIfAbsent(finding.required().render(), finding.required());
            }
        }
        record Gap(Requirement required, int size, String text) {}
        List<Gap> gaps = new ArrayList<>();
        distinct.forEach((text, required) ->
                gaps.add(new Gap(required, required.permissions().size(), text)));
        // the narrowest requirements first, so that a broad OR is met by what narrower rules add anyway
        gaps.sort(Comparator.comparingInt(Gap::size).thenComparing(Gap::text));
        for (Gap gap : gaps) {
            Optional<Requirement> unmet = gap.required().unmet(have);
            if (unmet.isPresent()) {
                Set<String> choice = cheapest(unmet.get(), have, policy);
                added.addAll(choice);
                have.addAll(choice);
                have.addAll(policy.implied().apply(have));
            }
        }
        // what the added permissions (and what they turn on) depend on comes with them
        Deque<String> pending = new ArrayDeque<>();
        for (String permission : policy.implied().apply(added)) {
            if (!before.contains(permission)) {
                pending.add(permission);
            }
        }
        while (!pending.isEmpty()) {
            for (String dependency : policy.dependsOn().apply(pending.pop())) {
                if (!have.contains(dependency) && added.add(dependency)) {
                    have.add(dependency);
                    pending.push(dependency);
                }
            }
        }
        return added;
    }

    /** The cheapest set of permissions that, added to {@code have}, meets {@code requirement}. */
    static Set<String> cheapest(Requirement requirement, Set<String> have, Policy policy) {
        if (requirement.isMetBy(have)) {
            return Set.of();
        }
        if (requirement instanceof Requirement.Permission p) {
            return Set.of(p.name());
        }
        if (requirement instanceof Requirement.AllOf all) {
            Set<String> union = new TreeSet<>();
            Set<String> grown = new HashSet<>(have);
            for (Requirement part : all.parts()) {
                Set<String> choice = cheapest(part, grown, policy);
                union.addAll(choice);
                grown.addAll(choice);
            }
            return union;
        }
        Requirement.AnyOf any = (Requirement.AnyOf) requirement;
        return any.parts().stream()
                .map(part -> cheapest(part, have, policy))
                .min(Comparator.comparingInt((Set<String> choice) -> cost(choice, policy))
                        .thenComparing(Object::toString))
                .orElseThrow();
    }

    private static int cost(Set<String> permissions, Policy policy) {
        int cost = 0;
        for (String permission : permissions) {
            cost += !policy.allowed().test(permission)
                    ? FORBIDDEN_COST
                    : policy.broad().test(permission) ? BROAD_COST : 1;
        }
        return cost;
    }
}
