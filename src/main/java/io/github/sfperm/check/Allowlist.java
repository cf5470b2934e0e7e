package io.github.sfperm.check;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Applies allowlist entries to findings. A finding matched by a live entry is suppressed (kept aside, with the
 * entry, for the record). An expired entry suppresses nothing and is itself an {@link Kind#ALLOWLIST_EXPIRED}
 * finding; an entry that matched nothing is an {@link Kind#ALLOWLIST_UNUSED} finding. Allowlist findings are never
 * suppressed by the allowlist.
 */
public final class Allowlist {

    /** A suppressed finding and the entry that suppressed it. */
    public record Suppressed(Finding finding, AllowlistEntry entry) {}

    /** What remains after the allowlist, and what it suppressed. */
    public record Outcome(List<Finding> findings, List<Suppressed> suppressed) {}

    private final List<AllowlistEntry> entries;
    private final Level unusedLevel;

    public Allowlist(List<AllowlistEntry> entries) {
        this(entries, Kind.ALLOWLIST_UNUSED.defaultLevel());
    }

    /** @param unusedLevel the level of ALLOWLIST_UNUSED findings ({@code failOnUnusedAllowlist} makes it ERROR) */
    public Allowlist(List<AllowlistEntry> entries, Level unusedLevel) {
        this.entries = List.copyOf(entries);
        this.unusedLevel = unusedLevel;
    }

    public Outcome apply(List<Finding> findings, LocalDate today) {
        List<Finding> kept = new ArrayList<>();
        List<Suppressed> suppressed = new ArrayList<>();
        Set<AllowlistEntry> used = new LinkedHashSet<>();
        for (Finding finding : findings) {
            AllowlistEntry match = null;
            for (AllowlistEntry entry : entries) {
                if (entry.matches(finding)) {
                    used.add(entry);
                    if (!entry.isExpired(today) && match == null) {
                        match = entry;
                    }
                }
            }
            if (match == null) {
                kept.add(finding);
            } else {
                suppressed.add(new Suppressed(finding, match));
            }
        }
        for (AllowlistEntry entry : entries) {
            if (entry.isExpired(today)) {
                kept.add(hygiene(
                        Kind.ALLOWLIST_EXPIRED,
                        entry,
                        entry.name() + " expired after "
                                + entry.until().orElseThrow() + " and no longer suppresses anything"
                                + (used.contains(entry) ? "" : " (it matches nothing either)")
                                + "; fix the gap, or renew"
                                + " the entry with a new <until> (reason was: " + entry.reason() + ")"));
            } else if (!used.contains(entry)) {
                kept.add(hygiene(
                                Kind.ALLOWLIST_UNUSED,
                                entry,
                                entry.name() + " matched no finding; remove it" + " (reason was: " + entry.reason()
                                        + ")")
                        .withLevel(unusedLevel));
            }
        }
        return new Outcome(kept, suppressed);
    }

    private static Finding hygiene(Kind kind, AllowlistEntry entry, String message) {
        return new Finding(kind, kind.defaultLevel(), "allowlist", null, entry.origin(), null, null, null, "", message);
    }
}
