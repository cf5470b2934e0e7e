package io.github.sfperm.check;

import io.github.sfperm.catalogue.Confidence;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code failOnConfidence} threshold: a MISSING_PERMISSION error from a rule less sure than the threshold
 * ({@code inferred} below {@code community}, both below {@code documented}) becomes a WARN that says so. The fix still
 * closes it (marked: {@link #isBelowThreshold}).
 */
public final class ConfidenceThreshold {

    /** What a finding of a rule below the threshold says after its message. */
    static final String MARK = ", below failOnConfidence ";

    private ConfidenceThreshold() {}

    /** {@code findings}, with the errors of rules below {@code threshold} turned into warnings. */
    public static List<Finding> apply(List<Finding> findings, Confidence threshold) {
        if (threshold == Confidence.INFERRED) {
            return findings;
        }
        List<Finding> result = new ArrayList<>(findings.size());
        for (Finding finding : findings) {
            if (finding.kind() == Kind.MISSING_PERMISSION
                    && finding.level() == Level.ERROR
                    && finding.confidence() != null
                    && finding.confidence().isBelow(threshold)) {
                result.add(new Finding(
                        finding.kind(),
                        Level.WARN,
                        finding.ruleId(),
                        finding.component(),
                        finding.origin(),
                        finding.required(),
                        finding.unmet(),
                        finding.confidence(),
                        finding.source(),
                        finding.message() + ", a warning only: its rule is "
                                + finding.confidence().label() + MARK + threshold.label()));
            } else {
                result.add(finding);
            }
        }
        return result;
    }

    /**
     * The permissions of {@code fix} that close only warnings of rules below the threshold: what the fix would not
     * need without them.
     */
    public static java.util.Set<String> warningOnly(
            List<Finding> findings, java.util.Set<String> held, java.util.Set<String> fix, FixPlanner.Policy policy) {
        if (findings.stream().noneMatch(ConfidenceThreshold::isBelowThreshold)) {
            return java.util.Set.of();
        }
        List<Finding> failing =
                findings.stream().filter(f -> !isBelowThreshold(f)).toList();
        java.util.Set<String> strict = FixPlanner.plan(failing, held, policy);
        java.util.Set<String> only = new java.util.TreeSet<>(fix);
        only.removeAll(strict);
        return only;
    }

    /** Whether {@code finding} was turned into a warning by the threshold. */
    public static boolean isBelowThreshold(Finding finding) {
        return finding.kind() == Kind.MISSING_PERMISSION
                && finding.level() == Level.WARN
                && finding.message().contains(MARK);
    }
}
