package io.github.sfperm.check;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sfperm.common.DisplayPath;
import io.github.sfperm.common.InputException;
import io.github.sfperm.common.JsonFiles;
import io.github.sfperm.deploy.Origin;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Findings accepted as they are, so that a team with an existing org can adopt sfperm without fixing everything
 * first. {@code sfperm:baseline} writes the current findings to a committed JSON file; {@code check} with it fails
 * only on findings not in it, and reports entries that no longer occur ({@link Kind#BASELINE_RESOLVED}) so the
 * baseline only shrinks. A finding is identified by its fingerprint: kind, rule, component (or file) and what is
 * missing — not its line, which moves when the manifest is edited.
 */
public final class Baseline {

    static final int SCHEMA_VERSION = 1;

    /** One accepted finding, as written in the file. */
    public record Entry(String fingerprint, String kind, String ruleId, String subject, String message) {}

    /** What remains, what the baseline accepted, and the entries that no longer occur. */
    public record Outcome(List<Finding> findings, List<Finding> baselined) {}

    private final Path file;
    private final Map<String, Entry> entries;

    private Baseline(Path file, Map<String, Entry> entries) {
        this.file = file;
        this.entries = entries;
    }

    /** The baseline in {@code file}. */
    public static Baseline read(Path file) throws InputException {
        if (!Files.exists(file)) {
            throw new InputException("the baseline file does not exist; create it with sfperm:baseline", file);
        }
        JsonNode root = JsonFiles.read(file);
        if (!root.path("findings").isArray() || root.path("schemaVersion").asInt() != SCHEMA_VERSION) {
            throw new InputException(
                    "is not an sfperm baseline (schemaVersion " + SCHEMA_VERSION + " with a findings"
                            + " array); recreate it with sfperm:baseline",
                    file);
        }
        Map<String, Entry> entries = new LinkedHashMap<>();
        for (JsonNode node : root.path("findings")) {
            Entry entry = new Entry(
                    node.path("fingerprint").asText(),
                    node.path("kind").asText(),
                    node.path("ruleId").asText(),
                    node.path("subject").asText(),
                    node.path("message").asText());
            entries.put(entry.fingerprint(), entry);
        }
        return new Baseline(file, entries);
    }

    /** Writes {@code findings} (those a baseline can hold) to {@code file}, sorted, deterministic. */
    public static int write(Path file, List<Finding> findings, Path base) throws IOException {
        Map<String, Entry> entries = new TreeMap<>();
        for (Finding finding : findings) {
            if (isBaselinable(finding)) {
                Entry entry = entry(finding, base);
                entries.putIfAbsent(entry.fingerprint(), entry);
            }
        }
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = mapper.createObjectNode();
        root.put("schemaVersion", SCHEMA_VERSION);
        root.put(
                "comment",
                "Findings accepted as they are. Written by sfperm:baseline; sfperm:check fails only on"
                        + " findings not listed here. Regenerate it after closing gaps so that it only shrinks.");
        ArrayNode list = root.putArray("findings");
        for (Entry entry : entries.values()) {
            ObjectNode node = list.addObject();
            node.put("fingerprint", entry.fingerprint());
            node.put("kind", entry.kind());
            node.put("ruleId", entry.ruleId());
            node.put("subject", entry.subject());
            node.put("message", entry.message());
        }
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, mapper.writeValueAsString(root).replace("\r\n", "\n") + "\n", StandardCharsets.UTF_8);
        return entries.size();
    }

    /** Splits {@code findings} into those the baseline does not know and those it accepts, and reports stale entries. */
    public Outcome apply(List<Finding> findings, Path base) {
        List<Finding> kept = new ArrayList<>();
        List<Finding> baselined = new ArrayList<>();
        Set<String> seen = new java.util.HashSet<>();
        for (Finding finding : findings) {
            if (isBaselinable(finding)) {
                String fingerprint = fingerprint(finding, base);
                if (entries.containsKey(fingerprint)) {
                    seen.add(fingerprint);
                    baselined.add(finding);
                    continue;
                }
            }
            kept.add(finding);
        }
        for (Entry entry : entries.values()) {
            if (!seen.contains(entry.fingerprint())) {
                kept.add(new Finding(
                        Kind.BASELINE_RESOLVED,
                        Kind.BASELINE_RESOLVED.defaultLevel(),
                        "baseline",
                        null,
                        Origin.of(file),
                        null,
                        null,
                        null,
                        "",
                        "baseline entry " + entry.kind() + " [" + entry.ruleId() + "] " + entry.subject()
                                + " no longer occurs; run sfperm:baseline to remove it"));
            }
        }
        return new Outcome(kept, baselined);
    }

    /** Whether a finding can be accepted by a baseline: not the bookkeeping of the allowlist or baseline itself. */
    static boolean isBaselinable(Finding finding) {
        return switch (finding.kind()) {
            case ALLOWLIST_EXPIRED, ALLOWLIST_UNUSED, BASELINE_RESOLVED -> false;
            default -> true;
        };
    }

    /** The identity of a finding across runs: kind, rule, component or file, and what is missing; never the line. */
    public static String fingerprint(Finding finding, Path base) {
        return entry(finding, base).fingerprint();
    }

    private static Entry entry(Finding finding, Path base) {
        String subject = finding.component() != null
                ? finding.component().operation().label() + " "
                        + finding.component().type() + " " + finding.component().member()
                : finding.origin() == null
                        ? ""
                        : DisplayPath.of(base, finding.origin().file());
        String unmet = finding.unmet() == null ? "" : finding.unmet().render();
        String key = finding.kind() + "|" + finding.ruleId() + "|" + subject + "|"
                + ((finding.component() == null || finding.kind().identifiedByMessage()) && unmet.isEmpty()
                        ? finding.message()
                        : unmet);
        return new Entry(
                sha256(key),
                finding.kind().name(),
                finding.ruleId(),
                subject + (unmet.isEmpty() ? "" : ": " + unmet),
                finding.message());
    }

    private static String sha256(String text) {
        try {
            byte[] digest =
                    java.security.MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(digest, 0, 16);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
