package io.github.sfperm.catalogue;

import io.github.sfperm.deploy.Origin;

/**
 * A fact about two user permissions: {@link Kind#IMPLIES} (holding {@code permission} grants {@code other}) or
 * {@link Kind#DEPENDS_ON} (Salesforce enables {@code permission} only together with {@code other}). A fact with
 * {@code onlyWith} holds only in orgs with that feature, so sfperm mentions it but does not act on it.
 * {@link Kind#DANGEROUS}: {@code permission} grants far more than deployments need (with {@code other}: only together
 * with that permission); {@code other} is empty otherwise.
 */
public record PermissionFact(
        Kind kind,
        String permission,
        String other,
        Confidence confidence,
        String onlyWith,
        String source,
        String note,
        Origin definedAt) {

    public PermissionFact {
        onlyWith = onlyWith == null ? "" : onlyWith;
        other = other == null ? "" : other;
        source = source == null ? "" : source;
        note = note == null ? "" : note;
    }

    /** Whether the fact holds in every org (no {@code onlyWith} feature). */
    public boolean isUnconditional() {
        return onlyWith.isEmpty();
    }

    public enum Kind {
        IMPLIES,
        DEPENDS_ON,
        /** {@code permission} is dangerous (with {@code other}, when set, only together with it). */
        DANGEROUS
    }
}
