package io.github.sfperm.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfperm.catalogue.Catalogue;
import io.github.sfperm.catalogue.Rule;
import io.github.sfperm.check.Allowlist;
import io.github.sfperm.check.CheckResult;
import io.github.sfperm.check.Finding;
import io.github.sfperm.check.Findings;
import io.github.sfperm.check.Kind;
import io.github.sfperm.check.Level;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A SARIF 2.1.0 log of a check, for GitHub code scanning and other SARIF viewers.
 *
 * <p>Rule ids, stable across runs and releases: a {@code MISSING_PERMISSION} finding's SARIF rule is its catalogue
 * rule ({@code flow}, {@code base}: lower-case ids that the catalogue keeps stable); every other finding's SARIF rule
 * is its kind ({@code UNKNOWN_TYPE}, {@code ALLOWLIST_UNUSED}: the finding classes of SPEC section 7). Either id can
 * be given as an allowlist entry's {@code ruleId}. The finding's own rule id stays in the message text
 * ({@code [unregistered-type]}).
 *
 * <p>The log is the same, byte for byte, for the same result: no timestamps, no absolute paths (locations are
 * relative to {@code %SRCROOT%}, the project directory), keys sorted, rules sorted by id, results in
 * {@link Findings#ORDER} with the allowlisted findings last, as suppressed results.
 */
public final class SarifReport {

    public static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
    public static final String VERSION = "2.1.0";
    public static final String INFORMATION_URI = "https://github.com/sfperm/sfperm-maven-plugin";
    /** Where the finding classes are explained: the help of every rule that is a kind ({@code UNKNOWN_TYPE}). */
    public static final String KINDS_HELP_URI = INFORMATION_URI + "#finding-classes";
    /** The catalogue, type by type: the help of a built-in rule without a source of its own. */
    public static final String CATALOGUE_HELP_URI = INFORMATION_URI + "/blob/main/docs/rules.md";
    /** How rule files work: the help of a user's rule without a source of its own. */
    public static final String RULE_FILES_HELP_URI = INFORMATION_URI + "#rule-files";

    public static final String SRCROOT = "%SRCROOT%";

    private SarifReport() {}

    public static String render(CheckResult result, ReportContext context) {
        return Json.write(tree(result, context));
    }

    /** {@link #render} straight to {@code out}, for large reports; {@code out} stays open. */
    public static void write(CheckResult result, ReportContext context, Writer out) throws IOException {
        Json.write(tree(result, context), out);
    }

    private static ObjectNode tree(CheckResult result, ReportContext context) {
        List<Entry> entries = new ArrayList<>();
        // CheckResult keeps its findings in Findings.ORDER
        result.findings().forEach(f -> entries.add(new Entry(f, null)));
        Findings.sorted(result.suppressed(), Allowlist.Suppressed::finding)
                .forEach(s -> entries.add(new Entry(s.finding(), s)));

        Map<String, Finding> firstByRule = new TreeMap<>();
        for (Entry entry : entries) {
            firstByRule.putIfAbsent(ruleId(entry.finding()), entry.finding());
        }
        List<String> ruleIds = new ArrayList<>(firstByRule.keySet());

        ObjectNode log = Json.object();
        log.put("$schema", SCHEMA);
        log.put("version", VERSION);
        ObjectNode run = log.putArray("runs").addObject();

        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", "sfperm");
        driver.put("informationUri", INFORMATION_URI);
        if (!context.pluginVersion().isEmpty()) {
            driver.put("version", context.pluginVersion());
        }
        ArrayNode rules = driver.putArray("rules");
        for (String id : ruleIds) {
            rules.add(rule(id, firstByRule.get(id), result));
        }

        run.putObject("automationDetails")
                .put("id", "sfperm/" + (context.moduleName().isEmpty() ? "" : context.moduleName() + "/"));
        run.put("columnKind", "utf16CodeUnits");
        run.putObject("originalUriBaseIds")
                .putObject(SRCROOT)
                .putObject("description")
                .put("text", "The project directory (the Maven module's basedir): every location is relative to it.");
        ObjectNode properties = run.putObject("properties");
        properties.put("catalogueVersion", result.catalogue().version());
        if (!context.registryVersion().isEmpty()) {
            properties.put("registryVersion", context.registryVersion());
        }
        properties.put("summary", Messages.summary(result));

        ArrayNode results = run.putArray("results");
        for (Entry entry : entries) {
            results.add(result(entry, ruleIds, context));
        }
        return log;
    }

    /** The SARIF rule id of a finding: its catalogue rule for MISSING_PERMISSION, its kind otherwise. */
    public static String ruleId(Finding finding) {
        return finding.kind() == Kind.MISSING_PERMISSION
                ? finding.ruleId()
                : finding.kind().name();
    }

    /** {@code error}, {@code warning} or {@code note}. */
    static String level(Level level) {
        return switch (level) {
            case ERROR -> "error";
            case WARN -> "warning";
            case INFO -> "note";
        };
    }

    /**
     * GitHub's {@code security-severity}, as a string (a number there is ignored): high for what fails a deployment,
     * medium for what weakens least privilege.
     */
    static Optional<String> securitySeverity(Kind kind) {
        return switch (kind) {
            case MISSING_PERMISSION,
                    LICENSE_FORBIDS,
                    PAYLOAD_UNKNOWN_PERMISSION,
                    PAYLOAD_MISSING_DEPENDENCY,
                    PAYLOAD_LICENSE,
                    REFUSED_DELETION,
                    MISSING_REFERENCE,
                    PAYLOAD_REQUIRED_FIELD -> Optional.of("7.0");
            case EXCESS_PERMISSION -> Optional.of("4.0");
            default -> Optional.empty();
        };
    }

    private static ObjectNode rule(String id, Finding first, CheckResult result) {
        Kind kind = first.kind();
        Optional<Rule> catalogueRule =
                kind == Kind.MISSING_PERMISSION ? result.catalogue().rule(id) : Optional.empty();
        ObjectNode rule = Json.object();
        rule.put("id", id);
        rule.put("name", name(id, kind));
        String shortText = catalogueRule.map(Messages::ruleSummary).orElse(Messages.kindDescription(kind));
        String fullText = catalogueRule.map(Messages::ruleDescription).orElse(Messages.kindDescription(kind));
        rule.putObject("shortDescription").put("text", shortText);
        rule.putObject("fullDescription").put("text", fullText);
        rule.putObject("help").put("text", Messages.kindHelp(kind));
        rule.put("helpUri", helpUri(kind, catalogueRule, first));
        rule.putObject("defaultConfiguration").put("level", level(kind.defaultLevel()));
        ObjectNode properties = rule.putObject("properties");
        ArrayNode tags = properties.putArray("tags");
        tags.add("salesforce");
        securitySeverity(kind).ifPresent(severity -> {
            tags.add("security");
            properties.put("security-severity", severity);
        });
        tags.add(kind.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        catalogueRule.ifPresent(r -> {
            properties.put("confidence", r.confidence().label());
            properties.put("requires", r.requires().render());
        });
        return rule;
    }

    /**
     * The rule's source; for a catalogue rule without one, the catalogue page (built-in rule) or the README on rule
     * files (a user's rule); for a kind, the README's table of finding classes.
     */
    private static String helpUri(Kind kind, Optional<Rule> catalogueRule, Finding first) {
        if (kind != Kind.MISSING_PERMISSION) {
            return KINDS_HELP_URI;
        }
        String source = catalogueRule.map(Rule::source).orElse(first.source());
        if (!source.isBlank()) {
            return source;
        }
        boolean builtIn = catalogueRule
                .map(r -> r.definedAt() != null
                        && Catalogue.BUILT_IN_NAME.equals(r.definedAt().file()))
                .orElse(false);
        return builtIn ? CATALOGUE_HELP_URI : RULE_FILES_HELP_URI;
    }

    /** A rule's name in PascalCase ({@code flow} → {@code Flow}, {@code UNKNOWN_TYPE} → {@code UnknownType}). */
    private static String name(String id, Kind kind) {
        StringBuilder name = new StringBuilder();
        String words = kind == Kind.MISSING_PERMISSION ? "missing-permission-" + id : kind.name();
        for (String word : words.toLowerCase(Locale.ROOT).split("[^a-z0-9]+")) {
            if (!word.isEmpty()) {
                name.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
            }
        }
        return name.toString();
    }

    private static ObjectNode result(Entry entry, List<String> ruleIds, ReportContext context) {
        Finding finding = entry.finding();
        String id = ruleId(finding);
        ObjectNode result = Json.object();
        result.put("ruleId", id);
        result.put("ruleIndex", ruleIds.indexOf(id));
        result.put("level", level(finding.level()));
        result.putObject("message").put("text", Messages.text(finding));
        if (finding.origin() != null) {
            context.relativeUri(finding.origin().file()).ifPresent(uri -> {
                ObjectNode physical = result.putArray("locations").addObject().putObject("physicalLocation");
                ObjectNode artifact = physical.putObject("artifactLocation");
                artifact.put("uri", uri);
                artifact.put("uriBaseId", SRCROOT);
                if (finding.origin().line() > 0) {
                    physical.putObject("region")
                            .put("startLine", finding.origin().line());
                }
            });
        }
        result.putObject("partialFingerprints").put(Fingerprint.SARIF_KEY, Fingerprint.of(finding, context));
        if (entry.suppressed() != null) {
            ObjectNode suppression = result.putArray("suppressions").addObject();
            suppression.put("kind", "external");
            suppression.put("status", "accepted");
            suppression.put(
                    "justification", Messages.allowlistReason(entry.suppressed().entry()));
        }
        return result;
    }

    private record Entry(Finding finding, Allowlist.Suppressed suppressed) {}
}
