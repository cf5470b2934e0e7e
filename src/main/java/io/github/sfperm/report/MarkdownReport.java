package io.github.sfperm.report;

import io.github.sfperm.check.CheckResult;
import io.github.sfperm.check.Finding;
import io.github.sfperm.common.Printable;
import java.util.ArrayList;
import java.util.List;

/**
 * A Markdown summary of a check, for {@code $GITHUB_STEP_SUMMARY} or a pull request comment: a heading, the gate
 * decision and summary line, a table of the permission gaps (Location | Component | Missing | Rule), the other
 * findings, the allowlisted count, and the fix in an {@code xml} block. Long tables are cut at {@link #MAX_ROWS}
 * rows (GitHub takes at most 1 MiB of step summary); {@code sfperm.json} always has everything.
 */
public final class MarkdownReport {

    /** The most rows a table or list shows. */
    public static final int MAX_ROWS = 200;

    private MarkdownReport() {}

    public static String render(CheckResult result, ReportContext context) {
        List<String> md = new ArrayList<>();
        md.add("## sfperm" + (context.moduleName().isEmpty() ? "" : ": " + escape(context.moduleName())));
        md.add("");
        boolean failed = result.hasErrors() && context.failOnViolation();
        String icon = failed ? "❌" : result.hasErrors() || !result.findings().isEmpty() ? "⚠️" : "✅";
        md.add(icon + " **" + escape(capitalised(Messages.gate(result, context.failOnViolation()))) + ".**");
        md.add("");
        md.add(escape(Messages.summary(result)));

        // CheckResult keeps its findings in Findings.ORDER
        List<Finding> gaps = new ArrayList<>();
        List<Finding> others = new ArrayList<>();
        for (Finding f : result.findings()) {
            (f.unmet() != null && f.component() != null ? gaps : others).add(f);
        }
        if (!gaps.isEmpty()) {
            md.add("");
            md.add("### Gaps");
            md.add("");
            md.add("| Location | Component | Missing | Rule |");
            md.add("| --- | --- | --- | --- |");
            for (Finding gap : gaps.subList(0, Math.min(gaps.size(), MAX_ROWS))) {
                md.add("| " + cell(code(location(gap, context))) + " | "
                        + cell(escape(gap.component().label())) + " | "
                        + cell(code(gap.unmet().render())) + " | " + cell(rule(gap)) + " |");
            }
            more(md, gaps.size());
        }
        if (!others.isEmpty()) {
            md.add("");
            md.add("### Other findings");
            md.add("");
            for (Finding finding : others.subList(0, Math.min(others.size(), MAX_ROWS))) {
                String where = location(finding, context);
                md.add("- **" + finding.level() + "** " + (where.isEmpty() ? "" : code(where) + " ")
                        + escape(Messages.text(finding)));
            }
            more(md, others.size());
        }
        if (!result.suppressed().isEmpty()) {
            md.add("");
            md.add("Allowlisted: " + Messages.plural(result.suppressed().size(), "finding")
                    + " (each with its entry and reason in `sfperm.json`).");
        }
        if (!result.fix().isEmpty()) {
            md.add("");
            md.add("### Fix");
            md.add("");
            md.add("To close every gap, add to "
                    + Messages.fixFile(result, context.baseDir())
                            .map(MarkdownReport::code)
                            .orElse(escape(Messages.fixTarget(result, context.baseDir())))
                    + ":");
            md.add("");
            md.add("```xml");
            md.addAll(Messages.userPermissionsXml(result.fix()));
            md.add("```");
            List<String> notes = Messages.broadPermissionNotes(result);
            if (!notes.isEmpty()) {
                md.add("");
                notes.forEach(note -> md.add("> " + escape(note)));
            }
        }
        return String.join("\n", md) + "\n";
    }

    private static void more(List<String> md, int size) {
        if (size > MAX_ROWS) {
            md.add("");
            md.add("… and " + (size - MAX_ROWS) + " more: see `sfperm.json`.");
        }
    }

    private static String location(Finding finding, ReportContext context) {
        if (finding.origin() == null) {
            return "";
        }
        String file = context.relative(finding.origin().file())
                .orElse(finding.origin().file().getFileName().toString());
        return finding.origin().line() > 0 ? file + ":" + finding.origin().line() : file;
    }

    private static String rule(Finding finding) {
        String id = code(finding.ruleId());
        return finding.source().isEmpty()
                ? id
                : "[" + id + "](<" + finding.source().replace(">", "%3E") + ">)";
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** A table cell: a {@code |} would end the cell, a line break the row. */
    private static String cell(String text) {
        return Printable.oneLine(text.replace("|", "\\|").replaceAll("[\\r\\n]+", " "));
    }

    /** An inline code span that holds {@code text} whatever backticks it has. */
    static String code(String text) {
        String oneLine = Printable.oneLine(text.replaceAll("[\\r\\n]+", " "));
        String fence = "`";
        while (oneLine.contains(fence)) {
            fence += "`";
        }
        boolean pad = oneLine.startsWith("`") || oneLine.endsWith("`");
        return fence + (pad ? " " + oneLine + " " : oneLine) + fence;
    }

    /**
     * Text that Markdown shows as it is: its punctuation escaped, its line breaks made spaces. A run of {@code _}
     * between letters or digits ({@code MISSING_PERMISSION}, {@code Broker__c}) is left alone: GitHub never reads it
     * as emphasis.
     */
    static String escape(String text) {
        String oneLine = Printable.oneLine(text.replaceAll("[\\r\\n]+", " "));
        StringBuilder escaped = new StringBuilder(oneLine.length());
        for (int i = 0; i < oneLine.length(); i++) {
            char c = oneLine.charAt(i);
            if (c == '_') {
                int end = i;
                while (end < oneLine.length() && oneLine.charAt(end) == '_') {
                    end++;
                }
                boolean intraword = i > 0
                        && end < oneLine.length()
                        && Character.isLetterOrDigit(oneLine.charAt(i - 1))
                        && Character.isLetterOrDigit(oneLine.charAt(end));
                for (int j = i; j < end; j++) {
                    escaped.append(intraword ? "_" : "\\_");
                }
                i = end - 1;
            } else {
                if ("\\`*[]<>|~&".indexOf(c) >= 0) {
                    escaped.append('\\');
                }
                escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
