package io.github.sfperm.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sfperm.check.CheckResult;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every format, written from one fixed result, matches its golden file byte for byte, run after run. */
class ReportGoldenTest {

    @ParameterizedTest
    @EnumSource(Format.class)
    void eachFormatMatchesItsGoldenFile(Format format) {
        Golden.assertMatches(
                format.fileName(), Reports.render(format, ReportFixture.result(), ReportFixture.context()));
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void aResultWithoutFindingsMatchesItsGoldenFile(Format format) {
        Golden.assertMatches(
                "clean/" + format.fileName(), Reports.render(format, ReportFixture.clean(), ReportFixture.context()));
    }

    @Test
    void githubAnnotationsMatchTheirGoldenFile() {
        Golden.assertMatches(
                "github-annotations.txt",
                String.join("\n", GithubAnnotations.lines(ReportFixture.result(), ReportFixture.context())) + "\n");
    }

    @Test
    void aSecondRunWritesTheSameBytes(@TempDir Path dir) throws Exception {
        List<Path> first = Reports.write(
                ReportFixture.result(), ReportFixture.context(), dir.resolve("one"), EnumSet.allOf(Format.class));
        List<Path> second = Reports.write(
                ReportFixture.result(), ReportFixture.context(), dir.resolve("two"), EnumSet.allOf(Format.class));
        assertThat(first).hasSize(4);
        for (int i = 0; i < first.size(); i++) {
            assertThat(first.get(i).getFileName()).isEqualTo(second.get(i).getFileName());
            assertThat(Files.readAllBytes(second.get(i))).isEqualTo(Files.readAllBytes(first.get(i)));
        }
    }

    @Test
    void reportsAreUtf8WithUnixLineEndsATrailingNewlineAndNoAbsolutePath(@TempDir Path dir) throws Exception {
        CheckResult result = ReportFixture.result();
        for (Path file : Reports.write(result, ReportFixture.context(), dir, EnumSet.allOf(Format.class))) {
            byte[] bytes = Files.readAllBytes(file);
            String text = new String(bytes, StandardCharsets.UTF_8);
            assertThat(text.getBytes(StandardCharsets.UTF_8))
                    .as("%s is valid UTF-8", file)
                    .isEqualTo(bytes);
            assertThat(text).as("%s", file).doesNotContain("\r").endsWith("\n").doesNotEndWith("\n\n");
            assertThat(text)
                    .as("%s", file)
                    .doesNotContain(ReportFixture.BASE.toString())
                    .doesNotContain(Path.of("").toAbsolutePath().toString());
        }
    }

    @Test
    void writesOnlyTheFormatsAskedForUnderTheirFixedNames(@TempDir Path dir) throws Exception {
        List<Path> written = Reports.write(
                ReportFixture.result(),
                ReportFixture.context(),
                dir.resolve("target/sfperm"),
                EnumSet.of(Format.SARIF, Format.MARKDOWN));
        assertThat(written).extracting(p -> p.getFileName().toString()).containsExactly("sfperm.sarif", "sfperm.md");
        try (var files = Files.list(dir.resolve("target/sfperm"))) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("sfperm.sarif", "sfperm.md");
        }
        assertThat(Reports.write(
                        ReportFixture.result(),
                        ReportFixture.context(),
                        dir.resolve("none"),
                        EnumSet.noneOf(Format.class)))
                .isEmpty();
        assertThat(dir.resolve("none")).doesNotExist();
    }

    @Test
    void theStepSummaryGetsTheMarkdownAppendedAfterWhatIsThere(@TempDir Path dir) throws Exception {
        Path summary = Files.writeString(dir.resolve("step-summary.md"), "# earlier step\n");
        Reports.appendStepSummary(ReportFixture.clean(), ReportFixture.context(), summary);
        Reports.appendStepSummary(ReportFixture.result(), ReportFixture.context(), summary);
        String expected =
                "# earlier step\n\n" + Reports.render(Format.MARKDOWN, ReportFixture.clean(), ReportFixture.context())
                        + "\n" + Reports.render(Format.MARKDOWN, ReportFixture.result(), ReportFixture.context());
        assertThat(Files.readString(summary)).isEqualTo(expected);
    }
}
