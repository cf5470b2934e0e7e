package io.github.sfperm.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sfperm.catalogue.Confidence;
import io.github.sfperm.catalogue.Requirement;
import io.github.sfperm.deploy.Component;
import io.github.sfperm.deploy.Operation;
import io.github.sfperm.deploy.Origin;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConfidenceThresholdTest {

    private static Finding missing(String permission, Confidence confidence) {
        Component component = new Component("Flow", "Router", Operation.DEPLOY, new Origin(Path.of("package.xml"), 4));
        Requirement requirement = Requirement.permission(permission);
        return new Finding(
                Kind.MISSING_PERMISSION,
                Level.ERROR,
                "rule-" + confidence.label(),
                component,
                component.origin(),
                requirement,
                requirement,
                confidence,
                "",
                "Flow Router needs " + permission);
    }

    @ParameterizedTest(name = "{0} rule under failOnConfidence {1}: {2}")
    @CsvSource({
        "documented, documented, ERROR",
        "community, documented, WARN",
        "inferred, documented, WARN",
        "documented, community, ERROR",
        "community, community, ERROR",
        "inferred, community, WARN",
        "documented, inferred, ERROR",
        "community, inferred, ERROR",
        "inferred, inferred, ERROR",
    })
    void aRuleBelowTheThresholdOnlyWarns(String rule, String threshold, Level expected) {
        Finding finding = missing("ManageSharing", Confidence.parseThreshold(rule));
        Finding applied = ConfidenceThreshold.apply(List.of(finding), Confidence.parseThreshold(threshold))
                .get(0);
        assertThat(applied.level()).isEqualTo(expected);
        assertThat(ConfidenceThreshold.isBelowThreshold(applied)).isEqualTo(expected == Level.WARN);
        if (expected == Level.WARN) {
            assertThat(applied.message())
                    .isEqualTo("Flow Router needs ManageSharing, a warning only: its rule is " + rule
                            + ", below failOnConfidence " + threshold);
        }
    }

    @Test
    void theFixMarksWhatClosesOnlyWarnings() {
        List<Finding> findings = ConfidenceThreshold.apply(
                List.of(missing("ManageSharing", Confidence.INFERRED), missing("AuthorApex", Confidence.DOCUMENTED)),
                Confidence.COMMUNITY);
        Set<String> fix = FixPlanner.plan(findings, Set.of());
        assertThat(fix).containsExactly("AuthorApex", "ManageSharing");
        assertThat(ConfidenceThreshold.warningOnly(findings, Set.of(), fix, FixPlanner.Policy.PLAIN))
                .containsExactly("ManageSharing");
    }

    @Test
    void anUnknownThresholdIsRefusedWithTheChoices() {
        assertThatThrownBy(() -> Confidence.parseThreshold("high"))
                .hasMessage("'high' is not a confidence; use documented, community or inferred");
        assertThat(Confidence.parseThreshold(" Community ")).isEqualTo(Confidence.COMMUNITY);
    }
}
