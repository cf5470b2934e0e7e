package io.github.sfperm.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfperm.check.Level;
import io.github.sfperm.common.DisplayPath;
import io.github.sfperm.common.Printable;
import io.github.sfperm.diagnose.Cause;
import io.github.sfperm.diagnose.DiagnoseEngine;
import io.github.sfperm.diagnose.Diagnosis;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The words and files of {@code sfperm:diagnose}: one console line per failure, the summary line,
 * {@code diagnosis.json} (schema {@code docs/sfperm-diagnosis.schema.json}) and the Markdown for
 * {@code $GITHUB_STEP_SUMMARY}.
 */
public final class DiagnosisReport {

    /** The name of the JSON report in the output directory. */
    public static final String FILE_NAME = "diagnosis.json";

    /** The {@code $id} of {@code docs/sfperm-diagnosis.schema.json}. */
    static final String SCHEMA_ID = "https://sfperm.github.io/schema/diagnosis/1/sfperm-diagnosis.schema.json";

    private DiagnosisReport() {}

    /**
     * {@code <file>:<line>: <CAUSE> <type> <fullName>: <what happened>; <fix> [check ...]}, one per failure, in the
     * outcome's order.
     */
    public static List<ConsoleLine> lines(DiagnoseEngine.Outcome outcome) {
        List<ConsoleLine> lines = new ArrayList<>();
        for (Diagnosis d : outcome.diagnoses()) {
            lines.add(new ConsoleLine(Level.WARN, line(d)));
        }
        lines.add(new ConsoleLine(Level.INFO, summary(outcome)));
        return lines;
    }

    /** The line of one failure. */
    public static String line(Diagnosis d) {
        return Printable.oneLine(d.location() + ": " + d.cause() + " " + d.typeLabel() + " " + d.nameLabel() + ": "
                + d.explanation() + "; " + d.fix() + " [" + verdict(d) + "]");
    }

    /** Whether check would have caught it, in words. */
    static String verdict(Diagnosis d) {
        return switch (d.check().status()) {
            case CAUGHT -> "sfperm:check would have caught it: " + d.check().detail();
            case NOT_CAUGHT ->
                "sfperm:check would not have caught it: " + d.check().detail();
            case UNKNOWN -> "sfperm:check could not tell: " + d.check().detail();
        };
    }

    /**
     * {@code sfperm diagnose: 3 failure(s) in deploy-result.json, 2 explained (MISSING_PERMISSION 1, ORG_FEATURE 1),
     * 1 UNKNOWN_CAUSE; sfperm:check would have caught 1.}
     */
    public static String summary(DiagnoseEngine.Outcome outcome) {
        Map<Cause, Long> byCause = byCause(outcome);
        String explained = byCause.entrySet().stream()
                .filter(e -> e.getKey() != Cause.UNKNOWN_CAUSE)
                .map(e -> e.getKey() + " " + e.getValue())
                .collect(Collectors.joining(", "));
        long unknown = byCause.getOrDefault(Cause.UNKNOWN_CAUSE, 0L);
        StringBuilder text = new StringBuilder("sfperm diagnose: ")
                .append(outcome.diagnoses().size())
                .append(" failure(s) in ")
                .append(DisplayPath.of(null, outcome.resultFile().getFileName()))
                .append(", ")
                .append(outcome.explained())
                .append(" explained");
        if (!explained.isEmpty()) {
            text.append(" (").append(explained).append(')');
        }
        if (unknown > 0) {
            text.append(", ").append(unknown).append(" UNKNOWN_CAUSE");
        }
        if (outcome.checkNote().isEmpty()) {
            text.append("; sfperm:check would have caught ").append(caught(outcome));
        } else {
            text.append("; sfperm:check could not run: ").append(outcome.checkNote());
        }
        return Printable.oneLine(text.append('.').toString());
    }

    private static long caught(DiagnoseEngine.Outcome outcome) {
        return outcome.diagnoses().stream()
                .filter(d -> d.check().status() == Diagnosis.Verdict.Status.CAUGHT)
                .count();
    }

    /** How many failures per cause, in the order of {@link Cause}. */
    static Map<Cause, Long> byCause(DiagnoseEngine.Outcome outcome) {
        Map<Cause, Long> counts = new EnumMap<>(Cause.class);
        for (Diagnosis d : outcome.diagnoses()) {
            counts.merge(d.cause(), 1L, Long::sum);
        }
        return counts;
    }

    // ---- diagnosis.json

