package io.github.sfperm.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;

/**
 * Any text as a requirement expression: a {@link Requirement} or a {@link RequirementParser.SyntaxException}, nothing
 * else; and what parses renders back to text that parses to the same requirement, met by the permissions it names.
 * Seeds: {@code src/test/resources/io/github/sfperm/catalogue/RequirementParserFuzzTestInputs/expression/}.
 */
class RequirementParserFuzzTest {

    @FuzzTest
    void expression(byte[] data) throws RequirementParser.SyntaxException {
        Requirement requirement;
        try {
            requirement = RequirementParser.parse(new String(data, StandardCharsets.UTF_8));
        } catch (RequirementParser.SyntaxException e) {
            assertThat(e.column()).isPositive();
            return;
        }
        assertThat(RequirementParser.parse(requirement.render())).isEqualTo(requirement);
        assertThat(requirement.isMetBy(requirement.permissions())).isTrue();
        assertThat(requirement.unmet(requirement.permissions())).isEmpty();
        assertThat(requirement.unmet(Set.of()))
                .isEqualTo(requirement == Requirement.NONE ? Optional.empty() : Optional.of(requirement));
    }
}
