package io.github.sfperm.report;

import io.github.sfperm.check.Allowlist;
import io.github.sfperm.check.CheckResult;
import io.github.sfperm.check.Finding;
import io.github.sfperm.check.Level;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The build-log view of a result: one line per finding in the stable order, the allowlisted findings at INFO, the
 * summary, and the fix: the {@code <userPermissions>} XML that closes every gap.
 */
public final class ConsoleReport {

    private ConsoleReport() {}

    public static List<ConsoleLine> lines(CheckResult result, Path base) {
        List<ConsoleLine> lines = new ArrayList<>();
        for (Finding finding : result.findings()) {
            lines.add(new ConsoleLine(finding.level(), Messages.line(finding, base)));
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
}
