package io.github.sfperm.catalogue;

import io.github.sfperm.deploy.Origin;

/**
 * A fact about two user permissions: {@link Kind#IMPLIES} (holding {@code permission} grants {@code other}) or
 * {@link Kind#DEPENDS_ON} (Salesforce enables {@code permission} only together with {@code other}).
 */
public record PermissionFact(
        Kind kind, String permission, String other, Confidence confidence, String source, String note, Origin definedAt) {

    public enum Kind {
        IMPLIES,
        DEPENDS_ON
    }
}
