package io.github.sfperm.report;

import io.github.sfperm.check.CheckResult;
import io.github.sfperm.check.Finding;
import io.github.sfperm.check.Findings;
import io.github.sfperm.common.Printable;
import java.util.ArrayList;
import java.util.List;

/**
 * GitHub Actions workflow commands that annotate the files of a pull request with the findings:
 * {@code ::error file=manifest/package.xml,line=4,title=MISSING_PERMISSION::MISSING_PERMISSION [flow] ...}
 * ({@code ::warning} for WARN, {@code ::notice} for INFO). Values are escaped as actions/toolkit's
 * {@code escapeData} and {@code escapeProperty} do. GitHub reads a command only at the start of a line of the step's
 * output, so these lines must be printed as they are, without a log prefix such as {@code [ERROR] }.
 */
public final class GithubAnnotations {

    private GithubAnnotations() {}

    /** One command per finding that remains after the allowlist, in {@link Findings#ORDER}. */
    public static List<String> lines(CheckResult result, ReportContext context) {
        List<String> lines = new ArrayList<>();
        result.findings().forEach(f -> lines.add(line(f, context)));
        return lines;
    }

    static String line(Finding finding, ReportContext context) {
        String command = switch (finding.level()) {
            case ERROR -> "error";
            case WARN -> "warning";
            case INFO -> "notice";
        };
        List<String> properties = new ArrayList<>();
        if (finding.origin() != null) {
            context.relative(finding.origin().file()).ifPresent(file -> {
                properties.add("file=" + escapeProperty(file));
                if (finding.origin().line() > 0) {
                    properties.add("line=" + finding.origin().line());
                }
            });
        }
        properties.add("title=" + escapeProperty(finding.kind().name()));
        // one printable line: GitHub reads a command per line, and a file name may hold anything
        return Printable.oneLine(
                "::" + command + " " + String.join(",", properties) + "::" + escapeData(Messages.text(finding)));
    }

    /** A command's message: {@code %}, CR and LF percent-encoded (actions/toolkit {@code escapeData}). */
    static String escapeData(String value) {
        return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    /** A command's property value: as {@link #escapeData}, and {@code :} and {@code ,} too ({@code escapeProperty}). */
    static String escapeProperty(String value) {
        return escapeData(value).replace(":", "%3A").replace(",", "%2C");
    }
}
