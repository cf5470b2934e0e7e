package io.github.sfperm.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sfperm.check.Finding;
import io.github.sfperm.check.Kind;
import io.github.sfperm.check.Level;
import io.github.sfperm.deploy.Origin;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MarkdownReportTest {

    private static String markdown() {
        return MarkdownReport.render(ReportFixture.result(), ReportFixture.context());
    }

    @Test
    void startsWithAHeadingAndTheGateDecision() {
        assertThat(markdown())
                .startsWith("## sfperm: sales-app\n\n❌ **Failed: 5 ERROR findings remain after the allowlist.**\n");
        assertThat(MarkdownReport.render(ReportFixture.clean(), ReportFixture.context()))
                .contains("✅ **Passed: no ERROR finding remains after the allowlist.**");
    }

    @Test
    void tabulatesEachGapWithLocationComponentMissingPermissionAndRule() {
        assertThat(markdown())
                .contains("| Location | Component | Missing | Rule |\n| --- | --- | --- | --- |\n"
                        + "| `manifest/package.xml:8` | ApexClass AccountService | `AuthorApex` | [`apex`](<"
                        + ReportFixture.APEX.source() + ">) |\n")
                .contains(
                        "| `manifest/package.xml:12` | Territory2Model Global_Model | `ManageTerritories AND ModifyAllData`"
                                + " | `territory-model` |\n");
    }

    @Test
    void countsTheAllowlistedAndEndsWithTheFixInAnXmlFenceAndWhyABroadPermissionIsInIt() {
        assertThat(markdown())
                .contains("\nAllowlisted: 1 finding (each with its entry and reason in `sfperm.json`).\n")
                .contains("To close every gap, add to the deploying user's permission set:\n\n```xml\n"
                        + "    <userPermissions>\n        <enabled>true</enabled>\n        <name>AuthorApex</name>\n"
                        + "    </userPermissions>\n    <userPermissions>\n        <enabled>true</enabled>\n"
                        + "        <name>ManageInteraction</name>\n    </userPermissions>\n    <userPermissions>\n"
                        + "        <enabled>true</enabled>\n        <name>ManageTerritories</name>\n    </userPermissions>\n"
                        + "    <userPermissions>\n        <enabled>true</enabled>\n        <name>ModifyAllData</name>\n"
                        + "    </userPermissions>\n```\n")
                .endsWith("```\n\n> sfperm: note: ModifyAllData grants far more than deployments need; it is in the fix"
                        + " only because territory-model (Territory2Model) accepts nothing narrower\n");
    }

    @Test
    void userTextCannotBreakTheMarkup() {
        assertThat(MarkdownReport.escape("a|b <x> *y* [z](u) `c` snake_case Broker__c.All _em_ __strong__ Gone_* & \\"))
                .isEqualTo(
                        "a\\|b \\<x\\> \\*y\\* \\[z\\](u) \\`c\\` snake_case Broker__c.All \\_em\\_ \\_\\_strong\\_\\_"
                                + " Gone\\_\\* \\& \\\\");
        assertThat(MarkdownReport.code("a`b")).isEqualTo("``a`b``");
        assertThat(MarkdownReport.code("`a")).isEqualTo("`` `a ``");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '"',
            value = {"100% done | 100%25 done", "\"a\rb\" | a%0Db", "\"a\nb\" | a%0Ab", "a:b,c | a:b,c"})
    void annotationMessagesEscapeAsTheActionsToolkitDoes(String raw, String escaped) {
        assertThat(GithubAnnotations.escapeData(raw)).isEqualTo(escaped);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '"',
            value = {"100% | 100%25", "\"a\r\nb\" | a%0D%0Ab", "C:\\x | C%3A\\x", "a,b | a%2Cb", "%3A | %253A"})
    void annotationPropertiesAlsoEscapeColonsAndCommas(String raw, String escaped) {
        assertThat(GithubAnnotations.escapeProperty(raw)).isEqualTo(escaped);
    }

    @Test
    void annotationsGiveFileLineAndKindAndUseTheLevelAsCommand() {
        List<String> lines = GithubAnnotations.lines(ReportFixture.result(), ReportFixture.context());
        assertThat(lines.get(0))
                .isEqualTo(
                        "::error file=manifest/package.xml,line=8,title=MISSING_PERMISSION::"
                                + "MISSING_PERMISSION [apex] ApexClass AccountService needs AuthorApex (rule: AuthorApex; documented)");
        assertThat(lines)
                .filteredOn(l -> l.startsWith("::warning file=manifest/package.xml,line=16,title=UNKNOWN_TYPE::"))
                .hasSize(1);
        assertThat(lines)
                .filteredOn(l -> l.startsWith("::notice title=EXCESS_PERMISSION::"))
                .hasSize(1);
        assertThat(lines).hasSize(8).allMatch(l -> !l.contains("\n"));
    }

    @Test
    void anAnnotationEscapesAFileNameWithCommasAndAMultiLineMessage() {
        // a line break in a message is shown, not obeyed: an annotation is one line, like the build log
        Finding odd = new Finding(
                Kind.UNKNOWN_TYPE,
                Level.WARN,
                "r",
                null,
                new Origin(ReportFixture.BASE.resolve("a,b:c.xml"), 2),
                null,
                null,
                null,
                "",
                "50%\nnext");
        assertThat(GithubAnnotations.line(odd, ReportFixture.context()))
                .isEqualTo("::warning file=a%2Cb%3Ac.xml,line=2,title=UNKNOWN_TYPE::UNKNOWN_TYPE [r] 50%25\\u000anext");
        assertThat(GithubAnnotations.escapeData("50%\r\nnext")).isEqualTo("50%25%0D%0Anext");
    }
}
