package io.github.sfperm.catalogue;

import io.github.sfperm.common.InputException;
import io.github.sfperm.deploy.Operation;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The rule catalogue in force: the built-in rules, then each user rule file in order. A rule whose id is already
 * present replaces it (a user overrides a built-in rule by reusing its id); new ids add rules. Immutable.
 */
public final class Catalogue {

    /** The built-in catalogue, a resource of the plugin. */
    public static final String BUILT_IN_RESOURCE = "/io/github/sfperm/catalogue/catalogue.xml";

    /** How the built-in catalogue is named in messages and reports. */
    public static final Path BUILT_IN_NAME = Path.of("sfperm-catalogue.xml");

    private final String version;
    private final List<Rule> rules;
    private final List<Rule> baseRules;
    private final Map<String, List<Rule>> rulesByType;
    private final Map<String, UnknownTypes> unknownByType;
    private final List<PermissionFact> facts;

    // indexes, so that the checks look rules and facts up instead of filtering lists for every component
    private final Map<Operation, List<Rule>> baseRulesByOperation = new EnumMap<>(Operation.class);
    private final Map<Operation, Map<String, List<Rule>>> rulesByOperation = new EnumMap<>(Operation.class);
    private final Map<String, Rule> rulesById = new HashMap<>();
    private final Map<String, List<String>> impliedByPermission = new HashMap<>();
    private final Map<String, List<String>> dependenciesByPermission = new HashMap<>();
    private final Map<String, List<PermissionFact>> dangersByPermission = new HashMap<>();

    private Catalogue(String version, List<Rule> rules, List<UnknownTypes> unknown, List<PermissionFact> facts) {
        this.version = version;
        this.rules = List.copyOf(rules);
        List<Rule> base = new ArrayList<>();
        Map<String, List<Rule>> byType = new LinkedHashMap<>();
        for (Rule rule : rules) {
            if (rule.isBase()) {
                base.add(rule);
            }
            for (String type : rule.types()) {
                if (!Rule.ALL_TYPES.equals(type)) {
                    byType.computeIfAbsent(type, t -> new ArrayList<>()).add(rule);
                }
            }
        }
        this.baseRules = List.copyOf(base);
        byType.replaceAll((type, list) -> List.copyOf(list));
        this.rulesByType = Collections.unmodifiableMap(byType);
        Map<String, UnknownTypes> unknownMap = new LinkedHashMap<>();
        for (UnknownTypes entry : unknown) {
            for (String type : entry.types()) {
                unknownMap.put(type, entry);
            }
        }
        this.unknownByType = Collections.unmodifiableMap(unknownMap);
        this.facts = List.copyOf(facts);
        for (Operation operation : Operation.values()) {
            baseRulesByOperation.put(
                    operation,
                    baseRules.stream()
                            .filter(r -> r.appliesTo().covers(operation))
                            .toList());
            Map<String, List<Rule>> byOperation = new HashMap<>();
            rulesByType.forEach((type, list) -> byOperation.put(
                    type,
                    list.stream().filter(r -> r.appliesTo().covers(operation)).toList()));
            rulesByOperation.put(operation, byOperation);
        }
        for (Rule rule : this.rules) {
            rulesById.putIfAbsent(rule.id(), rule);
        }
        for (PermissionFact fact : this.facts) {
            if (fact.kind() == PermissionFact.Kind.IMPLIES && fact.isUnconditional()) {
                impliedByPermission
                        .computeIfAbsent(fact.permission(), p -> new ArrayList<>())
                        .add(fact.other());
            } else if (fact.kind() == PermissionFact.Kind.DEPENDS_ON && fact.isUnconditional()) {
                dependenciesByPermission
                        .computeIfAbsent(fact.permission(), p -> new ArrayList<>())
                        .add(fact.other());
            } else if (fact.kind() == PermissionFact.Kind.DANGEROUS) {
                dangersByPermission
                        .computeIfAbsent(fact.permission(), p -> new ArrayList<>())
                        .add(fact);
            }
        }
        impliedByPermission.replaceAll((p, list) -> List.copyOf(list));
        dependenciesByPermission.replaceAll((p, list) -> List.copyOf(list));
        dangersByPermission.replaceAll((p, list) -> List.copyOf(list));
    }

    /** The built-in catalogue alone. */
    public static Catalogue builtIn() throws InputException {
        return of(List.of(builtInFile()));
    }

    /** The built-in catalogue, then each of {@code userFiles} in order. */
    public static Catalogue withUserFiles(List<Path> userFiles) throws InputException {
        List<RuleFile> files = new ArrayList<>();
        files.add(builtInFile());
        for (Path file : userFiles) {
            files.add(RuleFileReader.read(file));
        }
        return of(files);
    }

    private static volatile RuleFile builtInFile;

