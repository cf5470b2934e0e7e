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
}
