package io.github.sfperm.check;

import io.github.sfperm.catalogue.Catalogue;
import io.github.sfperm.catalogue.Requirement;
import io.github.sfperm.catalogue.Rule;
import io.github.sfperm.catalogue.UnknownTypes;
import io.github.sfperm.common.Suggestions;
import io.github.sfperm.deploy.Component;
import io.github.sfperm.deploy.Operation;
import io.github.sfperm.registry.MetadataRegistry;
import io.github.sfperm.registry.MetadataType;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Compares what each component needs with what the deployer holds. Every component is checked against the base
 * rules, the rules of its type and, for a child type ({@code CustomField}), the rules of its parent type; each unmet
 * rule is one {@link Kind#MISSING_PERMISSION} finding. A type no rule covers is an {@link Kind#UNKNOWN_TYPE} finding,
 * never a silent pass.
 */
public final class Checker {

    /** Why a type is unknown: the rule id of the finding and the reason in words. */
    private record Unknown(String ruleId, String reason) {}

    private static final Unknown KNOWN = new Unknown("", "");

    private final Catalogue catalogue;
    private final MetadataRegistry registry;
    private final Level unknownTypeLevel;
    private final java.util.function.Function<Component, Optional<org.dom4j.Element>> files;
    // what depends on the type and operation only is worked out once per type, not once per component
    private final Map<Operation, Map<String, List<Rule>>> rulesByType = new EnumMap<>(Operation.class);
    private final Map<String, Unknown> unknownByType = new HashMap<>();

    public Checker(Catalogue catalogue, MetadataRegistry registry, Level unknownTypeLevel) {
        this(catalogue, registry, unknownTypeLevel, component -> Optional.empty());
    }

    /**
     * A checker that judges the conditions of conditional rules ({@code <when>}) on the root element {@code files}
     * gives for a component being deployed; a conditional rule does not apply to a component without one (a
     * deletion, or a file sfperm did not find).
     */
    public Checker(
            Catalogue catalogue,
            MetadataRegistry registry,
            Level unknownTypeLevel,
            java.util.function.Function<Component, Optional<org.dom4j.Element>> files) {
        this.catalogue = catalogue;
        this.registry = registry;
        this.unknownTypeLevel = unknownTypeLevel;
        this.files = files;
        for (Operation operation : Operation.values()) {
            rulesByType.put(operation, new HashMap<>());
        }
    }

    /** The findings for {@code components} when the deployer effectively holds {@code held}. */
    public List<Finding> check(List<Component> components, Set<String> held) {
        List<Finding> findings = new ArrayList<>();
        Gaps gaps = new Gaps(held);
        for (Component component : components) {
            check(component, gaps, findings);
        }
        return findings;
    }

    /**
     * Every rule that applies to {@code component}: base rules first, then its type's, then its parent's. The same
     * (immutable) list for every component of a type and operation.
     */
    public List<Rule> rulesFor(Component component) {
        return rulesFor(effectiveType(component), component.operation());
    }

    private List<Rule> rulesFor(String type, Operation operation) {
        Map<String, List<Rule>> byType = rulesByType.get(operation);
        List<Rule> cached = byType.get(type);
        if (cached == null) {
            Set<Rule> rules = new LinkedHashSet<>(catalogue.baseRules(operation));
            rules.addAll(catalogue.rulesFor(type, operation));
            parentOf(type).ifPresent(parent -> rules.addAll(catalogue.rulesFor(parent, operation)));
            cached = List.copyOf(rules);
            byType.put(type, cached);
        }
        return cached;
    }

    /** What a deployer holding {@code held} does not meet of each rule, and its words: worked out once per rule. */
    private static final class Gaps {
        private final Set<String> held;
        private final Map<Rule, Optional<Requirement>> unmet = new IdentityHashMap<>();
        private final Map<Requirement, String> rendered = new IdentityHashMap<>();

        Gaps(Set<String> held) {
            this.held = held;
        }

        Optional<Requirement> unmet(Rule rule) {
            return unmet.computeIfAbsent(rule, r -> r.requires().unmet(held));
        }

        String render(Requirement requirement) {
            return rendered.computeIfAbsent(requirement, Requirement::render);
        }
    }

    private void check(Component component, Gaps gaps, List<Finding> findings) {
        String type = effectiveType(component);
        unknownType(component, type).ifPresent(findings::add);
        List<Rule> rules = rulesFor(type, component.operation());
        Set<Requirement> reported = rules.size() > 1 ? new HashSet<>() : null;
        for (Rule rule : rules) {
            if (rule.isConditional() && !applies(rule, component)) {
                continue;
            }
            Optional<Requirement> unmet = gaps.unmet(rule);
            // a gap already reported for this component by a more specific rule is not repeated
            if (unmet.isPresent() && (reported == null || reported.add(unmet.get()))) {
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
                        component.label() + " needs " + gaps.render(unmet.get())
                                + (rule.isConditional()
                                        ? " because its file has " + rule.when().describe()
                                        : "")));
            }
        }
    }

    /** Whether the condition of {@code rule} holds for the file of {@code component}, a component being deployed. */
    private boolean applies(Rule rule, Component component) {
        if (component.operation() != Operation.DEPLOY) {
            return false;
        }
        return files.apply(component).map(root -> rule.when().holds(root)).orElse(false);
    }

    /** An UNKNOWN_TYPE finding when nothing in the catalogue covers the component's type. */
    private Optional<Finding> unknownType(Component component, String type) {
        Unknown unknown = unknownByType.computeIfAbsent(type, this::classify);
        if (unknown == KNOWN) {
            return Optional.empty();
        }
        return Optional.of(new Finding(
                Kind.UNKNOWN_TYPE,
                unknownTypeLevel,
                unknown.ruleId(),
                component,
                component.origin(),
                null,
                null,
                null,
                "",
                component.label() + ": " + unknown.reason() + "; only the base rule was checked. Add a rule in a"
                        + " ruleFiles file, or allowlist it"));
    }

    /** {@link #KNOWN} when a rule covers {@code type} or its parent; otherwise why it is unknown. */
    private Unknown classify(String type) {
        Optional<MetadataType> known = registry.type(type);
        if (catalogue.hasRulesFor(type)) {
            return KNOWN;
        }
        Optional<String> parent = parentOf(type);
        if (parent.isPresent() && catalogue.hasRulesFor(parent.get())) {
            return KNOWN;
        }
        Optional<UnknownTypes> declared = catalogue.unknown(type);
        if (declared.isPresent()) {
            return new Unknown(
                    declared.get().id(),
                    "the catalogue does not know which permissions " + type + " needs"
                            + (declared.get().note().isEmpty()
                                    ? ""
                                    : " (" + declared.get().note() + ")"));
        } else if (known.isEmpty()) {
            return new Unknown(
                    "unregistered-type",
                    "'" + type + "' is not a Metadata API type sfperm knows"
                            + Suggestions.didYouMean(
                                    type,
                                    registry.types().stream()
                                            .map(MetadataType::name)
                                            .toList()));
        }
        return new Unknown("unclassified-type", "no rule says which permissions " + type + " needs");
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
