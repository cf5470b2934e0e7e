package io.github.sfperm.diagnose;

import java.util.List;

/**
 * Why a deployment failed, in the vocabulary of sfperm's findings (SPEC section 7), with the kinds of finding that
 * {@code sfperm:check} reports for the same cause and, when it reports none, why it could not have caught it.
 */
public enum Cause {
    /** The deploying user lacks a permission the component's type needs. */
    MISSING_PERMISSION(List.of("MISSING_PERMISSION", "LICENSE_FORBIDS"), ""),
    /** A permission set or profile being deployed names a permission the org does not know. */
    PAYLOAD_UNKNOWN_PERMISSION(List.of("PAYLOAD_UNKNOWN_PERMISSION"), ""),
    /** A permission set or profile being deployed lacks a permission its enabled permissions depend on. */
    PAYLOAD_MISSING_DEPENDENCY(List.of("PAYLOAD_MISSING_DEPENDENCY"), ""),
    /** A permission set or profile being deployed conflicts with its user licence. */
    PAYLOAD_LICENSE(List.of("PAYLOAD_LICENSE"), ""),
    /** A component being deployed names a field, object or other component the org does not have. */
    PAYLOAD_MISSING_REFERENCE(List.of("PAYLOAD_MISSING_REFERENCE"), ""),
    /** A permission set or profile being deployed grants access to a required field. */
    PAYLOAD_REQUIRED_FIELD(
            List.of("PAYLOAD_REQUIRED_FIELD"),
            "check knows a field is required only from the source tree, not from the target org"),
    /** A deletion Salesforce refuses through a deployment. */
    REFUSED_DELETION(
            List.of("REFUSED_DELETION"),
            "check knows no refused deletion of this type (refused-deletions.xml): worth a pattern and a rule"),
    /** A component names a user, role, group or queue the org does not have. */
    MISSING_REFERENCE(
            List.of("MISSING_REFERENCE"),
            "check reads the users, roles, groups and queues only in the fields docs/references.md lists, and knows what"
                    + " the org holds only from <targetOrg>"),
    /** The org lacks a feature, licence or setting the component needs. */
    ORG_FEATURE(
            List.of(),
            "an org's features and settings cannot be seen offline; sf project deploy start --dry-run is the"
                    + " server-side check"),
    /** No known pattern matches the message. */
    UNKNOWN_CAUSE(List.of(), "its cause is not known");

    private final List<String> findingKinds;
    private final String uncaught;

    Cause(List<String> findingKinds, String uncaught) {
        this.findingKinds = findingKinds;
        this.uncaught = uncaught;
    }

    /**
     * The names of the finding kinds of {@code sfperm:check} that report this cause (names, not the enum, so that a
     * kind added to the checker later is recognised here without a change).
     */
    public List<String> findingKinds() {
        return findingKinds;
    }

    /** Why {@code check} cannot catch this cause, when it never reports it; empty when it can. */
    public String uncaught() {
        return uncaught;
    }
}
