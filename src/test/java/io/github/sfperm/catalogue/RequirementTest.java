package io.github.sfperm.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RequirementTest {

    private static Requirement parse(String text) throws Exception {
        return RequirementParser.parse(text);
    }

    @ParameterizedTest(name = "{0} renders as {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "ApiEnabled AND (ModifyMetadata OR ModifyAllData) | ApiEnabled AND (ModifyMetadata OR ModifyAllData)",
                "(A)                                               | A",
                "A AND B OR C                                      | (A AND B) OR C",
                "A AND (B AND C)                                   | A AND B AND C",
                "A OR (B OR C)                                     | A OR B OR C",
                "  NONE                                            | NONE",
                "A AND (B OR (C AND D))                            | A AND (B OR (C AND D))",
            })
    void parsesAndRendersWithMinimalParentheses(String text, String rendered) throws Exception {
        assertThat(parse(text).render()).isEqualTo(rendered);
        assertThat(parse(rendered).render()).isEqualTo(rendered);
    }

    @ParameterizedTest(name = "{0} with {1} leaves {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                "ApiEnabled AND (ModifyMetadata OR ModifyAllData) | ApiEnabled                | ModifyMetadata OR ModifyAllData",
                "ApiEnabled AND (ModifyMetadata OR ModifyAllData) | ApiEnabled ModifyAllData  | ",
                "ApiEnabled AND (ModifyMetadata OR ModifyAllData) |                           | ApiEnabled AND (ModifyMetadata OR ModifyAllData)",
                "CustomizeApplication AND (ModifyAllData OR ManageRemoteAccess) | CustomizeApplication | ModifyAllData OR ManageRemoteAccess",
                "A AND B AND C                                    | B                         | A AND C",
                "NONE                                             |                           | ",
            })
    void unmetDropsWhatIsHeld(String text, String held, String unmet) throws Exception {
        Set<String> holding = held == null ? Set.of() : Set.of(held.trim().split("\\s+"));
        Requirement requirement = parse(text);
        assertThat(requirement.unmet(holding).map(Requirement::render).orElse(null))
                .isEqualTo(unmet);
        assertThat(requirement.isMetBy(holding)).isEqualTo(unmet == null);
    }

    @ParameterizedTest(name = "''{0}'' is rejected: {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "A AND                 | expression ends where a permission name or '(' was expected at column 6",
                "(A OR B               | missing ')' for the '(' at column 1",
                "A B                   | unexpected 'B' at column 3",
                "A and B               | unexpected 'and' at column 3",
                "A AND and             | write the operator 'and' in upper case at column 7",
                "A AND Manage-Flow     | unexpected character '-'",
                "A OR NONE             | NONE can only stand alone",
                "OR A                  | expected a permission name or '(' but found 'OR' at column 1",
            })
    void rejectsBadExpressionsWithTheColumn(String text, String message) {
        assertThatThrownBy(() -> parse(text)).hasMessageContaining(message);
    }

    @Test
    void rejectsEmptyAndHugeExpressions() {
        assertThatThrownBy(() -> parse("  ")).hasMessageContaining("empty requirement");
        assertThatThrownBy(() -> parse("(".repeat(100) + "A" + ")".repeat(100))).hasMessageContaining("nested deeper");
        assertThatThrownBy(() -> parse("A AND ".repeat(1000) + "A")).hasMessageContaining("longer than");
    }

    @Test
    void permissionsAreListedInOrderOfAppearance() throws Exception {
        assertThat(parse("B AND (A OR C) AND B").permissions()).containsExactly("B", "A", "C");
    }
}
