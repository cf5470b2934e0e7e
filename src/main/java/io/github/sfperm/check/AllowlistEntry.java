package io.github.sfperm.check;

import io.github.sfperm.common.InputException;
import io.github.sfperm.deploy.Origin;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An accepted gap. It matches a finding when every field it sets matches: {@code type}, {@code member},
 * {@code permission} and {@code ruleId} are patterns where {@code *} and {@code ?} are wildcards ({@code Legacy_*});
 * {@code permission} matches a finding whose unmet requirement names that permission; {@code ruleId} matches the
 * finding's rule id or its kind ({@code UNKNOWN_TYPE}). {@code reason} is required. After {@code until} (inclusive)
 * the entry no longer suppresses anything.
 *
 * @param name how messages name the entry: {@code allowlist entry 2 (type=Flow, member=Legacy_*)}
 */
public record AllowlistEntry(
        String name,
        String type,
        String member,
        String permission,
        String ruleId,
        String reason,
        Optional<LocalDate> until,
        Origin origin) {

    /**
     * Validates and builds an entry.
     *
     * @param index 1-based position, for messages
     * @param configFile the file that configures it (the pom, or a shared allowlist file), for messages
     */
    public static AllowlistEntry of(
            int index,
            String type,
            String member,
            String permission,
            String ruleId,
            String reason,
            String until,
            Origin origin,
            Path configFile)
            throws InputException {
        return of("allowlist entry " + index, type, member, permission, ruleId, reason, until, origin, configFile);
    }

    /**
     * Validates and builds an entry called {@code label} in messages ({@code allowlist entry 2 of shared.xml}).
     */
    public static AllowlistEntry of(
            String label,
            String type,
            String member,
            String permission,
            String ruleId,
            String reason,
            String until,
            Origin origin,
            Path configFile)
            throws InputException {
        List<String> fields = new ArrayList<>();
        add(fields, "type", type);
        add(fields, "member", member);
        add(fields, "permission", permission);
        add(fields, "ruleId", ruleId);
        String name = label + (fields.isEmpty() ? "" : " (" + String.join(", ", fields) + ")");
        if (fields.isEmpty()) {
            throw new InputException(
                    name + " matches everything: give it at least one of type, member," + " permission or ruleId",
                    configFile,
                    origin.line(),
                    0,
                    null);
        }
        if (reason == null || reason.isBlank()) {
            throw new InputException(
                    name + " has no <reason>: say why this gap is accepted (a ticket, an owner),"
                            + " so that the next reader can tell whether it still holds",
                    configFile,
                    origin.line(),
                    0,
                    null);
        }
        Optional<LocalDate> expiry = Optional.empty();
        if (until != null && !until.isBlank()) {
            try {
                expiry = Optional.of(LocalDate.parse(until.trim()));
            } catch (DateTimeParseException e) {
                throw new InputException(
                        name + " has <until>" + until + "</until>, which is not an ISO date;"
                                + " write it as YYYY-MM-DD (e.g. 2027-03-31)",
                        configFile,
                        origin.line(),
                        0,
                        e);
            }
        }
        return new AllowlistEntry(
                name,
                blankToNull(type),
                blankToNull(member),
                blankToNull(permission),
                blankToNull(ruleId),
                reason.trim(),
                expiry,
                origin);
    }

    /** Whether this entry has expired on {@code today}: it was valid until the day before. */
    public boolean isExpired(LocalDate today) {
        return until.isPresent() && today.isAfter(until.get());
    }

    /** Whether this entry matches {@code finding}. */
    public boolean matches(Finding finding) {
        if (type != null
                && (finding.component() == null
                        || !glob(type, finding.component().type()))) {
            return false;
        }
        if (member != null
                && (finding.component() == null
                        || !glob(member, finding.component().member()))) {
            return false;
        }
        if (permission != null && finding.unmetPermissions().stream().noneMatch(p -> glob(permission, p))) {
            return false;
        }
        return ruleId == null
                || glob(ruleId, finding.ruleId())
                || glob(ruleId, finding.kind().name());
    }

    private static final java.util.Map<String, com.google.re2j.Pattern> GLOBS = new ConcurrentHashMap<>();

    /**
     * Whether {@code value} matches {@code pattern}, where {@code *} (any characters) and {@code ?} (one) are wildcards
     * and every other character stands for itself. The glob runs as an RE2/J regular expression, whose time grows with
     * the value's length only; a backtracking matcher took minutes for a pattern such as {@code *a*a*a*a*a*b} (from a
     * shared allowlist file) on a long member name.
     */
    static boolean glob(String pattern, String value) {
        return GLOBS.computeIfAbsent(pattern, AllowlistEntry::compileGlob)
                .matcher(value)
                .matches();
    }

    private static com.google.re2j.Pattern compileGlob(String glob) {
        StringBuilder regex = new StringBuilder();
        int literal = 0;
        for (int i = 0; i <= glob.length(); i++) {
            char c = i < glob.length() ? glob.charAt(i) : '*';
            if (c == '*' || c == '?') {
                if (i > literal) {
                    regex.append(com.google.re2j.Pattern.quote(glob.substring(literal, i)));
                }
                if (i < glob.length()) {
                    regex.append(c == '*' ? ".*" : ".");
                }
                literal = i + 1;
            }
        }
        return com.google.re2j.Pattern.compile(regex.toString(), com.google.re2j.Pattern.DOTALL);
    }

    private static void add(List<String> fields, String field, String value) {
        if (value != null && !value.isBlank()) {
            fields.add(field + "=" + value.trim());
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
