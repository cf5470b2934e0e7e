package io.github.sfperm.check;

import java.util.Locale;

/** How serious a finding is. ERROR findings fail the build (unless {@code failOnViolation} is false). */
public enum Level {
    ERROR,
    WARN,
    INFO;

    /** Parses {@code ERROR}, {@code WARN} (or {@code WARNING}) and {@code INFO}, in any letter case. */
    public static Level parse(String text) {
        String value = text == null ? "" : text.trim().toUpperCase(Locale.ROOT);
        if (value.equals("WARNING")) {
            return WARN;
        }
        try {
            return valueOf(value);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + text + "' is not a level; use ERROR, WARN or INFO", e);
        }
    }
}
