package io.github.sfperm.report;

import io.github.sfperm.check.CheckResult;
import io.github.sfperm.check.Finding;
import io.github.sfperm.check.Kind;
import io.github.sfperm.check.Level;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The one place where findings, summaries and the fix are worded, so that the console, the reports, the tests and
 * the README all quote the same text.
 */
public final class Messages {

    private Messages() {}

    /**
     * One finding on one line, location first: {@code manifest/package.xml:14: MISSING_PERMISSION [flow] Flow
     * Lead_Router needs ManageInteraction (rule: ManageInteraction; community)}.
     */
    public static String line(Finding finding, Path base) {
        StringBuilder text = new StringBuilder();
        if (finding.origin() != null) {
            text.append(finding.origin().display(base)).append(": ");
        }
        text.append(finding.kind()).append(" [").append(finding.ruleId()).append("] ").append(finding.message());
        if (finding.kind() == Kind.MISSING_PERMISSION && finding.required() != null) {
            text.append(" (rule: ").append(finding.required().render());
            if (finding.confidence() != null) {
                text.append("; ").append(finding.confidence().label());
            }
            text.append(')');
        }
        return text.toString();
    }

    /**
     * The summary: {@code sfperm: 12 components checked: 3 errors, 1 warning (2 MISSING_PERMISSION, 1
     * UNKNOWN_TYPE, ...); 1 allowlisted.}
     */
    public static String summary(CheckResult result) {
        long errors = result.count(Level.ERROR);
        long warnings = result.count(Level.WARN);
        StringBuilder text = new StringBuilder("sfperm: ")
                .append(plural(result.plan().components().size(), "component"))
                .append(" checked: ");
        if (result.findings().isEmpty()) {
            text.append("no gaps");
        } else {
            text.append(plural(errors, "error")).append(", ").append(plural(warnings, "warning"));
            List<String> kinds = new ArrayList<>();
            for (Map.Entry<String, Long> count : result.countsByKind().entrySet()) {
                kinds.add(count.getValue() + " " + count.getKey());
            }
            text.append(" (").append(String.join(", ", kinds)).append(')');
        }
        if (!result.suppressed().isEmpty()) {
            text.append("; ").append(result.suppressed().size()).append(" allowlisted");
        }
        if (!result.baselined().isEmpty()) {
            text.append("; ").append(result.baselined().size()).append(" in the baseline");
        }
        return text.append('.').toString();
    }

    /** The {@code <userPermissions>} blocks that enable {@code permissions}, as lines of a permission set file. */
    public static List<String> userPermissionsXml(Set<String> permissions) {
        List<String> lines = new ArrayList<>();
        for (String permission : permissions.stream().sorted().toList()) {
            lines.add("    <userPermissions>");
            lines.add("        <enabled>true</enabled>");
            lines.add("        <name>" + permission + "</name>");
            lines.add("    </userPermissions>");
        }
        return lines;
    }

    /**
     * For each broad permission in the fix ({@code ModifyAllData}, ...), a note naming the rules that accept nothing
     * narrower, so that nobody grants it without knowing why.
     */
    public static List<String> broadPermissionNotes(CheckResult result) {
        List<String> notes = new ArrayList<>();
        for (String permission : result.fix()) {
            if (!result.catalogue().isBroad(permission)) {
                continue;
            }
            // every permission any rule names, except this one: a rule still unmet has no narrower alternative
            Set<String> without = new java.util.HashSet<>(result.effectivePermissions());
            result.findings().stream().filter(f -> f.required() != null)
                    .forEach(f -> without.addAll(f.required().permissions()));
            without.remove(permission);
            Set<String> rules = new java.util.TreeSet<>();
            for (Finding finding : result.findings()) {
                if (finding.kind() == Kind.MISSING_PERMISSION && !finding.required().isMetBy(without)) {
                    rules.add(finding.ruleId() + " (" + finding.component().type() + ")");
                }
            }
            notes.add("sfperm: note: " + permission + " grants far more than deployments need; it is in the fix only"
                    + " because " + String.join(", ", rules) + " accepts nothing narrower");
        }
        return notes;
    }

    static String plural(long count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }
}
