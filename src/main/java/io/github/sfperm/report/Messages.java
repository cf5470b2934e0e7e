package io.github.sfperm.report;

import io.github.sfperm.catalogue.AppliesTo;
import io.github.sfperm.catalogue.Rule;
import io.github.sfperm.check.Allowlist;
import io.github.sfperm.check.AllowlistEntry;
import io.github.sfperm.check.CheckResult;
import io.github.sfperm.check.Finding;
import io.github.sfperm.check.Kind;
import io.github.sfperm.check.LeastPrivilegeCheck;
import io.github.sfperm.check.Level;
import io.github.sfperm.common.DisplayPath;
import io.github.sfperm.common.Printable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The one place where findings, summaries and the fix are worded, so that the console, the reports, the tests and
 * the README all quote the same text. Every line that quotes what a file says is one printable, bounded line
 * ({@link Printable#oneLine}).
 */
public final class Messages {

    private Messages() {}

    /**
     * One finding on one line, location first: {@code manifest/package.xml:14: MISSING_PERMISSION [flow] Flow
     * Lead_Router needs ManageInteraction (rule: ManageInteraction; community)}.
     */
    public static String line(Finding finding, Path base) {
        return Printable.oneLine(
                finding.origin() == null ? text(finding) : finding.origin().display(base) + ": " + text(finding));
    }

    /**
     * One finding without its location, for reports that carry the location apart (SARIF, GitHub annotations):
     * {@code MISSING_PERMISSION [flow] Flow Lead_Router needs ManageInteraction (rule: ManageInteraction;
     * community)}.
     */
    public static String text(Finding finding) {
        StringBuilder text = new StringBuilder();
        text.append(finding.kind())
                .append(" [")
                .append(finding.ruleId())
                .append("] ")
                .append(finding.message());
        if (finding.kind() == Kind.MISSING_PERMISSION && finding.required() != null) {
            text.append(" (rule: ").append(finding.required().render());
            if (finding.confidence() != null) {
                text.append("; ").append(finding.confidence().label());
            }
            text.append(')');
        }
        return Printable.oneLine(text.toString());
    }

    /**
     * Several {@code EXCESS_PERMISSION} findings of one deployer source on one line, at the first one's location:
     * {@code ci/Admin.permissionset-meta.xml:12: EXCESS_PERMISSION [least-privilege] permission set Admin enables 3
     * permissions nothing in this deployment needs: EditTask, ManageInteraction, RunReports; remove them, or list them
     * in <expectedPermissions> if the deploying user needs them for something else (one finding each in the
     * reports)}.
     */
    public static String excess(List<Finding> group, Path base) {
        Finding first = group.stream()
                .min(java.util.Comparator.comparingInt(
                        f -> f.origin() == null ? 0 : f.origin().line()))
                .orElseThrow();
        String permissions =
                group.stream().map(f -> f.unmet().render()).sorted().collect(java.util.stream.Collectors.joining(", "));
        String text = Kind.EXCESS_PERMISSION + " [" + first.ruleId() + "] " + LeastPrivilegeCheck.grantedVia(first)
                + " enables " + group.size() + " permissions nothing in this deployment needs: " + permissions
                + "; remove them, or list them in <expectedPermissions> if the deploying user needs them for something"
                + " else (one finding each in the reports)";
        return Printable.oneLine(first.origin() == null ? text : first.origin().display(base) + ": " + text);
    }

    /** {@link #line} followed, when the finding cites a source, by {@code see <url>}: for multi-line reports. */
    public static List<String> details(Finding finding, Path base) {
        List<String> lines = new ArrayList<>();
        lines.add(line(finding, base));
        if (!finding.source().isEmpty()) {
            lines.add(Printable.oneLine("  see " + finding.source()));
        }
        return lines;
    }

    /** {@code allowlisted by allowlist entry 1 (type=Flow): <the finding's line>}. */
    public static String allowlisted(Allowlist.Suppressed suppressed, Path base) {
        return Printable.oneLine(
                "allowlisted by " + suppressed.entry().name() + ": " + line(suppressed.finding(), base));
    }

    /** Why a finding is allowlisted, for reports that show it beside the finding: {@code allowlist entry 1 (...): reason}. */
    public static String allowlistReason(AllowlistEntry entry) {
        return Printable.oneLine(entry.name() + ": " + entry.reason()
                + entry.until().map(until -> " (until " + until + ")").orElse(""));
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
            result.findings().stream()
                    .filter(f -> f.required() != null)
                    .forEach(f -> without.addAll(f.required().permissions()));
            without.remove(permission);
            Set<String> rules = new java.util.TreeSet<>();
            for (Finding finding : result.findings()) {
                if (finding.kind() == Kind.MISSING_PERMISSION
                        && !finding.required().isMetBy(without)) {
                    rules.add(finding.ruleId() + " (" + finding.component().type() + ")");
                }
            }
            notes.add("sfperm: note: " + permission + " grants far more than deployments need; it is in the fix only"
                    + " because " + String.join(", ", rules) + " accepts nothing narrower");
        }
        return notes;
    }

    /**
     * A note marking the permissions of the fix that close only warnings of rules below {@code failOnConfidence}, with
     * those rules; empty when there are none.
     */
    public static Optional<String> belowThresholdNote(CheckResult result) {
        Set<String> only = io.github.sfperm.check.ConfidenceThreshold.warningOnly(
                result.findings(),
                result.effectivePermissions(),
                result.fix(),
                io.github.sfperm.check.FixPlanner.Policy.of(result.catalogue(), result.deployer()));
        if (only.isEmpty()) {
            return Optional.empty();
        }
        Set<String> rules = new java.util.TreeSet<>();
        for (Finding finding : result.findings()) {
            if (io.github.sfperm.check.ConfidenceThreshold.isBelowThreshold(finding)
                    && finding.unmetPermissions().stream().anyMatch(only::contains)) {
                rules.add(finding.ruleId() + " (" + finding.confidence().label() + ")");
            }
        }
        return Optional.of("sfperm: note: " + String.join(", ", only) + " close(s) only warnings of rules below"
                + " failOnConfidence: " + String.join(", ", rules));
    }

    /**
     * Where the fix goes: the first permission set configured directly for the deployer, relative to {@code base}, or
     * {@code the deploying user's permission set}.
     */
    public static String fixTarget(CheckResult result, Path base) {
        return fixFile(result, base).orElse("the deploying user's permission set");
    }

    /** The first permission set configured directly for the deployer, relative to {@code base}, if there is one. */
    public static Optional<String> fixFile(CheckResult result, Path base) {
        return result.deployer().configuredPermissionSets().stream().findFirst().map(p -> DisplayPath.of(base, p));
    }

    /**
     * The gate decision in words: {@code failed: 3 ERROR findings remain after the allowlist}, {@code passed: no
     * ERROR finding remains after the allowlist}, or, when {@code failOnViolation} is off, {@code passed (not
     * failing): ...}.
     */
    public static String gate(CheckResult result, boolean failOnViolation) {
        long errors = result.count(Level.ERROR);
        if (errors == 0) {
            return "passed: no ERROR finding remains after the allowlist";
        }
        String remain =
                plural(errors, "ERROR finding") + (errors == 1 ? " remains" : " remain") + " after the allowlist";
        return failOnViolation ? "failed: " + remain : "passed (not failing, failOnViolation=false): " + remain;
    }

    /** What a class of finding means, in one sentence (SARIF rule descriptions, docs). */
    public static String kindDescription(Kind kind) {
        return switch (kind) {
            case MISSING_PERMISSION -> "The deploying user lacks a user permission that a component needs.";
            case LICENSE_FORBIDS -> "A needed permission cannot be granted under the deploying user's licence.";
            case UNKNOWN_TYPE -> "A metadata type that no rule covers: only the base rule was checked.";
            case UNKNOWN_PERMISSION ->
                "A rule file, a deployer file or the inline permissions name a permission that does not exist.";
            case ALLOWLIST_EXPIRED -> "An allowlist entry is past its until date and no longer suppresses anything.";
            case ALLOWLIST_UNUSED -> "An allowlist entry matched no finding.";
            case BASELINE_RESOLVED -> "A baseline entry whose finding no longer occurs: the gap was closed.";
            case EXCESS_PERMISSION -> "The deploying user holds a permission that nothing in this deployment needs.";
            case PAYLOAD_UNKNOWN_PERMISSION ->
                "A permission set or profile being deployed names a permission that does not exist.";
            case PAYLOAD_MISSING_DEPENDENCY ->
                "A permission set or profile being deployed lacks a permission its enabled permissions depend on.";
            case PAYLOAD_LICENSE -> "A permission set being deployed carries a licence the deploying user cannot use.";
            case EMPTY_WILDCARD -> "A * in a manifest matches no component of the source tree.";
            case UNCLAIMED_FILE ->
                "A file in a package directory that no metadata type claims: it would not be deployed.";
            case REFUSED_DELETION ->
                "A deletion Salesforce refuses through destructiveChanges, whatever the deploying user holds.";
            case MISSING_REFERENCE ->
                "A deployed file names a user, role, group or queue that the target org is not known to hold.";
            case HARDCODED_ID -> "A Salesforce record id is written into a deployed file; ids differ between orgs.";
            case PAYLOAD_REQUIRED_FIELD ->
                "A permission set or profile being deployed has field permissions on a required or master-detail"
                        + " field.";
            case PAYLOAD_MISSING_REFERENCE ->
                "A permission set, profile or permission set group being deployed names a custom component that"
                        + " neither the deployment nor the source tree holds.";
        };
    }

    /** What to do about a class of finding, in one or two sentences (SARIF rule help). */
    public static String kindHelp(Kind kind) {
        return switch (kind) {
            case MISSING_PERMISSION, LICENSE_FORBIDS ->
                "Add the permission to the deploying user's permission set (sfperm prints the <userPermissions> XML),"
                        + " or allowlist the gap with a reason.";
            case UNKNOWN_TYPE -> "Add a rule for the type in a ruleFiles file, or allowlist it with a reason.";
            case UNKNOWN_PERMISSION ->
                "Correct the permission's API name (sfperm suggests the closest): a misspelt name grants and requires"
                        + " nothing.";
            case ALLOWLIST_EXPIRED -> "Close the gap, or renew the entry with a new <until> date.";
            case ALLOWLIST_UNUSED -> "Remove the entry from the allowlist.";
            case BASELINE_RESOLVED -> "Run sfperm:baseline to remove the entry, so that the baseline only shrinks.";
            case EXCESS_PERMISSION -> "Remove the permission from the deploying user, or list it as expected.";
            case PAYLOAD_UNKNOWN_PERMISSION, PAYLOAD_MISSING_DEPENDENCY, PAYLOAD_LICENSE ->
                "Fix the permission set or profile before deploying it: Salesforce would reject it.";
            case EMPTY_WILDCARD -> "Remove the wildcard, or add the components it should match to the source tree.";
            case UNCLAIMED_FILE ->
                "Move or rename the file so that a metadata type claims it, or add it to .forceignore.";
            case REFUSED_DELETION ->
                "Take the component out of destructiveChanges and delete it the way the finding says (Setup, or its"
                        + " members one by one).";
            case MISSING_REFERENCE ->
                "Declare what the target org holds in <targetOrg>, create it there first, deploy it in the same"
                        + " deployment, or replace the value with a sfdx-project.json replacement.";
            case HARDCODED_ID ->
                "Refer to the record by a name (developer name, username, custom metadata) instead of its id.";
            case PAYLOAD_REQUIRED_FIELD ->
                "Remove the <fieldPermissions> entry: Salesforce grants a required field with its object's"
                        + " permissions.";
            case PAYLOAD_MISSING_REFERENCE ->
                "Remove the entry that names the component, add the component to the deployment, or declare it in"
                        + " <targetOrg> (<components>, <permissionSets>) when the target org has it.";
        };
    }

    /**
     * What a rule says, in one line: {@code Flow, FlowDefinition need ManageInteraction}, {@code Flow (delete) needs
     * ...}, {@code Every component needs ApiEnabled AND (ModifyMetadata OR ModifyAllData)}.
     */
    public static String ruleSummary(Rule rule) {
        String subject = rule.isBase() ? "Every component" : String.join(", ", rule.types());
        String operation = rule.appliesTo() == AppliesTo.BOTH
                ? ""
                : " (" + rule.appliesTo().label() + ")";
        String verb = !rule.isBase() && rule.types().size() > 1 ? " need " : " needs ";
        return subject + operation + verb + rule.requires().render() + ".";
    }

    /**
     * A rule's note, the evidence for it when the catalogue quotes some, then its confidence: the long description of
     * a rule.
     */
    public static String ruleDescription(Rule rule) {
        String note = sentence(rule.note().isBlank() ? ruleSummary(rule) : rule.note());
        String evidence = rule.evidence().isBlank() ? "" : " Evidence: " + sentence(rule.evidence());
        return note + evidence + " Confidence: " + rule.confidence().label() + ".";
    }

    private static String sentence(String text) {
        String trimmed = text.trim();
        return trimmed.endsWith(".") ? trimmed : trimmed + ".";
    }

    static String plural(long count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }
}
