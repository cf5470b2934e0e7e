package io.github.sfperm.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sfperm.common.InputException;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class FormatTest {

    @Test
    void parsesACommaListInAnyCase() throws Exception {
        assertThat(Format.parse(" json, SARIF ,JUnit")).containsExactly(Format.JSON, Format.SARIF, Format.JUNIT);
        assertThat(Format.parse("markdown,md")).containsExactly(Format.MARKDOWN);
    }

    @Test
    void allMeansEveryFormatAndBlankMeansNone() throws Exception {
        assertThat(Format.parse("ALL")).isEqualTo(EnumSet.allOf(Format.class));
        assertThat(Format.parse("json,all")).isEqualTo(EnumSet.allOf(Format.class));
        assertThat(Format.parse("  ")).isEmpty();
        assertThat(Format.parse(null)).isEmpty();
    }

    @Test
    void anUnknownFormatIsAConfigurationErrorWithASuggestion() {
        assertThatThrownBy(() -> Format.parse("json,sarf"))
                .isInstanceOf(InputException.class)
                .hasMessage(
                        "<formats>: 'sarf' is not a report format (did you mean sarif?); use a comma-separated list of"
                                + " json, sarif, junit, markdown, or all");
    }

    @Test
    void eachFormatHasItsFixedFileName() {
        assertThat(EnumSet.allOf(Format.class))
                .extracting(Format::fileName)
                .containsExactly("sfperm.json", "sfperm.sarif", "sfperm-junit.xml", "sfperm.md");
    }
}
