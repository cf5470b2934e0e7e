package io.github.sfperm.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sfperm.catalogue.Catalogue;
import io.github.sfperm.catalogue.Confidence;
import io.github.sfperm.catalogue.PermissionFact;
import io.github.sfperm.catalogue.Requirement;
import io.github.sfperm.catalogue.Rule;
import io.github.sfperm.deploy.Component;
import io.github.sfperm.deploy.Operation;
import io.github.sfperm.deploy.Origin;
import io.github.sfperm.registry.MetadataRegistry;
import io.github.sfperm.registry.MetadataType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The lookups that replaced scans (catalogue rules and facts by type and permission, the checker's rules per type,
 * findings sorted on precomputed keys) give what the scans gave, for the whole built-in catalogue and registry.
 */
class IndexesTest {

    private static Catalogue catalogue;
    private static MetadataRegistry registry;

    @BeforeAll
    static void load() throws Exception {
        catalogue = Catalogue.builtIn();
        registry = MetadataRegistry.builtIn();
    }

    private static Set<String> permissions() {
        Set<String> permissions = new LinkedHashSet<>();
        catalogue.facts().forEach(f -> {
            permissions.add(f.permission());
            permissions.add(f.other());
        });
        catalogue.rules().forEach(r -> permissions.addAll(r.requires().permissions()));
        permissions.add("NoSuchPermission");
        return permissions;
    }

    @Test
    void catalogueLookupsGiveWhatFilteringTheRulesAndFactsGave() {
        for (Operation operation : Operation.values()) {
            assertThat(catalogue.baseRules(operation))
                    .isEqualTo(catalogue.rules().stream()
                            .filter(r -> r.isBase() && r.appliesTo().covers(operation))
                            .toList());
            for (MetadataType type : registry.types()) {
                assertThat(catalogue.rulesFor(type.name(), operation))
                        .as("%s %s", type.name(), operation)
                        .isEqualTo(catalogue.rules().stream()
                                .filter(r -> r.types().contains(type.name())
                                        && r.appliesTo().covers(operation))
                                .toList());
            }
        }
        for (Rule rule : catalogue.rules()) {
            assertThat(catalogue.rule(rule.id())).contains(rule);
        }
        assertThat(catalogue.rule("no-such-rule")).isEmpty();
        List<PermissionFact> facts = catalogue.facts();
        for (String permission : permissions()) {
            assertThat(catalogue.implied(permission))
                    .isEqualTo(facts.stream()
                            .filter(f -> f.kind() == PermissionFact.Kind.IMPLIES
                                    && f.isUnconditional()
                                    && f.permission().equals(permission))
                            .map(PermissionFact::other)
                            .toList());
            assertThat(catalogue.dependencies(permission))
                    .isEqualTo(facts.stream()
                            .filter(f -> f.kind() == PermissionFact.Kind.DEPENDS_ON
                                    && f.isUnconditional()
                                    && f.permission().equals(permission))
                            .map(PermissionFact::other)
                            .toList());
            assertThat(catalogue.isBroad(permission))
                    .isEqualTo(facts.stream()
                            .anyMatch(f -> f.kind() == PermissionFact.Kind.DANGEROUS
                                    && f.permission().equals(permission)
                                    && f.other().isEmpty()));
            for (Set<String> held : List.of(Set.<String>of(), permissions())) {
                assertThat(catalogue.danger(permission, held))
                        .isEqualTo(facts.stream()
                                .filter(f -> f.kind() == PermissionFact.Kind.DANGEROUS
                                        && f.permission().equals(permission)
                                        && (f.other().isEmpty() || held.contains(f.other())))
                                .findFirst());
            }
        }
    }

    @Test
    void theCheckerHandsOutOneListOfRulesPerTypeAndOperationAndChecksAsOneByOne() {
        Checker checker = new Checker(catalogue, registry, Level.WARN);
        Origin origin = new Origin(Path.of("package.xml"), 3);
        List<Component> components = new ArrayList<>();
        for (MetadataType type : registry.types()) {
            components.add(new Component(type.name(), "A", Operation.DEPLOY, origin));
            components.add(new Component(type.name(), "Folder/B", Operation.DELETE, origin));
        }
        components.add(new Component("NotAType", "X", Operation.DEPLOY, origin));
        Set<String> held = Set.of("ApiEnabled", "ModifyMetadata");
        List<Finding> together = checker.check(components, held);
        List<Finding> oneByOne = new ArrayList<>();
        for (Component component : components) {
            oneByOne.addAll(new Checker(catalogue, registry, Level.WARN).check(List.of(component), held));
        }
        assertThat(together).isEqualTo(oneByOne);
        Component first = new Component("ApexClass", "A", Operation.DEPLOY, origin);
        Component second = new Component("ApexClass", "B", Operation.DEPLOY, origin);
        assertThat(checker.rulesFor(first))
                .isSameAs(checker.rulesFor(second))
                .extracting(Rule::id)
                .containsExactly("base", "apex");
    }

    @Test
    void findingsSortedOnPrecomputedKeysAreInTheOrderOfTheComparator() {
        Random random = new Random(42);
        List<Finding> findings = new ArrayList<>();
        List<Requirement> requirements = List.of(
                Requirement.permission("B"),
                Requirement.permission("A"),
                Requirement.allOf(List.of(Requirement.permission("A"), Requirement.permission("C"))));
        for (int i = 0; i < 500; i++) {
            Kind kind = Kind.values()[random.nextInt(4)];
            Component component = random.nextInt(5) == 0
                    ? null
                    : new Component(
                            random.nextBoolean() ? "Flow" : "ApexClass",
                            "M" + random.nextInt(20),
                            Operation.DEPLOY,
                            Origin.of(Path.of("x")));
            Origin origin = random.nextInt(6) == 0
                    ? null
                    : new Origin(Path.of(random.nextBoolean() ? "a.xml" : "dir/b.xml"), random.nextInt(5));
            Requirement unmet = random.nextInt(4) == 0 ? null : requirements.get(random.nextInt(requirements.size()));
            findings.add(new Finding(
                    kind,
                    Level.values()[random.nextInt(3)],
                    "r" + random.nextInt(3),
                    component,
                    origin,
                    unmet,
                    unmet,
                    Confidence.DOCUMENTED,
                    "",
                    "m" + random.nextInt(3)));
        }
        List<Finding> byComparator = new ArrayList<>(findings);
        byComparator.sort(Findings.ORDER);
        assertThat(Findings.sorted(findings)).isEqualTo(byComparator);
        assertThat(Findings.sorted(findings, f -> f)).isEqualTo(byComparator);
    }
}
