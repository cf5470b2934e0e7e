package io.github.sfperm.check;

import io.github.sfperm.catalogue.Catalogue;
import io.github.sfperm.catalogue.Requirement;
import io.github.sfperm.catalogue.Rule;
import io.github.sfperm.catalogue.UnknownTypes;
import io.github.sfperm.common.Suggestions;
import io.github.sfperm.deploy.Component;
import io.github.sfperm.registry.MetadataRegistry;
import io.github.sfperm.registry.MetadataType;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Compares what each component needs with what the deployer holds. Every component is checked against the base
 * rules, the rules of its type and, for a child type ({@code CustomField}), the rules of its parent type; each unmet
 * rule is one {@link Kind#MISSING_PERMISSION} finding. A type no rule covers is an {@link Kind#UNKNOWN_TYPE} finding,
 * never a silent pass.
 */
public final class Checker {

    private final Catalogue catalogue;
    private final MetadataRegistry registry;
    private final Level unknownTypeLevel;

    public Checker(Catalogue catalogue, MetadataRegistry registry, Level unknownTypeLevel) {
        this.catalogue = catalogue;
        this.registry = registry;
        this.unknownTypeLevel = unknownTypeLevel;
    }

    /** The findings for {@code components} when the deployer effectively holds {@code held}. */
    public List<Finding> check(List<Component> components, Set<String> held) {
        List<Finding> findings = new ArrayList<>();
        for (Component component : components) {
            check(component, held, findings);
        }
        return findings;
    }

    /** Every rule that applies to {@code component}: base rules first, then its type's, then its parent's. */
    public List<Rule> rulesFor(Component component) {
        Set<Rule> rules = new LinkedHashSet<>(catalogue.baseRules(component.operation()));
        String type = effectiveType(component);
        rules.addAll(catalogue.rulesFor(type, component.operation()));
        parentOf(type).ifPresent(parent -> rules.addAll(catalogue.rulesFor(parent, component.operation())));
        return List.copyOf(rules);
    }

    private void check(Component component, Set<String> held, List<Finding> findings) {
        unknownType(component).ifPresent(findings::add);
        Set<Requirement> reported = new java.util.HashSet<>();
        for (Rule rule : rulesFor(component)) {
            Optional<Requirement> unmet = rule.requires().unmet(held);
            // a gap already reported for this component by a more specific rule is not repeated
            if (unmet.isPresent() && reported.add(unmet.get())) {
                findings.add(new Finding(
                        Kind.MISSING_PERMISSION,
                        Kind.MISSING_PERMISSION.defaultLevel(),
                        rule.id(),
                        component,
                        component.origin(),
                        rule.requires(),
                        unmet.get(),
                        rule.confidence(),
                        rule.source(),
                        component.label() + " needs " + unmet.get().render()));
            }
        }
    }

    /** An UNKNOWN_TYPE finding when nothing in the catalogue covers the component's type. */
    private Optional<Finding> unknownType(Component component) {
        String type = effectiveType(component);
        Optional<MetadataType> known = registry.type(type);
        if (catalogue.hasRulesFor(type)) {
            return Optional.empty();
        }
        Optional<String> parent = parentOf(type);
        if (parent.isPresent() && catalogue.hasRulesFor(parent.get())) {
            return Optional.empty();
        }
        Optional<UnknownTypes> declared = catalogue.unknown(type);
        String ruleId;
        String reason;
        if (declared.isPresent()) {
            ruleId = declared.get().id();
            reason = "the catalogue does not know which permissions " + type + " needs"
                    + (declared.get().note().isEmpty() ? "" : " (" + declared.get().note() + ")");
        } else if (known.isEmpty()) {
            ruleId = "unregistered-type";
            reason = "'" + type + "' is not a Metadata API type sfperm knows"
                    + Suggestions.didYouMean(type, registry.types().stream().map(MetadataType::name).toList());
        } else {
            ruleId = "unclassified-type";
            reason = "no rule says which permissions " + type + " needs";
        }
        return Optional.of(new Finding(
                Kind.UNKNOWN_TYPE,
                unknownTypeLevel,
                ruleId,
                component,
                component.origin(),
                null,
                null,
                null,
                "",
                component.label() + ": " + reason + "; only the base rule was checked. Add a rule in a ruleFiles"
                        + " file, or allowlist it"));
    }

    /**
     * The type whose rules apply: the registry's spelling of the type, except that in {@code package.xml} a member
     * without {@code /} of a type in folders ({@code Report}: {@code MyFolder}, or {@code MyFolder/} as Salesforce's CLI
     * writes it) is the folder itself ({@code ReportFolder}).
     */
    public String effectiveType(Component component) {
        Optional<MetadataType> type = registry.type(component.type());
        if (type.isEmpty()) {
            return component.type();
        }
        MetadataType known = type.get();
        String member = component.member();
        // Salesforce's CLI writes report and dashboard folders with a trailing slash ("MyFolder/")
        boolean folder = member.indexOf('/') < 0 || member.indexOf('/') == member.length() - 1;
        if (known.inFolder() && known.folderType() != null && !component.isWildcard() && folder) {
            return known.folderType();
        }
        return known.name();
    }

    private Optional<String> parentOf(String type) {
        return registry.type(type).map(MetadataType::parent);
    }
}
