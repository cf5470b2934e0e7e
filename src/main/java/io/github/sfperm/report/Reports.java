package io.github.sfperm.report;

import io.github.sfperm.check.CheckResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Writes the report files of a check. Every file is UTF-8 with {@code \n} line ends and a trailing newline, and the
 * same, byte for byte, for the same result and context.
 */
public final class Reports {

    private Reports() {}

    /**
     * Writes {@code formats} into {@code outputDirectory} (created if needed), each under its
     * {@link Format#fileName()}, replacing what is there.
     *
     * @return the files written, in the order of {@link Format}
     */
    public static List<Path> write(CheckResult result, ReportContext context, Path outputDirectory,
            Set<Format> formats) throws IOException {
        List<Path> written = new ArrayList<>();
        if (formats.isEmpty()) {
            return written;
        }
        Files.createDirectories(outputDirectory);
        for (Format format : EnumSet.copyOf(formats)) {
            Path file = outputDirectory.resolve(format.fileName());
            Files.writeString(file, render(format, result, context), StandardCharsets.UTF_8);
            written.add(file);
        }
        return written;
    }

    /** One report as text. */
    public static String render(Format format, CheckResult result, ReportContext context) {
        String text = switch (format) {
            case JSON -> JsonReport.render(result, context);
            case SARIF -> SarifReport.render(result, context);
            case JUNIT -> JunitReport.render(result, context);
            case MARKDOWN -> MarkdownReport.render(result, context);
        };
        return normalised(text);
    }

    /**
     * Appends the Markdown summary to GitHub's step summary file (the path in {@code $GITHUB_STEP_SUMMARY}), after a
     * blank line, so that several modules' summaries follow one another.
     */
    public static void appendStepSummary(CheckResult result, ReportContext context, Path stepSummary)
            throws IOException {
        Files.writeString(stepSummary, "\n" + render(Format.MARKDOWN, result, context), StandardCharsets.UTF_8,
                StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    /** {@code \n} line ends and exactly one trailing newline. */
    static String normalised(String text) {
        String unix = text.replace("\r\n", "\n");
        int end = unix.length();
        while (end > 0 && unix.charAt(end - 1) == '\n') {
            end--;
        }
        return unix.substring(0, end) + "\n";
    }
}
