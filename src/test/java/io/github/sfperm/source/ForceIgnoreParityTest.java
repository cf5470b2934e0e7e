package io.github.sfperm.source;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * sfperm's {@code .forceignore} matcher against the npm package {@code ignore} 5.3.2 itself, run as Salesforce's
 * tooling runs it: the verdicts {@code scripts/forceignore-parity/generate.js} recorded for the corpus projects'
 * {@code .forceignore} files, hand-written corner cases and generated patterns (ordinary and hostile). Every rule's
 * regular expression must be node-ignore's to the character, and every path's verdict the same.
 */
class ForceIgnoreParityTest {

    private static final String FIXTURE = "/source/forceignore-parity.json";

    private static JsonNode fixture() throws IOException {
        try (InputStream in = ForceIgnoreParityTest.class.getResourceAsStream(FIXTURE)) {
            return new ObjectMapper().readTree(in);
        }
    }

    @TestFactory
    Stream<DynamicTest> everyCaseGivesNodeIgnoresVerdicts() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (JsonNode c : fixture().get("cases")) {
            tests.add(DynamicTest.dynamicTest(c.get("name").asText(), () -> check(c)));
        }
        return tests.stream();
    }

    private static void check(JsonNode c) {
        String contents = String.join("\n", ForceIgnore.DEFAULT_PATTERNS) + "\n"
                + c.get("forceignore").asText();
        ForceIgnore rules = ForceIgnore.parse(contents, null);
        boolean refused = !c.get("error").isNull();
        assertThat(rules.isActive())
                .as("node-ignore %s this file", refused ? "refuses" : "accepts")
                .isEqualTo(!refused);
        if (!refused) {
            List<String> expected = new ArrayList<>();
            c.get("rules")
                    .forEach(r -> expected.add(
                            r.get("pattern").asText() + " => " + r.get("source").asText()));
            List<String> actual = NodeIgnore.of(contents).rules().stream()
                    .map(r -> r.origin() + " => " + r.source())
                    .toList();
            assertThat(actual).containsExactlyElementsOf(expected);
        }
        List<String> mismatches = new ArrayList<>();
        for (JsonNode p : c.get("paths")) {
            String path = p.get(0).asText();
            boolean directory = p.get(1).asBoolean();
            boolean denies = p.get(2).asBoolean();
            if (rules.matches(path, directory) != denies) {
                mismatches.add(path + (directory ? "/ (directory)" : "") + ": node-ignore denies " + denies);
            }
        }
        assertThat(mismatches).as("paths judged unlike node-ignore").isEmpty();
    }

    @Test
    void theFixtureCoversRealProjectsHandWrittenAndGeneratedCases() throws IOException {
        JsonNode fixture = fixture();
        assertThat(fixture.get("library").asText()).isEqualTo("ignore 5.3.2");
        long corpus = 0;
        long paths = 0;
        long denied = 0;
        long refused = 0;
        for (JsonNode c : fixture.get("cases")) {
            corpus += c.get("name").asText().startsWith("corpus/") ? 1 : 0;
            refused += c.get("error").isNull() ? 0 : 1;
            for (JsonNode p : c.get("paths")) {
                paths++;
                denied += p.get(2).asBoolean() ? 1 : 0;
            }
        }
        assertThat(fixture.get("cases").size()).isGreaterThanOrEqualTo(450);
        assertThat(corpus).isEqualTo(6);
        assertThat(paths).isGreaterThan(20_000);
        assertThat(denied).isGreaterThan(1_000);
        assertThat(refused).isPositive();
    }
}
