package io.github.sfperm.references;

import java.util.Locale;

/** What a reference names in the target org. */
public enum ReferenceKind {
    /** A user, by username. */
    USER("user", "usernames"),
    /** A role, by developer name. */
    ROLE("role", "roles"),
    /** A public group, by developer name. */
    GROUP("group", "groups"),
    /** A queue, by developer name. */
    QUEUE("queue", "queues"),
    /** A permission set (or muting permission set), by name: what a permission set group being deployed names. */
    PERMISSION_SET("permission set", "permissionSets"),
    /**
     * A custom component ({@code CustomField:Account.Legacy_Id__c}) that a permission set or profile being deployed
     * names, as {@code Type:Member}.
     */
    COMPONENT("component", "components");

    private final String label;
    private final String plural;

    ReferenceKind(String label, String plural) {
        this.label = label;
        this.plural = plural;
    }

    /** {@code user}, {@code role}, ... */
    public String label() {
        return label;
    }

    /** The element of {@code <targetOrg>} that declares them: {@code usernames}, {@code roles}, ... */
    public String plural() {
        return plural;
    }

    /**
     * The metadata type that deploys one, if any: a role, group, queue or permission set can be deployed; a user
     * cannot; a component is of many types.
     */
    public String metadataType() {
        return switch (this) {
            case USER -> "";
            case ROLE -> "Role";
            case GROUP -> "Group";
            case QUEUE -> "Queue";
            case PERMISSION_SET -> "PermissionSet";
            case COMPONENT -> "";
        };
    }

    static ReferenceKind parse(String text) {
        return valueOf(text.trim().toUpperCase(Locale.ROOT));
    }
}
