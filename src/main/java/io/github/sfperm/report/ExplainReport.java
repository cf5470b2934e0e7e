package io.github.sfperm.report;

import io.github.sfperm.catalogue.Catalogue;
import io.github.sfperm.catalogue.PermissionNames;
import io.github.sfperm.catalogue.RefusedDeletions;
import io.github.sfperm.catalogue.Rule;
import io.github.sfperm.catalogue.UnknownTypes;
import io.github.sfperm.check.CheckResult;
import io.github.sfperm.check.Finding;
import io.github.sfperm.check.Kind;
import io.github.sfperm.deploy.Operation;
import io.github.sfperm.references.ReferenceData;
import io.github.sfperm.registry.MetadataRegistry;
import io.github.sfperm.registry.MetadataType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code explain} view: what a deployment needs, grouped by requirement, with the components that need it, the
 * rule ids and their sources; or, for one type, the rules that apply to it.
 */
public final class ExplainReport {

    private ExplainReport() {}

    /**
     * What the deployment of {@code needs} (a check against an empty deployer) requires, grouped by requirement
     * (the base rule first), each component with the rule that asks for it; then the sources of those rules.
     */
    public static List<String> needs(CheckResult needs, Path base) {
        Map<String, List<Finding>> byRequirement = new java.util.TreeMap<>();
        Map<String, Finding> rules = new java.util.TreeMap<>();
        for (Finding finding : needs.findings()) {
            if (finding.kind() == Kind.MISSING_PERMISSION || finding.kind() == Kind.LICENSE_FORBIDS) {
                String key = (finding.ruleId().equals("base") ? "0" : "1")
                        + finding.required().render();
                byRequirement.computeIfAbsent(key, r -> new ArrayList<>()).add(finding);
                rules.putIfAbsent(finding.ruleId(), finding);
            }
        }
        int total = needs.plan().components().size();
        List<String> lines = new ArrayList<>();
        lines.add("sfperm: what this deployment needs (" + Messages.plural(total, "component") + "), by requirement:");
        for (List<Finding> findings : byRequirement.values()) {
            Finding first = findings.get(0);
            boolean everyComponent = findings.size() == total
                    && findings.stream().allMatch(f -> f.ruleId().equals(first.ruleId()));
            if (everyComponent) {
                lines.add(first.required().render() + " — every component [" + first.ruleId() + ", "
                        + first.confidence().label() + "]");
                continue;
            }
            lines.add(first.required().render() + " — " + Messages.plural(findings.size(), "component"));
            for (Finding finding : findings) {
                lines.add("    " + finding.origin().display(base) + " "
                        + finding.component().label() + " [" + finding.ruleId() + ", "
                        + finding.confidence().label() + "]");
            }
        }
        for (Finding finding : needs.findings()) {
            if (finding.kind() == Kind.UNKNOWN_TYPE) {
                lines.add("unknown: " + Messages.line(finding, base));
            }
        }
        // what no permission grants: deletions Salesforce refuses, and what the files name in the target org
        for (Finding finding : needs.findings()) {
            if (finding.kind() == Kind.REFUSED_DELETION) {
                lines.add("refused: " + Messages.line(finding, base));
            }
        }
        for (Finding finding : needs.findings()) {
            if (finding.kind() == Kind.MISSING_REFERENCE || finding.kind() == Kind.HARDCODED_ID) {
                lines.add("in the target org: " + Messages.line(finding, base));
            }
        }
        if (!rules.isEmpty()) {
            lines.add("sources:");
            rules.forEach((id, finding) ->
                    lines.add("    [" + id + "] " + (finding.source().isEmpty() ? "(none)" : finding.source())));
        }
        if (!needs.fix().isEmpty()) {
            PermissionNames names = PermissionNames.builtIn();
            lines.add("sfperm: the least privileged deployer holds "
                    + String.join(
                            ", ", needs.fix().stream().map(names::describe).toList())
                    + "; sfperm:fix writes it as a permission set");
        }
        return lines;
    }

    /** The rules that apply to components of {@code typeName}, for deploy and delete. */
    public static List<String> type(String typeName, Catalogue catalogue, MetadataRegistry registry) {
        List<String> lines = new ArrayList<>();
        Optional<MetadataType> type = registry.type(typeName);
        String name = type.map(MetadataType::name).orElse(typeName);
        if (type.isEmpty()) {
            lines.add(typeName + ": not a Metadata API type sfperm knows"
                    + io.github.sfperm.common.Suggestions.didYouMean(
                            typeName,
                            registry.types().stream().map(MetadataType::name).toList()));
        }
        for (Operation operation : Operation.values()) {
            List<Rule> rules = new ArrayList<>(catalogue.baseRules(operation));
            rules.addAll(catalogue.rulesFor(name, operation));
            String parent = type.map(MetadataType::parent).orElse(null);
            if (parent != null) {
                rules.addAll(catalogue.rulesFor(parent, operation));
            }
            for (Rule rule : rules) {
                lines.add(String.format(
                        "%s (%s): %s%s [%s] %s%s%s",
                        name,
                        operation.label(),
                        rule.requires().render(),
                        rule.isConditional()
                                ? " when the file has " + rule.when().describe()
                                : "",
                        rule.id(),
                        rule.confidence().label(),
                        rule.isBase()
                                ? ", every type"
                                : parent != null
                                                && rule.types().contains(parent)
                                                && !rule.types().contains(name)
                                        ? ", from parent " + parent
                                        : "",
                        rule.source().isEmpty() ? "" : "; " + rule.source()));
                if (!rule.note().isEmpty() && !rule.isBase()) {
                    lines.add("    " + rule.note());
                }
            }
        }
        Optional<UnknownTypes> unknown = catalogue.unknown(name);
        unknown.ifPresent(
                u -> lines.add(name + ": the catalogue does not know what it needs [" + u.id() + "] " + u.note()));
        if (unknown.isEmpty()
                && !catalogue.hasRulesFor(name)
                && type.map(MetadataType::parent)
                        .map(p -> !catalogue.hasRulesFor(p))
                        .orElse(true)) {
            lines.add(name + ": no rule; its components give UNKNOWN_TYPE findings");
        }
        try {
            RefusedDeletions.builtIn().forType(name).ifPresent(r -> {
                lines.add(name + " (delete): refused by Salesforce through destructiveChanges with \"" + r.message()
                        + "\" [" + r.id() + "] " + r.confidence().label() + "; " + r.source());
                lines.add("    instead, " + r.fix());
            });
            for (ReferenceData.Field field : ReferenceData.builtIn().fields(name)) {
                lines.add(name + ": <" + field.pathText() + "> names a "
                        + field.kind()
                                .map(k -> k.label())
                                .orElse("user, role, group or queue (by <"
                                        + field.kindFrom().orElse("") + ">)")
                        + " of the target org (MISSING_REFERENCE); " + field.source());
            }
        } catch (io.github.sfperm.common.InputException e) {
            throw new IllegalStateException("plugin resource unreadable: " + e.getMessage(), e);
        }
        return lines;
    }
}