    public static String json(DiagnoseEngine.Outcome outcome, ReportContext context) {
        ObjectNode root = Json.object();
        root.put("$schema", SCHEMA_ID);
        root.put("schemaVersion", 1);
        ObjectNode tool = root.putObject("tool");
        tool.put("name", "sfperm");
        tool.put("version", context.pluginVersion());
        root.set("module", Json.textOrNull(context.moduleName()));
        root.put(
                "deployResult",
                context.relative(outcome.resultFile())
                        .orElse(String.valueOf(outcome.resultFile().getFileName())));
        root.put("shape", outcome.shape());
        ObjectNode check = root.putObject("check");
        check.put("ran", outcome.checkNote().isEmpty());
        check.set("note", Json.textOrNull(outcome.checkNote()));
        ObjectNode summary = root.putObject("summary");
        summary.put("failures", outcome.diagnoses().size());
        summary.put("explained", outcome.explained());
        summary.put("caughtByCheck", caught(outcome));
        Map<String, Long> counts = new java.util.TreeMap<>();
        byCause(outcome).forEach((cause, n) -> counts.put(cause.name(), n));
        summary.set("byCause", Json.counts(counts));
        summary.put("line", summary(outcome));
        ArrayNode failures = root.putArray("failures");
        for (Diagnosis d : outcome.diagnoses()) {
            ObjectNode f = failures.addObject();
            f.put("location", d.location());
            f.put("inProject", d.inProject());
            f.put("cause", d.cause().name());
            f.put("scope", d.failure().scope().name().toLowerCase(Locale.ROOT));
            f.set("type", Json.textOrNull(d.failure().type()));
            f.set("fullName", Json.textOrNull(d.failure().fullName()));
            f.put("message", d.failure().problem());
            if (d.patternId().isEmpty()) {
                f.putNull("pattern");
            } else {
                ObjectNode pattern = f.putObject("pattern");
                pattern.put("id", d.patternId());
                pattern.put("definedAt", d.patternSource());
            }
            ObjectNode named = f.putObject("named");
            d.named().forEach(named::put);
            f.put("explanation", d.explanation());
            f.put("fix", d.fix());
            f.set("grant", Json.strings(d.grant().stream().sorted().toList()));
            ObjectNode verdict = f.putObject("check");
            verdict.put("status", d.check().status().name().toLowerCase(Locale.ROOT));
            verdict.put("detail", d.check().detail());
            ObjectNode given = f.putObject("result");
            given.set("fileName", Json.textOrNull(shown(d.failure().fileName())));
            given.put("line", d.failure().line());
            given.put("column", d.failure().column());
            given.put("deleted", d.failure().deleted());
            f.put("text", line(d));
        }
        return Reports.normalised(Json.write(root));
    }

    /** A file name of the result as reports show it: an absolute path of the machine that deployed, by its name. */
    private static String shown(String fileName) {
        String slashed = fileName.replace('\\', '/');
        if (slashed.startsWith("/") || slashed.matches("^[A-Za-z]:/.*")) {
            return slashed.substring(slashed.lastIndexOf('/') + 1);
        }
        return slashed;
    }

    /** Writes {@code diagnosis.json} to {@code directory}; returns its path. */
    public static Path write(DiagnoseEngine.Outcome outcome, ReportContext context, Path directory) throws IOException {
        Files.createDirectories(directory);
        Path file = directory.resolve(FILE_NAME);
        Files.writeString(file, json(outcome, context), StandardCharsets.UTF_8);
        return file;
    }

    // ---- Markdown

    public static String markdown(DiagnoseEngine.Outcome outcome, ReportContext context) {
        List<String> md = new ArrayList<>();
        md.add("## sfperm diagnose"
                + (context.moduleName().isEmpty() ? "" : ": " + MarkdownReport.escape(context.moduleName())));
        md.add("");
        md.add(MarkdownReport.escape(summary(outcome)));
        if (!outcome.diagnoses().isEmpty()) {
            md.add("");
            md.add("| Location | Cause | Component | What happened | Fix | Would check have caught it? |");
            md.add("|---|---|---|---|---|---|");
            int rows = 0;
            for (Diagnosis d : outcome.diagnoses()) {
                if (rows++ == MarkdownReport.MAX_ROWS) {
                    md.add("");
                    md.add("… and " + (outcome.diagnoses().size() - MarkdownReport.MAX_ROWS) + " more: see " + FILE_NAME
                            + ".");
                    break;
                }
                md.add("| " + MarkdownReport.code(d.location()) + " | " + d.cause() + " | "
                        + MarkdownReport.escape(d.typeLabel() + " " + d.nameLabel()) + " | "
                        + MarkdownReport.escape(d.explanation()) + " | " + MarkdownReport.escape(d.fix()) + " | "
                        + MarkdownReport.escape(verdict(d).replaceFirst("^sfperm:check ", "")) + " |");
            }
        }
        return Reports.normalised(String.join("\n", md));
    }

    /** Appends the Markdown to GitHub's step summary file, after a blank line. */
    public static void appendStepSummary(DiagnoseEngine.Outcome outcome, ReportContext context, Path stepSummary)
            throws IOException {
        Files.writeString(
                stepSummary,
                "\n" + markdown(outcome, context),
                StandardCharsets.UTF_8,
                StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
    }
}
