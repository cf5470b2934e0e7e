package io.github.sfperm.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sfperm.catalogue.Requirement;
import io.github.sfperm.deploy.Component;
import io.github.sfperm.deploy.Operation;
import io.github.sfperm.deploy.Origin;
import io.github.sfperm.testing.Files2;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BaselineAndAllowlistFileTest {

    @TempDir
    Path dir;

    private Finding gap(String member, int line, String unmet) {
        Component component =
                new Component("Flow", member, Operation.DEPLOY, new Origin(dir.resolve("package.xml"), line));
        return new Finding(
                Kind.MISSING_PERMISSION,
                Level.ERROR,
                "flow",
                component,
                component.origin(),
                Requirement.permission(unmet),
                Requirement.permission(unmet),
                null,
                "",
                "Flow " + member + " needs " + unmet);
    }

    @Test
    void aBaselinedFindingNoLongerFailsEvenWhenItsLineMovesAndANewOneStillDoes() throws Exception {
        Path file = dir.resolve("sfperm-baseline.json");
        assertThat(Baseline.write(file, List.of(gap("Old", 4, "ManageInteraction")), dir))
                .isEqualTo(1);
        Baseline.Outcome outcome = Baseline.read(file)
                .apply(List.of(gap("Old", 9, "ManageInteraction"), gap("New", 10, "ManageInteraction")), dir);
        assertThat(outcome.baselined()).extracting(f -> f.component().member()).containsExactly("Old");
        assertThat(outcome.findings()).extracting(f -> f.component().member()).containsExactly("New");
    }

    @Test
    void anEntryThatNoLongerOccursIsReportedSoTheBaselineOnlyShrinks() throws Exception {
        Path file = dir.resolve("b.json");
        Baseline.write(file, List.of(gap("Old", 4, "ManageInteraction")), dir);
        assertThat(Baseline.read(file).apply(List.of(), dir).findings())
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.kind()).isEqualTo(Kind.BASELINE_RESOLVED);
                    assertThat(f.message())
                            .isEqualTo("baseline entry MISSING_PERMISSION [flow] deploy Flow Old: ManageInteraction"
                                    + " no longer occurs; run sfperm:baseline to remove it");
                });
    }

    @Test
    void theBaselineFileIsDeterministicAndAllowlistBookkeepingStaysOutOfIt() throws Exception {
        Finding unused = new Finding(
                Kind.ALLOWLIST_UNUSED,
                Level.WARN,
                "allowlist",
                null,
                Origin.of(dir.resolve("pom.xml")),
                null,
                null,
                null,
                "",
                "x");
        Path a = dir.resolve("a.json");
        Path b = dir.resolve("b.json");
        Baseline.write(a, List.of(gap("B", 2, "X"), gap("A", 1, "X"), unused), dir);
        Baseline.write(b, List.of(gap("A", 7, "X"), unused, gap("B", 8, "X")), dir);
        assertThat(Files.readString(a))
                .isEqualTo(Files.readString(b))
                .doesNotContain("ALLOWLIST_UNUSED")
                .doesNotContain(dir.toString());
    }

    @Test
    void aBrokenBaselineIsAnInputErrorWithItsLine() {
        Path file = Files2.write(dir, "bad.json", "{\n  \"schemaVersion\": 1,\n  \"findings\": [ }\n");
        assertThatThrownBy(() -> Baseline.read(file))
                .isInstanceOfSatisfying(io.github.sfperm.common.InputException.class, e -> {
                    assertThat(e.line()).isEqualTo(3);
                    assertThat(e.problem()).startsWith("is not valid JSON");
                });
        Path other = Files2.write(dir, "other.json", "{\"findings\": []}");
        assertThatThrownBy(() -> Baseline.read(other)).hasMessageContaining("is not an sfperm baseline");
    }

    @Test
    void aSharedAllowlistFileIsReadWithItsLinesAndValidatedAgainstItsSchema() throws Exception {
        Path file = Files2.write(dir, "shared/sfperm-allowlist.xml", """
                <?xml version="1.0" encoding="UTF-8"?>
                <allowlist xmlns="https://sfperm.github.io/schema/allowlist/1">
                  <entry>
                    <type>Flow</type>
                    <reason>Release team deploys flows</reason>
                    <until>2027-03-31</until>
                  </entry>
                </allowlist>
                """);
        assertThat(AllowlistFileReader.read(file, dir)).singleElement().satisfies(e -> {
            assertThat(e.name()).isEqualTo("allowlist entry 1 of shared/sfperm-allowlist.xml (type=Flow)");
            assertThat(e.origin().line()).isEqualTo(3);
            assertThat(e.matches(gap("Any", 1, "ManageInteraction"))).isTrue();
        });
        Path noReason = Files2.write(
                dir,
                "bad.xml",
                "<allowlist xmlns=\"https://sfperm.github.io/schema/allowlist/1\">"
                        + "<entry><type>Flow</type></entry></allowlist>");
        assertThatThrownBy(() -> AllowlistFileReader.read(noReason, dir))
                .hasMessageContaining("does not follow the schema")
                .hasMessageContaining("reason");
        Path wrongRoot = Files2.write(dir, "wrong.xml", "<allowlist><entry/></allowlist>");
        assertThatThrownBy(() -> AllowlistFileReader.read(wrongRoot, dir))
                .hasMessageContaining("not an sfperm allowlist file");
    }

    @Test
    void failOnUnusedAllowlistMakesAnUnusedEntryAnError() throws Exception {
        AllowlistEntry entry = AllowlistEntry.of(
                1,
                "Territory2",
                null,
                null,
                null,
                "x",
                null,
                Origin.of(dir.resolve("pom.xml")),
                dir.resolve("pom.xml"));
        assertThat(new Allowlist(List.of(entry), Level.ERROR)
                        .apply(List.of(), java.time.LocalDate.now())
                        .findings())
                .singleElement()
                .satisfies(f -> assertThat(f.level()).isEqualTo(Level.ERROR));
    }
}
