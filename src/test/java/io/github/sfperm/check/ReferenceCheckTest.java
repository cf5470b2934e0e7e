package io.github.sfperm.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sfperm.deploy.Component;
import io.github.sfperm.deploy.Operation;
import io.github.sfperm.deploy.Origin;
import io.github.sfperm.references.RecordId;
import io.github.sfperm.references.Reference;
import io.github.sfperm.references.ReferenceKind;
import io.github.sfperm.references.Replacements;
import io.github.sfperm.references.TargetOrg;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReferenceCheckTest {

    private static final Path FILE = Path.of("force-app/main/default/dashboards/Ops/Board.dashboard-meta.xml");
    private static final Component BOARD = new Component("Dashboard", "Ops/Board", Operation.DEPLOY, Origin.of(FILE));

    private static ReferenceCheck.Located<Reference> ref(ReferenceKind kind, String field, String value) {
        return new ReferenceCheck.Located<>(
                BOARD, new Reference(new Origin(FILE, 7), "Dashboard", field, kind, value, true, "https://x"));
    }

    private static List<Finding> check(TargetOrg org, Map<ReferenceKind, Set<String>> deployed, Object... refs) {
        @SuppressWarnings("unchecked")
        List<ReferenceCheck.Located<Reference>> list = java.util.Arrays.stream(refs)
                .map(r -> (ReferenceCheck.Located<Reference>) r)
                .toList();
        return new ReferenceCheck(org, deployed, Replacements.none()).check(list, List.of());
    }

    @Test
    void withoutADeclarationAUsernameIsAWarningThatAsksForIt() {
        assertThat(check(TargetOrg.none(), Map.of(), ref(ReferenceKind.USER, "runningUser", "scratch@example.com")))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.kind()).isEqualTo(Kind.MISSING_REFERENCE);
                    assertThat(f.level()).isEqualTo(Level.WARN);
                    assertThat(f.ruleId()).isEqualTo("reference-user");
                    assertThat(f.origin().line()).isEqualTo(7);
                    assertThat(f.message())
                            .isEqualTo("Dashboard Ops/Board: runningUser names the user scratch@example.com; if the"
                                    + " target org has none, Salesforce refuses it with \"In field: runningUser - no"
                                    + " User named scratch@example.com found\": declare the org's usernames in"
                                    + " <targetOrg><usernames> so sfperm can check it");
                });
    }

    @Test
    void againstADeclarationAnAbsentUsernameIsAnErrorAndAPresentOnePasses() {
        TargetOrg org = TargetOrg.of(Map.of(ReferenceKind.USER, List.of("release.bot@acme.com")));
        assertThat(check(
                        org,
                        Map.of(),
                        ref(ReferenceKind.USER, "runningUser", "Release.Bot@acme.com"),
                        ref(ReferenceKind.USER, "runningUser", "scratch@example.com")))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.level()).isEqualTo(Level.ERROR);
                    assertThat(f.message()).contains("which is not among the target org's usernames declared");
                });
    }

    @Test
    void aRoleIsSatisfiedByTheDeploymentAndAnUndeclaredKindStaysAWarning() {
        TargetOrg usersOnly = TargetOrg.of(Map.of(ReferenceKind.USER, List.of("a@acme.com")));
        assertThat(check(
                        usersOnly,
                        Map.of(ReferenceKind.ROLE, Set.of("ceo")),
                        ref(ReferenceKind.ROLE, "sharedTo/role", "CEO")))
                .isEmpty();
        assertThat(check(usersOnly, Map.of(), ref(ReferenceKind.ROLE, "sharedTo/role", "CEO")))
                .singleElement()
                .satisfies(f -> assertThat(f.level()).isEqualTo(Level.WARN));
    }

    @Test
    void anEmptyRunningUserIsAnErrorEitherWay() {
        assertThat(check(TargetOrg.none(), Map.of(), ref(ReferenceKind.USER, "runningUser", "")))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.level()).isEqualTo(Level.ERROR);
                    assertThat(f.ruleId()).isEqualTo("reference-empty");
                });
    }

    @Test
    void aRecordIdIsAWarningNamingItsObject() {
        RecordId id =
                new RecordId(new Origin(FILE, 9), "Flow", "stringValue", "0018A00000buJJrQAM", Optional.of("Account"));
        List<Finding> findings = new ReferenceCheck(TargetOrg.none(), Map.of(), Replacements.none())
                .check(List.of(), List.of(new ReferenceCheck.Located<>(BOARD, id)));
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(Kind.HARDCODED_ID);
            assertThat(f.level()).isEqualTo(Level.WARN);
            assertThat(f.message()).contains("holds the record id 0018A00000buJJrQAM (key prefix 001: Account)");
        });
    }

    @Test
    void twoReferencesOfOneComponentHaveTwoBaselineIdentities() {
        List<Finding> findings = check(
                TargetOrg.none(),
                Map.of(),
                ref(ReferenceKind.USER, "runningUser", "a@example.com"),
                ref(ReferenceKind.USER, "runningUser", "b@example.com"));
        assertThat(Baseline.fingerprint(findings.get(0), Path.of(".")))
                .isNotEqualTo(Baseline.fingerprint(findings.get(1), Path.of(".")));
    }

    @Test
    void anAllowlistEntryAcceptsAReferenceByRuleIdAndMember() throws Exception {
        List<Finding> findings = check(
                TargetOrg.none(),
                Map.of(),
                ref(ReferenceKind.USER, "runningUser", "a@example.com"),
                ref(ReferenceKind.USER, "runningUser", ""));
        AllowlistEntry entry = AllowlistEntry.of(
                1,
                "Dashboard",
                "Ops/*",
                null,
                "reference-user",
                "the running user is created by the org's setup script",
                null,
                Origin.of(Path.of("pom.xml")),
                Path.of("pom.xml"));
        Allowlist.Outcome outcome = new Allowlist(List.of(entry)).apply(findings, java.time.LocalDate.of(2026, 12, 2));
        assertThat(outcome.suppressed()).hasSize(1);
        assertThat(outcome.findings()).extracting(Finding::ruleId).containsExactly("reference-empty");
    }
}
