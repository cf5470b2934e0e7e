package io.github.sfperm.check;

import io.github.sfperm.catalogue.Catalogue;
import io.github.sfperm.catalogue.PermissionFact;
import io.github.sfperm.catalogue.PermissionNames;
import io.github.sfperm.catalogue.Requirement;
import io.github.sfperm.deploy.Component;
import io.github.sfperm.deploy.Origin;
import io.github.sfperm.deployer.Deployer;
import io.github.sfperm.deployer.PermissionFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Checks the permission sets, muting permission sets and profiles being deployed for what Salesforce would reject,
 * quoting Salesforce's own error text so that users recognise it:
 *
 * <ul>
 *   <li>{@link Kind#PAYLOAD_UNKNOWN_PERMISSION}: a {@code <userPermissions>} name that does not exist
 *       ("Unknown user permission: X");
 *   <li>{@link Kind#PAYLOAD_MISSING_DEPENDENCY}: an enabled permission whose dependencies are not enabled
 *       ("Permission X depends on permission(s): Y"); a WARN for profiles, whose content is merged with the org's;
 *   <li>{@link Kind#PAYLOAD_LICENSE}: with {@code <licensePermissions>}, a permission set of the deployer being
 *       deployed with a permission its licence does not allow ("The user license doesn't allow the permission").
 * </ul>
 */
public final class PayloadCheck {

    /** A permission set, muting permission set or profile being deployed, and its file. */
    public record Payload(Component component, PermissionFile file) {}

    static final String UNKNOWN_SOURCE =
            "https://developer.salesforce.com/docs/atlas.en-us.api_meta.meta/api_meta/meta_permissionset.htm";
    static final String DEPENDENCY_SOURCE =
            "https://developer.salesforce.com/docs/atlas.en-us.api_tooling.meta/api_tooling/tooling_api_objects_permissiondependency.htm";

    private final Catalogue catalogue;
    private final PermissionNames names;

    public PayloadCheck(Catalogue catalogue, PermissionNames names) {
        this.catalogue = catalogue;
        this.names = names;
    }

    public List<Finding> check(List<Payload> payloads, Deployer deployer) {
        List<Finding> findings = new ArrayList<>();
        for (Payload payload : payloads) {
            unknownNames(payload, findings);
            dependencies(payload, findings);
            licence(payload, deployer, findings);
        }
        return findings;
    }

    private void unknownNames(Payload payload, List<Finding> findings) {
        for (Map.Entry<String, Integer> entry : payload.file().permissionLines().entrySet()) {
            String permission = entry.getKey();
            if (!names.isKnown(permission)) {
                findings.add(finding(
                        Kind.PAYLOAD_UNKNOWN_PERMISSION,
                        Kind.PAYLOAD_UNKNOWN_PERMISSION.defaultLevel(),
                        "payload-unknown-permission",
                        payload,
                        entry.getValue(),
                        Requirement.permission(permission),
                        UNKNOWN_SOURCE,
                        payload.component().label() + " names '" + permission + "', which is not a"
                                + " user permission sfperm knows" + names.didYouMean(permission)
                                + "; Salesforce rejects the deploy with \"Unknown user permission: " + permission
                                + "\""));
            }
        }
    }

    private void dependencies(Payload payload, List<Finding> findings) {
        Set<String> enabled = payload.file().enabledPermissions();
        Map<String, Set<String>> missing = new TreeMap<>();
        for (PermissionFact fact : catalogue.facts()) {
            if (fact.kind() == PermissionFact.Kind.DEPENDS_ON
                    && fact.isUnconditional()
                    && enabled.contains(fact.permission())
                    && !enabled.contains(fact.other())
                    && !impliedByAnother(enabled, fact.permission(), fact.other())) {
                missing.computeIfAbsent(fact.permission(), p -> new TreeSet<>()).add(fact.other());
            }
        }
        boolean profile = payload.file().kind().equals("Profile");
        for (Map.Entry<String, Set<String>> entry : missing.entrySet()) {
            String needed = String.join(", ", entry.getValue());
            findings.add(finding(
                    Kind.PAYLOAD_MISSING_DEPENDENCY,
                    profile ? Level.WARN : Kind.PAYLOAD_MISSING_DEPENDENCY.defaultLevel(),
                    "payload-dependencies",
                    payload,
                    payload.file().permissionLines().getOrDefault(entry.getKey(), 0),
                    Requirement.allOf(entry.getValue().stream()
                            .map(Requirement::permission)
                            .toList()),
                    DEPENDENCY_SOURCE,
                    payload.component().label() + " enables " + entry.getKey() + " without "
                            + needed + "; Salesforce rejects it with \"Permission " + entry.getKey()
                            + " depends on permission(s): " + needed + "\""
                            + (profile ? " unless the org's profile already has them" : "")));
        }
    }

    /**
     * Whether a permission the file enables, other than {@code dependent} itself, turns {@code other} on (Modify All
     * Data turns on Manage Public List Views): Salesforce then enables it with that one. The dependent permission's
     * own implications do not count: Salesforce wants its dependencies in the file (Modify All Data without View All
     * Data is rejected).
     */
    private boolean impliedByAnother(Set<String> enabled, String dependent, String other) {
        for (String permission : enabled) {
            if (!permission.equals(dependent)
                    && catalogue.withImplied(Set.of(permission)).contains(other)) {
                return true;
            }
        }
        return false;
    }

    private void licence(Payload payload, Deployer deployer, List<Finding> findings) {
        Optional<java.util.Set<String>> allowed = deployer.licensePermissions();
        boolean deployersOwn = deployer.files().stream()
                .anyMatch(f -> f.kind().equals("PermissionSet")
                        && f.name().equals(payload.file().name()));
        if (allowed.isEmpty() || !deployersOwn || !payload.file().kind().equals("PermissionSet")) {
            return;
        }
        for (String permission : new TreeSet<>(payload.file().enabledPermissions())) {
            if (!allowed.get().contains(permission)) {
                findings.add(finding(
                        Kind.PAYLOAD_LICENSE,
                        Kind.PAYLOAD_LICENSE.defaultLevel(),
                        "payload-licence",
                        payload,
                        payload.file().permissionLines().getOrDefault(permission, 0),
                        Requirement.permission(permission),
                        io.github.sfperm.deployer.Licence.SOURCE,
                        payload.component().label() + " (assigned to the deploying user) enables " + permission
                                + ", which its "
                                + deployer.licence().map(l -> l.token()).orElse("")
                                + " licence does not allow; Salesforce refuses the assignment with \"The user license"
                                + " doesn't allow the permission\""));
            }
        }
    }

    private static Finding finding(
            Kind kind,
            Level level,
            String ruleId,
            Payload payload,
            int line,
            Requirement subject,
            String source,
            String message) {
        return new Finding(
                kind,
                level,
                ruleId,
                payload.component(),
                new Origin(payload.file().file(), line),
                null,
                subject,
                null,
                source,
                message);
    }
}
