package io.github.sfperm.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sfperm.catalogue.Requirement;
import io.github.sfperm.deploy.Component;
import io.github.sfperm.deploy.Operation;
import io.github.sfperm.deploy.Origin;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class AllowlistTest {

    private static final Path POM = Path.of("pom.xml");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

    private static Finding gap(String type, String member, String ruleId, String unmet) {
        Component component = new Component(type, member, Operation.DEPLOY, new Origin(Path.of("package.xml"), 3));
        return new Finding(
                Kind.MISSING_PERMISSION,
                Level.ERROR,
                ruleId,
                component,
                component.origin(),
                Requirement.permission(unmet),
                Requirement.permission(unmet),
                null,
                "",
                component.label() + " needs " + unmet);
    }

    private static AllowlistEntry entry(String type, String member, String permission, String ruleId, String until)
            throws Exception {
        return AllowlistEntry.of(1, type, member, permission, ruleId, "INC-1", until, Origin.of(POM), POM);
    }

    @Test
    void anEntryMatchesOnEveryFieldItSetsWithGlobs() throws Exception {
        AllowlistEntry entry = entry("Flow", "Legacy_*", "ManageInteraction", null, null);
        assertThat(entry.matches(gap("Flow", "Legacy_Lead", "flow", "ManageInteraction")))
                .isTrue();
        assertThat(entry.matches(gap("Flow", "New_Lead", "flow", "ManageInteraction")))
                .isFalse();
        assertThat(entry.matches(gap("Flow", "Legacy_Lead", "base", "ModifyMetadata")))
                .isFalse();
        assertThat(entry.matches(gap("ApexClass", "Legacy_Lead", "apex", "ManageInteraction")))
                .isFalse();
        assertThat(entry("*", null, null, "apex", null).matches(gap("ApexClass", "X", "apex", "AuthorApex")))
                .isTrue();
        assertThat(entry(null, null, null, "MISSING_PERMISSION", null)
                        .matches(gap("ApexClass", "X", "apex", "AuthorApex")))
                .isTrue();
    }

    @Test
    void aLiveEntrySuppressesAndIsUsed() throws Exception {
        Allowlist.Outcome outcome = new Allowlist(List.of(entry("Flow", null, null, null, "2026-11-28")))
                .apply(List.of(gap("Flow", "A", "flow", "ManageInteraction")), TODAY);
        assertThat(outcome.findings()).isEmpty();
        assertThat(outcome.suppressed()).hasSize(1);
    }

    @Test
    void anExpiredEntrySuppressesNothingAndIsAnError() throws Exception {
        Allowlist.Outcome outcome = new Allowlist(List.of(entry("Flow", null, null, null, "2026-11-27")))
                .apply(List.of(gap("Flow", "A", "flow", "ManageInteraction")), TODAY);
        assertThat(outcome.findings())
                .extracting(Finding::kind)
                .containsExactly(Kind.MISSING_PERMISSION, Kind.ALLOWLIST_EXPIRED);
        assertThat(outcome.findings().get(1).level()).isEqualTo(Level.ERROR);
        assertThat(outcome.findings().get(1).message())
                .startsWith("allowlist entry 1 (type=Flow) expired after 2026-11-27 and no longer suppresses anything");
    }

    @Test
    void anEntryThatMatchesNothingIsAWarning() throws Exception {
        Allowlist.Outcome outcome = new Allowlist(List.of(entry("Flow", null, null, null, null)))
                .apply(List.of(gap("ApexClass", "A", "apex", "AuthorApex")), TODAY);
        assertThat(outcome.findings())
                .extracting(Finding::kind, Finding::level)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(Kind.MISSING_PERMISSION, Level.ERROR),
                        org.assertj.core.groups.Tuple.tuple(Kind.ALLOWLIST_UNUSED, Level.WARN));
    }

    @Test
    void anEntryNeedsAReasonAMatcherAndAnIsoDate() {
        assertThatThrownBy(() -> AllowlistEntry.of(2, "Flow", null, null, null, " ", null, Origin.of(POM), POM))
                .hasMessageContaining("allowlist entry 2 (type=Flow) has no <reason>");
        assertThatThrownBy(() -> AllowlistEntry.of(3, null, null, null, null, "x", null, Origin.of(POM), POM))
                .hasMessageContaining("allowlist entry 3 matches everything");
        assertThatThrownBy(() -> AllowlistEntry.of(4, "Flow", null, null, null, "x", "31/03/2027", Origin.of(POM), POM))
                .hasMessageContaining("<until>31/03/2027</until>, which is not an ISO date");
    }

    @Test
    void onlyStarAndQuestionMarkAreWildcardsEveryOtherCharacterStandsForItself() throws Exception {
        assertThat(entry(null, "Report?Folder/*", null, null, null)
                        .matches(gap("Report", "Report_Folder/Q1 [old]", "r", "X")))
                .isTrue();
        assertThat(entry(null, "Q1 [old]", null, null, null).matches(gap("Report", "Q1 [old]", "r", "X")))
                .isTrue();
        assertThat(entry(null, "Q1 [old]", null, null, null).matches(gap("Report", "Q1 o", "r", "X")))
                .isFalse();
        assertThat(entry(null, "a\\*", null, null, null).matches(gap("ApexClass", "a\\b", "r", "X")))
                .isTrue();
        assertThat(entry(null, "a[", null, null, null).matches(gap("ApexClass", "a[", "r", "X")))
                .isTrue();
        assertThat(entry(null, "*", null, null, null).matches(gap("ApexClass", "", "r", "X")))
                .isTrue();
        assertThat(entry(null, "legacy_*", null, null, null).matches(gap("ApexClass", "Legacy_A", "r", "X")))
                .isFalse();
    }

    @Test
    void matchingTimeGrowsWithTheMemberNotWithThePowerOfItsWildcards() throws Exception {
        AllowlistEntry hostile = entry(null, "*a".repeat(40) + "*b", null, null, null);
        Finding longName = gap("ApexClass", "a".repeat(100_000), "apex", "AuthorApex");
        boolean matched = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
                java.time.Duration.ofSeconds(30), () -> hostile.matches(longName));
        assertThat(matched).isFalse();
    }
}
