package io.github.sfperm.check;

import java.util.Comparator;

/** The one order findings are shown in, everywhere: stable from run to run. */
public final class Findings {

    /**
     * Errors first; then by kind; then grouped by what is missing; then by file and line; then by component and rule.
     */
    public static final Comparator<Finding> ORDER = Comparator.comparing(Finding::level)
            .thenComparing(Finding::kind)
            .thenComparing(f -> f.unmet() == null ? "" : f.unmet().render())
            .thenComparing(f -> f.origin() == null ? "" : f.origin().file().toString().replace('\\', '/'))
            .thenComparingInt(f -> f.origin() == null ? 0 : f.origin().line())
            .thenComparing(f -> f.component() == null ? "" : f.component().type())
            .thenComparing(f -> f.component() == null ? "" : f.component().member())
            .thenComparing(Finding::ruleId)
            .thenComparing(Finding::message);

    private Findings() {}
}
