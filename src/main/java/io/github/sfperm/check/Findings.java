package io.github.sfperm.check;

import io.github.sfperm.catalogue.Requirement;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** The one order findings are shown in, everywhere: stable from run to run. */
public final class Findings {

    /**
     * Errors first; then by kind; then grouped by what is missing; then by file and line; then by component and rule.
     */
    public static final Comparator<Finding> ORDER = Comparator.comparing(Finding::level)
            .thenComparing(Finding::kind)
            .thenComparing(f -> f.unmet() == null ? "" : f.unmet().render())
            .thenComparing(
                    f -> f.origin() == null ? "" : f.origin().file().toString().replace('\\', '/'))
            .thenComparingInt(f -> f.origin() == null ? 0 : f.origin().line())
            .thenComparing(f -> f.component() == null ? "" : f.component().type())
            .thenComparing(f -> f.component() == null ? "" : f.component().member())
            .thenComparing(Finding::ruleId)
            .thenComparing(Finding::message);

    /** A finding with the parts of {@link #ORDER} that take work to compute, computed once. */
    private record Keyed<T>(T item, Finding finding, String unmet, String file) {}

    private static final Comparator<Keyed<?>> KEYED_ORDER = Comparator.comparing(
                    (Keyed<?> k) -> k.finding().level())
            .thenComparing(k -> k.finding().kind())
            .thenComparing(Keyed::unmet)
            .thenComparing(Keyed::file)
            .thenComparingInt(
                    k -> k.finding().origin() == null ? 0 : k.finding().origin().line())
            .thenComparing(k -> k.finding().component() == null
                    ? ""
                    : k.finding().component().type())
            .thenComparing(k -> k.finding().component() == null
                    ? ""
                    : k.finding().component().member())
            .thenComparing(k -> k.finding().ruleId())
            .thenComparing(k -> k.finding().message());

    private Findings() {}

    /**
     * {@code findings} sorted in {@link #ORDER}, as a new unmodifiable list. The same as sorting with {@link #ORDER},
     * but each finding's unmet requirement is rendered and its path written out once, not at every comparison.
     */
    public static List<Finding> sorted(List<Finding> findings) {
        return sorted(findings, Function.identity());
    }

    /** {@code items} sorted in {@link #ORDER} of the finding each holds, as a new unmodifiable list. */
    public static <T> List<T> sorted(List<T> items, Function<T, Finding> finding) {
        Map<Requirement, String> rendered = new IdentityHashMap<>();
        Map<Path, String> paths = new IdentityHashMap<>();
        List<Keyed<T>> keyed = new ArrayList<>(items.size());
        for (T item : items) {
            Finding f = finding.apply(item);
            String unmet = f.unmet() == null ? "" : rendered.computeIfAbsent(f.unmet(), Requirement::render);
            String file = f.origin() == null
                    ? ""
                    : paths.computeIfAbsent(f.origin().file(), p -> p.toString().replace('\\', '/'));
            keyed.add(new Keyed<>(item, f, unmet, file));
        }
        keyed.sort(KEYED_ORDER);
        List<T> result = new ArrayList<>(keyed.size());
        for (Keyed<T> k : keyed) {
            result.add(k.item());
        }
        return java.util.Collections.unmodifiableList(result);
    }
}
