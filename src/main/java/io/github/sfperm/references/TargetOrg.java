package io.github.sfperm.references;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the org deployed to holds, as declared in {@code <targetOrg>} (never fetched): per kind, the usernames or
 * developer names. A kind is declared when its list or file is given; a reference of a declared kind to a name not in
 * it is an error, a reference of a kind not declared only a warning. Names compare without regard to letter case.
 */
public final class TargetOrg {

    private static final TargetOrg NONE = new TargetOrg(Map.of());

    private final Map<ReferenceKind, Set<String>> declared;

    private TargetOrg(Map<ReferenceKind, Set<String>> declared) {
        Map<ReferenceKind, Set<String>> copy = new EnumMap<>(ReferenceKind.class);
        declared.forEach((kind, names) -> {
            Set<String> lower = new TreeSet<>();
            names.forEach(n -> lower.add(n.trim().toLowerCase(Locale.ROOT)));
            copy.put(kind, Collections.unmodifiableSet(lower));
        });
        this.declared = Collections.unmodifiableMap(copy);
    }

    /** Nothing declared. */
    public static TargetOrg none() {
        return NONE;
    }

    /** The declared kinds with their names; a kind absent from the map is not declared. */
    public static TargetOrg of(Map<ReferenceKind, ? extends java.util.Collection<String>> declared) {
        Map<ReferenceKind, Set<String>> sets = new EnumMap<>(ReferenceKind.class);
        declared.forEach((kind, names) -> sets.put(kind, new TreeSet<>(names)));
        return new TargetOrg(sets);
    }

    /** Whether any kind is declared. */
    public boolean isDeclared() {
        return !declared.isEmpty();
    }

    /** The names of {@code kind}, when that kind is declared. */
    public Optional<Set<String>> names(ReferenceKind kind) {
        return Optional.ofNullable(declared.get(kind));
    }

    /** Whether {@code kind} is declared and holds {@code name}. */
    public boolean holds(ReferenceKind kind, String name) {
        Set<String> names = declared.get(kind);
        return names != null && names.contains(name.trim().toLowerCase(Locale.ROOT));
    }
}
