package io.github.sfperm.report;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfperm.check.CheckResult;
import io.github.sfperm.common.Background;
import io.github.sfperm.common.LineEndWriter;
import io.github.sfperm.xml.XmlOutput;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.dom4j.Document;
import org.dom4j.DocumentHelper;

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
    public static List<Path> write(CheckResult result, ReportContext context, Path outputDirectory, Set<Format> formats)
            throws IOException {
        List<Path> written = new ArrayList<>();
        if (formats.isEmpty()) {
            return written;
        }
        Files.createDirectories(outputDirectory);
        // each file on a thread of its own, the first on this one: with several cores, the reports of a large project
        // take as long as the longest of them; every file is the same, byte for byte, however they are scheduled
        List<Format> ordered = List.copyOf(EnumSet.copyOf(formats));
        List<Background<Path>> others = new ArrayList<>();
        for (Format format : ordered.subList(1, ordered.size())) {
            others.add(Background.start(
                    "sfperm-report-" + format.name().toLowerCase(java.util.Locale.ROOT),
                    () -> write(result, context, outputDirectory, format)));
        }
        written.add(write(result, context, outputDirectory, ordered.get(0)));
        for (Background<Path> other : others) {
            written.add(other.join(IOException.class));
        }
        return written;
    }

    private static Path write(CheckResult result, ReportContext context, Path outputDirectory, Format format)
            throws IOException {
        Path file = outputDirectory.resolve(format.fileName());
        // streamed to the file: a report of a large project is tens of megabytes, not worth holding as a string
        try (Writer out = LineEndWriter.endingWithOneNewline(Files.newBufferedWriter(file, StandardCharsets.UTF_8))) {
            switch (format) {
                case JSON -> JsonReport.write(result, context, out);
                case SARIF -> SarifReport.write(result, context, out);
                case JUNIT -> JunitReport.write(result, context, out);
                case MARKDOWN -> out.write(MarkdownReport.render(result, context));
            }
        }
        return file;
    }

    /**
     * Loads what writing the reports takes (Jackson's generator, dom4j's writer) by writing two
     * tiny documents to memory: for {@code CheckEngine.warmUp}, on another thread while a check runs.
     */
    public static void warmUp() {
        ObjectNode node = Json.object();
        node.put("warm", "up").putArray("list").addObject().put("n", 1);
        Json.write(node);
        Document document = DocumentHelper.createDocument();
        document.addElement("warm").addAttribute("up", "1").addElement("x").addText("y");
        XmlOutput.render(document, "  ");
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
        Files.writeString(
                stepSummary,
                "\n" + render(Format.MARKDOWN, result, context),
                StandardCharsets.UTF_8,
                StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
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
