package io.github.sfperm.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfperm.check.Allowlist;
import io.github.sfperm.check.AllowlistEntry;
import io.github.sfperm.check.CheckResult;
import io.github.sfperm.check.Finding;
import io.github.sfperm.check.Findings;
import io.github.sfperm.check.Kind;
import io.github.sfperm.check.Level;
import io.github.sfperm.deploy.Component;
import io.github.sfperm.deploy.Origin;
import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;

/**
 * The machine-readable report of a check: every finding with all its fields, what the allowlist suppressed and why,
 * the gate decision, counts, the components checked and the fix. Its shape is {@code docs/sfperm-report.schema.json};
 * {@link #SCHEMA_VERSION} changes only when a field is removed or changes meaning (adding one does not).
 */
public final class JsonReport {

    /** The version of the report's shape, written as {@code schemaVersion}. */
    public static final int SCHEMA_VERSION = 1;

    /** The {@code $id} of the report's JSON Schema. */
    public static final String SCHEMA_ID = "https://sfperm.github.io/schema/report/1/sfperm-report.schema.json";

    private JsonReport() {}

    public static String render(CheckResult result, ReportContext context) {
        return Json.write(tree(result, context));
    }

    /** {@link #render} straight to {@code out}, for large reports; {@code out} stays open. */
    public static void write(CheckResult result, ReportContext context, Writer out) throws IOException {
        Json.write(tree(result, context), out);
    }

    private static ObjectNode tree(CheckResult result, ReportContext context) {
        ObjectNode report = Json.object();
        report.put("$schema", SCHEMA_ID);
        report.put("schemaVersion", SCHEMA_VERSION);
        ObjectNode tool = report.putObject("tool");
        tool.put("name", "sfperm");
        tool.set("version", Json.textOrNull(context.pluginVersion()));
        tool.put("informationUri", SarifReport.INFORMATION_URI);
        report.set("module", Json.textOrNull(context.moduleName()));
        report.set("catalogueVersion", Json.textOrNull(result.catalogue().version()));
        report.set("registryVersion", Json.textOrNull(context.registryVersion()));

        ObjectNode gate = report.putObject("gate");
        gate.put("failed", result.hasErrors() && context.failOnViolation());
        gate.put("failOnViolation", context.failOnViolation());
        gate.put("threshold", Level.ERROR.name());
        gate.put("reason", Messages.gate(result, context.failOnViolation()));
        report.put("summary", Messages.summary(result));

        ObjectNode counts = report.putObject("counts");
        counts.put("components", result.plan().components().size());
        counts.put("findings", result.findings().size());
        counts.put("allowlisted", result.suppressed().size());
        counts.put("baselined", result.baselined().size());
        Map<String, Long> byLevel = new LinkedHashMap<>();
        for (Level level : Level.values()) {
            byLevel.put(level.name(), result.count(level));
        }
        counts.set("byLevel", Json.counts(byLevel));
        Map<String, Long> byKind = new LinkedHashMap<>();
        for (Kind kind : Kind.values()) {
            byKind.put(kind.name(), result.countsByKind().getOrDefault(kind.name(), 0L));
        }
        counts.set("byKind", Json.counts(byKind));

        ArrayNode components = report.putArray("components");
        for (Component component : result.plan().components()) {
            ObjectNode node = components.addObject();
            node.put("type", component.type());
            node.put("member", component.member());
            node.put("operation", component.operation().label());
            location(node, component.origin(), context);
        }

        ArrayNode findings = report.putArray("findings");
        // CheckResult keeps its findings in Findings.ORDER
        result.findings().forEach(f -> findings.add(finding(f, null, context)));
        ArrayNode allowlisted = report.putArray("allowlisted");
        Findings.sorted(result.suppressed(), Allowlist.Suppressed::finding)
                .forEach(s -> allowlisted.add(finding(s.finding(), s, context)));
        ArrayNode baselined = report.putArray("baselined");
        result.baselined().forEach(f -> baselined.add(finding(f, null, context)));

        ObjectNode fix = report.putObject("fix");
        fix.set("permissions", Json.strings(result.fix()));
        fix.set(
                "target",
                result.fix().isEmpty()
                        ? Json.NODES.nullNode()
                        : Json.NODES.textNode(Messages.fixTarget(result, context.baseDir())));
        fix.set("userPermissionsXml", Json.strings(Messages.userPermissionsXml(result.fix())));
        fix.set("notes", Json.strings(Messages.broadPermissionNotes(result)));
        return report;
    }

    private static ObjectNode finding(Finding finding, Allowlist.Suppressed suppressed, ReportContext context) {
        ObjectNode node = Json.object();
        node.put("kind", finding.kind().name());
        node.put("level", finding.level().name());
        node.put("ruleId", finding.ruleId());
        node.put("sarifRuleId", SarifReport.ruleId(finding));
        Component component = finding.component();
        node.set("type", Json.textOrNull(component == null ? null : component.type()));
        node.set("member", Json.textOrNull(component == null ? null : component.member()));
        node.set(
                "operation",
                Json.textOrNull(component == null ? null : component.operation().label()));
        location(node, finding.origin(), context);
        node.set(
                "required",
                Json.textOrNull(
                        finding.required() == null ? null : finding.required().render()));
        node.set(
                "unmet",
                Json.textOrNull(finding.unmet() == null ? null : finding.unmet().render()));
        node.set("unmetPermissions", Json.strings(new TreeSet<>(finding.unmetPermissions())));
        node.set(
                "confidence",
                Json.textOrNull(
                        finding.confidence() == null
                                ? null
                                : finding.confidence().label()));
        node.set("source", Json.textOrNull(finding.source()));
        node.put("message", finding.message());
        node.put("text", Messages.line(finding, context.baseDir()));
        node.put("fingerprint", Fingerprint.of(finding, context));
        if (suppressed == null) {
            node.putNull("allowlistedBy");
        } else {
            AllowlistEntry entry = suppressed.entry();
            ObjectNode by = node.putObject("allowlistedBy");
            by.put("entry", entry.name());
            by.put("reason", entry.reason());
            by.set("until", Json.textOrNull(entry.until().map(Object::toString).orElse(null)));
            by.set(
                    "file",
                    Json.textOrNull(
                            entry.origin() == null
                                    ? null
                                    : context.relative(entry.origin().file()).orElse(null)));
        }
        return node;
    }

    /** {@code file} (relative, or null) and {@code line} (null when unknown). */
    private static void location(ObjectNode node, Origin origin, ReportContext context) {
        node.set(
                "file",
                Json.textOrNull(
                        origin == null ? null : context.relative(origin.file()).orElse(null)));
        if (origin == null || origin.line() <= 0) {
            node.putNull("line");
        } else {
            node.put("line", origin.line());
        }
    }
}
