package io.github.sfperm.catalogue;

import java.util.Locale;

/** How sure the catalogue is of a rule or fact. */
public enum Confidence {
    /** A Salesforce documentation page states it (the source says which). */
    DOCUMENTED,
    /** Reported by the community: a vendor knowledge base, a GitHub issue, a blog. */
    COMMUNITY,
    /** Reasoned from related documentation; no direct source. */
    INFERRED;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Confidence parse(String text) {
        return valueOf(text.trim().toUpperCase(Locale.ROOT));
    }

    /**
     * Whether this confidence is below {@code threshold}: less sure than it ({@code inferred} is below
     * {@code community}, which is below {@code documented}). Nothing is below {@code inferred}.
     */
    public boolean isBelow(Confidence threshold) {
        return ordinal() > threshold.ordinal();
    }

    /** Parses a threshold: {@code documented}, {@code community} or {@code inferred}, in any letter case. */
    public static Confidence parseThreshold(String text) {
        String value = text == null ? "" : text.trim().toUpperCase(Locale.ROOT);
        for (Confidence confidence : values()) {
            if (confidence.name().equals(value)) {
                return confidence;
            }
        }
        throw new IllegalArgumentException("'" + text + "' is not a confidence; use documented, community or inferred");
    }
}
