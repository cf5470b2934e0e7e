package io.github.sfperm.check;

import io.github.sfperm.catalogue.Requirement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;

/**
 * Works out the permissions to add so that every MISSING_PERMISSION finding is closed, choosing for each OR the
 * least privileged alternative: the one adding the fewest permissions, and never a broad permission such as
 * {@code ModifyAllData} where a narrower one suffices.
 */
public final class FixPlanner {

    /** Permissions that grant far more than deployments need: chosen only when no alternative exists. */
    static final Set<String> BROAD = Set.of("ModifyAllData", "ViewAllData", "ManageUsers", "ModifyAllDataGovTags");

    private FixPlanner() {}

    /** Whether {@code permission} is one of the broad permissions the fix avoids where it can. */
    public static boolean isBroad(String permission) {
        return BROAD.contains(permission);
    }

    /** The permissions to add to {@code held} so that the requirements of {@code findings} are met; sorted. */
    public static Set<String> plan(List<Finding> findings, Set<String> held) {
        return plan(findings, held, UnaryOperator.identity());
    }

    /**
     * As {@link #plan(List, Set)}, where {@code implied} adds what a set of permissions implies ({@code AuthorApex}
     * turns on {@code ModifyMetadata}), so that nothing implied by an added permission is added again.
     */
    public static Set<String> plan(List<Finding> findings, Set<String> held, UnaryOperator<Set<String>> implied) {
        Set<String> have = new HashSet<>(implied.apply(held));
        Set<String> added = new TreeSet<>();
        List<Finding> gaps = new ArrayList<>(findings.stream()
                .filter(f -> f.kind() == Kind.MISSING_PERMISSION && f.required() != null)
                .toList());
        // the narrowest requirements first, so that a broad OR is met by what narrower rules add anyway
        gaps.sort(Comparator.comparingInt((Finding f) -> f.required().permissions().size())
                .thenComparing(f -> f.required().render()));
        for (Finding gap : gaps) {
            Optional<Requirement> unmet = gap.required().unmet(have);
            if (unmet.isPresent()) {
                Set<String> choice = cheapest(unmet.get(), have);
                added.addAll(choice);
                have.addAll(choice);
                have.addAll(implied.apply(have));
            }
        }
        return added;
    }

    /** The cheapest set of permissions that, added to {@code have}, meets {@code requirement}. */
    static Set<String> cheapest(Requirement requirement, Set<String> have) {
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
                Set<String> choice = cheapest(part, grown);
                union.addAll(choice);
                grown.addAll(choice);
            }
            return union;
        }
        Requirement.AnyOf any = (Requirement.AnyOf) requirement;
        return any.parts().stream()
                .map(part -> cheapest(part, have))
                .min(Comparator.comparingInt(FixPlanner::cost).thenComparing(Object::toString))
                .orElseThrow();
    }

    private static int cost(Set<String> permissions) {
        int cost = 0;
        for (String permission : permissions) {
            cost += BROAD.contains(permission) ? 1000 : 1;
        }
        return cost;
    }
}
