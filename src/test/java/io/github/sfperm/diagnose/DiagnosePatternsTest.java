package io.github.sfperm.diagnose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sfperm.catalogue.Catalogue;
import io.github.sfperm.common.InputException;
import io.github.sfperm.diagnose.DeployFailure.Scope;
import io.github.sfperm.testing.Files2;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The built-in message patterns, each tested with the real messages it was written for. */
class DiagnosePatternsTest {

    private static List<MessagePattern> builtIn;
    private static Catalogue catalogue;

    @TempDir
    Path dir;

    @BeforeAll
    static void load() throws Exception {
        builtIn = PatternFileReader.builtIn();
        catalogue = Catalogue.builtIn();
    }

    private Diagnoser diagnoser(List<MessagePattern> patterns) {
        return new Diagnoser(
                patterns,
                new Diagnoser.Project(
                        dir,
                        dir.resolve("deploy-result.json"),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        "no <deployer> is configured",
                        catalogue,
                        Optional.empty(),
                        p -> true));
    }

    @Test
    void everyPublishedMessageIsExplainedByItsOwnPattern() {
        Diagnoser diagnoser = diagnoser(builtIn);
        List<String> wrong = new ArrayList<>();
        for (MessagePattern pattern : builtIn) {
            assertThat(pattern.seen())
                    .as("pattern %s has a message seen in public", pattern.id())
                    .isNotEmpty();
            for (MessagePattern.Seen seen : pattern.seen()) {
                assertThat(seen.url()).startsWith("https://");
                DeployFailure failure =
                        new DeployFailure(Scope.COMPONENT, seen.type(), "X", "", 0, 0, seen.text(), false);
                String matched =
                        diagnoser.match(failure).map(m -> m.getKey().id()).orElse("none");
                if (!matched.equals(pattern.id())) {
                    wrong.add(seen.text() + " -> " + matched + ", not " + pattern.id());
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void thePublishedMessagesCoverEveryCauseButUnknown() {
        Map<Cause, Set<String>> messages = distinctMessagesByCause();
        Set<Cause> causes = new TreeSet<>(messages.keySet());
        assertThat(causes)
                .containsExactlyInAnyOrder(
                        Cause.MISSING_PERMISSION,
                        Cause.PAYLOAD_UNKNOWN_PERMISSION,
                        Cause.PAYLOAD_MISSING_DEPENDENCY,
                        Cause.PAYLOAD_LICENSE,
                        Cause.PAYLOAD_MISSING_REFERENCE,
                        Cause.PAYLOAD_REQUIRED_FIELD,
                        Cause.REFUSED_DELETION,
                        Cause.MISSING_REFERENCE,
                        Cause.ORG_FEATURE);
    }

    /** The distinct published messages, by every cause a pattern can give (its own, whenDeleted, whenDeployerLacks). */
    static Map<Cause, Set<String>> distinctMessagesByCause() {
        Map<Cause, Set<String>> messages = new TreeMap<>();
        for (MessagePattern pattern : builtIn) {
            List<Cause> causes = new ArrayList<>(List.of(pattern.cause()));
            pattern.whenDeleted().ifPresent(causes::add);
            pattern.whenDeployerLacks().ifPresent(causes::add);
            for (Cause cause : causes) {
                for (MessagePattern.Seen seen : pattern.seen()) {
                    messages.computeIfAbsent(cause, c -> new TreeSet<>()).add(seen.text());
                }
            }
        }
        return messages;
    }

    @Test
    void countsOfDistinctPublishedMessages() {
        Set<String> all = new TreeSet<>();
        builtIn.forEach(p -> p.seen().forEach(s -> all.add(s.text())));
        Map<Cause, Integer> byPrimaryCause = new TreeMap<>();
        for (MessagePattern pattern : builtIn) {
            byPrimaryCause.merge(
                    pattern.cause(),
                    (int) pattern.seen().stream()
                            .map(MessagePattern.Seen::text)
                            .distinct()
                            .count(),
                    Integer::sum);
        }
        assertThat(all)
                .as("distinct published messages (docs/diagnose.md, README)")
                .hasSize(19);
        assertThat(builtIn).hasSize(14);
        Map<Cause, Integer> byCause = new TreeMap<>();
        distinctMessagesByCause().forEach((cause, texts) -> byCause.put(cause, texts.size()));
        assertThat(byCause)
                .as("docs/diagnose.md")
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        Cause.MISSING_PERMISSION, 4,
                        Cause.ORG_FEATURE, 3,
                        Cause.MISSING_REFERENCE, 3,
                        Cause.PAYLOAD_UNKNOWN_PERMISSION, 3,
                        Cause.PAYLOAD_MISSING_REFERENCE, 3,
                        Cause.PAYLOAD_LICENSE, 2,
                        Cause.PAYLOAD_REQUIRED_FIELD, 2,
                        Cause.PAYLOAD_MISSING_DEPENDENCY, 1,
                        Cause.REFUSED_DELETION, 1));
    }

    @Test
    void whatTheMessageNamesFillsTheExplanationAndFix() {
        Diagnosis d = diagnoser(builtIn)
                .diagnose(new DeployFailure(
                        Scope.COMPONENT,
                        "Profile",
                        "Admin",
                        "profiles/Admin.profile",
                        0,
                        0,
                        "Unknown user permission: AllowUniversalSearch",
                        false));
        assertThat(d.cause()).isEqualTo(Cause.PAYLOAD_UNKNOWN_PERMISSION);
        assertThat(d.named()).containsEntry("permission", "AllowUniversalSearch");
        assertThat(d.explanation())
                .isEqualTo("Profile Admin enables the user permission AllowUniversalSearch, which the target org does"
                        + " not have (a permission of a feature or edition the org lacks)");
        assertThat(d.fix())
                .isEqualTo("remove the userPermissions entry of AllowUniversalSearch at profiles/Admin.profile:1, or"
                        + " enable its feature in the target org");
    }

    @Test
    void aMessageNoPatternKnowsIsUnknownWithTheRawMessage() {
        Diagnosis d = diagnoser(builtIn)
                .diagnose(new DeployFailure(
                        Scope.COMPONENT,
                        "CustomObject",
                        "CO__c",
                        "",
                        0,
                        0,
                        "Must specify a non-empty label for the CustomObject",
                        false));
        assertThat(d.cause()).isEqualTo(Cause.UNKNOWN_CAUSE);
        assertThat(d.explanation()).isEqualTo("Salesforce says: Must specify a non-empty label for the CustomObject");
        assertThat(d.location()).isEqualTo("deploy-result.json:1");
    }

    @Test
    void aUserPatternComesFirstAndReplacesABuiltInOneOfTheSameId() throws Exception {
        Path file = Files2.write(dir, "patterns.xml", """
                <patterns xmlns="https://sfperm.github.io/schema/diagnose-patterns/1">
                  <pattern id="unknown-user-permission" cause="ORG_FEATURE">
                    <message>Unknown user permission: (?&lt;permission&gt;\\w+)</message>
                    <explain>our sandbox lacks {permission}</explain>
                    <fix>ask the platform team</fix>
                  </pattern>
                  <pattern id="label" cause="PAYLOAD_MISSING_REFERENCE">
                    <message>Must specify a non-empty label</message>
                    <explain>no label</explain>
                    <fix>add a label</fix>
                  </pattern>
                </patterns>
                """);
        List<MessagePattern> patterns = PatternFileReader.inForce(List.of(file));
        assertThat(patterns.get(0).id()).isEqualTo("unknown-user-permission");
        assertThat(patterns.get(0).cause()).isEqualTo(Cause.ORG_FEATURE);
        assertThat(patterns.stream().filter(p -> p.id().equals("unknown-user-permission")))
                .hasSize(1);
        assertThat(patterns).hasSize(builtIn.size() + 1);
    }

    @Test
    void aBrokenRegularExpressionNamesItsFileAndLine() {
        Path file = Files2.write(dir, "patterns.xml", """
                <patterns xmlns="https://sfperm.github.io/schema/diagnose-patterns/1">
                  <pattern id="broken" cause="ORG_FEATURE">
                    <message>Unknown (user</message>
                    <explain>x</explain>
                    <fix>y</fix>
                  </pattern>
                </patterns>
                """);
        assertThatThrownBy(() -> PatternFileReader.read(file))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("patterns.xml:3")
                .hasMessageContaining("not a valid regular expression");
    }

    @Test
    void aFileThatIsNotAPatternFileSaysWhatTheRootMustBe() {
        Path file = Files2.write(dir, "patterns.xml", "<rules/>");
        assertThatThrownBy(() -> PatternFileReader.read(file))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("not an sfperm pattern file");
    }
}
