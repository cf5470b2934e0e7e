package io.github.sfperm.catalogue;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A requirement over user permission API names: a permission, all of several requirements, or any of several.
 * {@link #NONE} (all of nothing) is met by everyone. Written and parsed as {@code A AND (B OR C)}; AND binds
 * tighter than OR.
 */
public sealed interface Requirement permits Requirement.Permission, Requirement.AllOf, Requirement.AnyOf {

    /** No requirement at all: met by every deployer. Written {@code NONE}. */
    Requirement NONE = new AllOf(List.of());

    /** Whether a deployer holding {@code held} meets this requirement. */
    boolean isMetBy(Set<String> held);

    /**
     * The part of this requirement that {@code held} does not meet, simplified: satisfied conjuncts are dropped and a
     * satisfied alternative satisfies its whole OR. Empty when the requirement is met.
     */
    Optional<Requirement> unmet(Set<String> held);

    /** Every permission named, in order of appearance. */
    Set<String> permissions();

    /** The expression text, with parentheses only where they are needed. */
    String render();

    static Requirement permission(String name) {
        return new Permission(name);
    }

    /** The conjunction of {@code parts}, flattened; one part is returned as it is. */
    static Requirement allOf(Collection<Requirement> parts) {
        List<Requirement> distinct = flatten(parts, AllOf.class);
        return distinct.size() == 1 ? distinct.get(0) : new AllOf(distinct);
    }

    /** The disjunction of {@code parts}, flattened; one part is returned as it is. */
    static Requirement anyOf(Collection<Requirement> parts) {
        List<Requirement> distinct = flatten(parts, AnyOf.class);
        return distinct.size() == 1 ? distinct.get(0) : new AnyOf(distinct);
    }

    /** {@code parts} with nested {@code kind}s spliced in and repeats removed, in order. */
    private static List<Requirement> flatten(Collection<Requirement> parts, Class<? extends Requirement> kind) {
        Set<Requirement> flat = new LinkedHashSet<>();
        for (Requirement part : parts) {
            if (part instanceof AllOf all && kind == AllOf.class) {
                flat.addAll(all.parts());
            } else if (part instanceof AnyOf any && kind == AnyOf.class) {
                flat.addAll(any.parts());
            } else {
                flat.add(part);
            }
        }
        return List.copyOf(flat);
    }

    /** A single user permission, by API name ({@code ManageInteraction}). */
    record Permission(String name) implements Requirement {
        @Override
        public boolean isMetBy(Set<String> held) {
            return held.contains(name);
        }

        @Override
        public Optional<Requirement> unmet(Set<String> held) {
            return isMetBy(held) ? Optional.empty() : Optional.of(this);
        }

        @Override
        public Set<String> permissions() {
            return Set.of(name);
        }

        @Override
        public String render() {
            return name;
        }

        @Override
        public String toString() {
            return render();
        }
    }

    /** Every part must be met. With no parts, this is {@link #NONE}. */
    record AllOf(List<Requirement> parts) implements Requirement {
        public AllOf {
            parts = List.copyOf(parts);
        }

        @Override
        public boolean isMetBy(Set<String> held) {
            return parts.stream().allMatch(p -> p.isMetBy(held));
        }

        @Override
        public Optional<Requirement> unmet(Set<String> held) {
            List<Requirement> missing = new ArrayList<>();
            for (Requirement part : parts) {
                part.unmet(held).ifPresent(missing::add);
            }
            return missing.isEmpty() ? Optional.empty() : Optional.of(allOf(missing));
        }

        @Override
        public Set<String> permissions() {
            Set<String> names = new LinkedHashSet<>();
            parts.forEach(p -> names.addAll(p.permissions()));
            return names;
        }

        @Override
        public String render() {
            if (parts.isEmpty()) {
                return "NONE";
            }
            List<String> texts = new ArrayList<>();
            for (Requirement part : parts) {
                texts.add(part instanceof AnyOf ? "(" + part.render() + ")" : part.render());
            }
            return String.join(" AND ", texts);
        }

        @Override
        public String toString() {
            return render();
        }
    }

    /** At least one part must be met. */
    record AnyOf(List<Requirement> parts) implements Requirement {
        public AnyOf {
            parts = List.copyOf(parts);
            if (parts.isEmpty()) {
                throw new IllegalArgumentException("OR of nothing");
            }
        }

        @Override
        public boolean isMetBy(Set<String> held) {
            return parts.stream().anyMatch(p -> p.isMetBy(held));
        }

        @Override
        public Optional<Requirement> unmet(Set<String> held) {
            return isMetBy(held) ? Optional.empty() : Optional.of(this);
        }

        @Override
        public Set<String> permissions() {
            Set<String> names = new LinkedHashSet<>();
            parts.forEach(p -> names.addAll(p.permissions()));
            return names;
        }

        @Override
        public String render() {
            List<String> texts = new ArrayList<>();
            for (Requirement part : parts) {
                texts.add(
                        part instanceof AllOf all && all.parts().size() > 1
                                ? "(" + part.render() + ")"
                                : part.render());
            }
            return String.join(" OR ", texts);
        }

        @Override
        public String toString() {
            return render();
        }
    }
}
