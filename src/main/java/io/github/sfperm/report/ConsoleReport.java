package io.github.sfperm.report;

import io.github.sfperm.check.Allowlist;
import io.github.sfperm.check.CheckResult;
import io.github.sfperm.check.Finding;
import io.github.sfperm.check.Kind;
import io.github.sfperm.check.LeastPrivilegeCheck;
import io.github.sfperm.check.Level;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The build-log view of a result: one line per finding in the stable order, the allowlisted findings at INFO, the
 * summary, and the fix: the {@code <userPermissions>} XML that closes every gap.
 */
public final class ConsoleReport {

    private ConsoleReport() {}

    public static List<ConsoleLine> lines(CheckResult result, Path base) {
        List<ConsoleLine> lines = new ArrayList<>();
        // permissions nothing needs, not dangerous: one line per deployer source (a System Administrator's permission
        // set holds 175 of them); the reports keep one finding each
        Map<String, List<Finding>> excess = new LinkedHashMap<>();
        for (Finding finding : result.findings()) {
            if (isPlainExcess(finding)) {
                excess.computeIfAbsent(excessKey(finding), k -> new ArrayList<>())
                        .add(finding);
            }
        }
        for (Finding finding : result.findings()) {
            if (!isPlainExcess(finding)) {
                lines.add(new ConsoleLine(finding.level(), Messages.line(finding, base)));
                continue;
            }
            List<Finding> group = excess.remove(excessKey(finding));
            if (group == null) {
                continue; // printed with the first of its group
            }
            lines.add(new ConsoleLine(
                    finding.level(), group.size() == 1 ? Messages.line(finding, base) : Messages.excess(group, base)));
        }
        for (Allowlist.Suppressed suppressed : result.suppressed()) {
            lines.add(new ConsoleLine(Level.INFO, Messages.allowlisted(suppressed, base)));
        }
        Level summaryLevel = result.hasErrors() ? Level.ERROR : result.count(Level.WARN) > 0 ? Level.WARN : Level.INFO;
        lines.add(new ConsoleLine(summaryLevel, Messages.summary(result)));
        if (!result.fix().isEmpty()) {
            Level fixLevel = summaryLevel == Level.INFO ? Level.WARN : summaryLevel;
            lines.add(new ConsoleLine(
                    fixLevel, "sfperm: to close every gap, add to " + Messages.fixTarget(result, base) + ":"));
            for (String xml : Messages.userPermissionsXml(result.fix())) {
                lines.add(new ConsoleLine(fixLevel, xml));
            }
            for (String note : Messages.broadPermissionNotes(result)) {
                lines.add(new ConsoleLine(fixLevel, note));
            }
            Messages.belowThresholdNote(result).ifPresent(note -> lines.add(new ConsoleLine(fixLevel, note)));
        }
        return lines;
    }

    private static boolean isPlainExcess(Finding finding) {
        return finding.kind() == Kind.EXCESS_PERMISSION && LeastPrivilegeCheck.RULE.equals(finding.ruleId());
    }

    private static String excessKey(Finding finding) {
        return finding.level() + " "
                + (finding.origin() == null ? "" : finding.origin().file()) + " "
                + LeastPrivilegeCheck.grantedVia(finding);
    }
}
