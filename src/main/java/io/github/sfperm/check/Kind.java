package io.github.sfperm.check;

/** The classes of finding, each with its default level (SPEC section 7). */
public enum Kind {
    /** A component's requirement is not met by the deployer. */
    MISSING_PERMISSION(Level.ERROR),
    /** A needed permission cannot be granted under the deployer's licence. */
    LICENSE_FORBIDS(Level.ERROR),
    /** A type with no registry entry or no rule. */
    UNKNOWN_TYPE(Level.WARN),
    /** A user rule file, a deployer file or the inline permissions name a permission that does not exist. */
    UNKNOWN_PERMISSION(Level.WARN),
    /** An allowlist entry past its {@code until} date: it no longer suppresses anything. */
    ALLOWLIST_EXPIRED(Level.ERROR),
    /** An allowlist entry that matched no finding. */
    ALLOWLIST_UNUSED(Level.WARN),
    /** A baseline entry whose finding no longer occurs: the gap was closed; shrink the baseline. */
    BASELINE_RESOLVED(Level.WARN),
    /** The deployer holds a permission nothing in this deployment needs. */
    EXCESS_PERMISSION(Level.WARN),
    /** A permission set or profile being deployed names a permission that does not exist. */
    PAYLOAD_UNKNOWN_PERMISSION(Level.ERROR),
    /** A permission set or profile being deployed lacks a permission its enabled permissions depend on. */
    PAYLOAD_MISSING_DEPENDENCY(Level.ERROR),
    /** A permission set being deployed carries a licence the deployer cannot use. */
    PAYLOAD_LICENSE(Level.ERROR),
    /** A {@code *} in a manifest that matches no component of the source tree. */
    EMPTY_WILDCARD(Level.WARN),
    /** A file in a package directory that no metadata type claims: it would not be deployed. */
    UNCLAIMED_FILE(Level.WARN),
    /** A deletion Salesforce refuses through destructiveChanges whatever the deployer holds (a Flow, a Workflow). */
    REFUSED_DELETION(Level.ERROR),
    /**
     * A deployed file names a user, role, group or queue the target org is not known to hold: an ERROR against a
     * declared {@code targetOrg}, a WARN without one.
     */
    MISSING_REFERENCE(Level.ERROR),
    /** A Salesforce record id written into a deployed file: ids differ from org to org. */
    HARDCODED_ID(Level.WARN),
    /** A permission set or profile being deployed has field permissions on a required or master-detail field. */
    PAYLOAD_REQUIRED_FIELD(Level.ERROR),
    /**
     * A permission set, profile or permission set group being deployed names a custom component (object, field, tab,
     * record type, layout, app, Apex class or page, permission set) that neither the deployment nor the source tree
     * holds: an ERROR where the project holds its object, or against a declared {@code targetOrg}; a WARN otherwise.
     */
    PAYLOAD_MISSING_REFERENCE(Level.ERROR);

    private final Level defaultLevel;

    Kind(Level defaultLevel) {
        this.defaultLevel = defaultLevel;
    }

    public Level defaultLevel() {
        return defaultLevel;
    }

    /**
     * Whether one component can give several findings of this kind and rule that only their message tells apart (two
     * usernames in one dashboard): their identity across runs (baseline, SARIF fingerprint) includes the message.
     */
    public boolean identifiedByMessage() {
        return this == MISSING_REFERENCE || this == HARDCODED_ID || this == PAYLOAD_MISSING_REFERENCE;
    }
}