    /**
     * The built-in rule file, read once (it is immutable): every module of a reactor, and every goal, shares it. It
     * is not validated against the schema as it is read: it is part of the plugin, and a test validates it.
     */
    static RuleFile builtInFile() throws InputException {
        RuleFile file = builtInFile;
        if (file == null) {
            synchronized (Catalogue.class) {
                file = builtInFile;
                if (file == null) {
                    file = RuleFileReader.readTrustedResource(BUILT_IN_RESOURCE, BUILT_IN_NAME);
                    builtInFile = file;
                }
            }
        }
        return file;
    }

    /** Merges rule files: later files override earlier ones by id. */
    public static Catalogue of(List<RuleFile> files) {
        Map<String, Rule> rules = new LinkedHashMap<>();
        Map<String, UnknownTypes> unknown = new LinkedHashMap<>();
        Map<String, PermissionFact> facts = new LinkedHashMap<>();
        String version = "";
        for (RuleFile file : files) {
            if (version.isEmpty()) {
                version = file.version();
            }
            for (Rule rule : file.rules()) {
                unknown.remove(rule.id());
                rules.put(rule.id(), rule);
            }
            for (UnknownTypes entry : file.unknown()) {
                rules.remove(entry.id());
                unknown.put(entry.id(), entry);
            }
            for (PermissionFact fact : file.facts()) {
                facts.put(fact.kind() + ":" + fact.permission() + ":" + fact.other(), fact);
            }
        }
        return new Catalogue(
                version,
                new ArrayList<>(rules.values()),
                new ArrayList<>(unknown.values()),
                new ArrayList<>(facts.values()));
    }

    /** The built-in catalogue's version. */
    public String version() {
        return version;
    }

    /** Every rule in force, in definition order. */
    public List<Rule> rules() {
        return rules;
    }

    public Optional<Rule> rule(String id) {
        return Optional.ofNullable(rulesById.get(id));
    }

    /** The rules that apply to every component of {@code operation}. */
    public List<Rule> baseRules(Operation operation) {
        return baseRulesByOperation.get(operation);
    }

    /** The rules written for {@code type} (not the base rules) that cover {@code operation}. */
    public List<Rule> rulesFor(String type, Operation operation) {
        return rulesByOperation.get(operation).getOrDefault(type, List.of());
    }

    /** Whether any rule applies only under a condition on the component's file (a {@code <when>}). */
    public boolean hasConditionalRules() {
        return rules.stream().anyMatch(Rule::isConditional);
    }

    /** Whether any rule names {@code type}, for any operation. */
    public boolean hasRulesFor(String type) {
        return rulesByType.containsKey(type);
    }

    /** The explicit unknown entry for {@code type}, when the catalogue declares it unknown and no rule names it. */
    public Optional<UnknownTypes> unknown(String type) {
        return hasRulesFor(type) ? Optional.empty() : Optional.ofNullable(unknownByType.get(type));
    }

    /** Every type a rule or an unknown entry names. */
    public Set<String> classifiedTypes() {
        Set<String> types = new LinkedHashSet<>(rulesByType.keySet());
        types.addAll(unknownByType.keySet());
        return types;
    }

    /** Implications and dependencies between permissions. */
    public List<PermissionFact> facts() {
        return facts;
    }

    /**
     * {@code declared} plus everything it implies, transitively ({@code AuthorApex} turns on {@code ModifyMetadata}):
     * what a deployer holding {@code declared} effectively holds.
     */
    public Set<String> withImplied(Set<String> declared) {
        Set<String> effective = new java.util.TreeSet<>(declared);
        java.util.Deque<String> pending = new java.util.ArrayDeque<>(declared);
        while (!pending.isEmpty()) {
            for (String implied : implied(pending.pop())) {
                if (effective.add(implied)) {
                    pending.push(implied);
                }
            }
        }
        return Collections.unmodifiableSet(effective);
    }

    /** What Salesforce requires alongside {@code permission} in every org (unconditional dependencies). */
    public List<String> dependencies(String permission) {
        return dependenciesByPermission.getOrDefault(permission, List.of());
    }

    /**
     * Why holding {@code permission} is dangerous for a deployer that also holds {@code held}; empty when it is not.
     */
    public Optional<PermissionFact> danger(String permission, Set<String> held) {
        for (PermissionFact fact : dangersByPermission.getOrDefault(permission, List.of())) {
            if (fact.other().isEmpty() || held.contains(fact.other())) {
                return Optional.of(fact);
            }
        }
        return Optional.empty();
    }

    /** Whether the catalogue calls {@code permission} dangerous on its own (without a companion permission). */
    public boolean isBroad(String permission) {
        for (PermissionFact fact : dangersByPermission.getOrDefault(permission, List.of())) {
            if (fact.other().isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /** The permissions that {@code permission} grants by itself (not transitively). */
    public List<String> implied(String permission) {
        return impliedByPermission.getOrDefault(permission, List.of());
    }
}
