package io.github.sfperm.check;

import io.github.sfperm.catalogue.PermissionNames;
import io.github.sfperm.catalogue.Requirement;
import io.github.sfperm.deploy.Origin;
import io.github.sfperm.deployer.Deployer;
import io.github.sfperm.deployer.Grant;
import io.github.sfperm.deployer.Licence;
import io.github.sfperm.deployer.PermissionFile;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What the deployer's licence forbids ({@link Kind#LICENSE_FORBIDS}):
 *
 * <ul>
 *   <li>a permission set of the deployer that the licence cannot be assigned ({@code <license>Salesforce</license>}
 *       for a Salesforce Integration user);
 *   <li>with {@code <licensePermissions>}: a permission the deployer's files grant that the licence does not allow
 *       (Salesforce: "The user license doesn't allow the permission"), and every gap that no permission within the
 *       licence can close — those MISSING_PERMISSION findings become LICENSE_FORBIDS, since no permission set can fix
 *       them for this user.
 * </ul>
 */
public final class LicenceCheck {

    static final String RULE_ASSIGNMENT = "licence-assignment";
    static final String RULE_PERMISSIONS = "licence-permissions";

    private final PermissionNames names;

    public LicenceCheck(PermissionNames names) {
        this.names = names;
    }

    public List<Finding> apply(List<Finding> findings, Deployer deployer, Set<String> held) {
        if (deployer.licence().isEmpty()) {
            return findings;
        }
        Licence licence = deployer.licence().get();
        List<Finding> result = new ArrayList<>();
        Set<String> reachable = new HashSet<>(held);
        deployer.licensePermissions().ifPresent(reachable::addAll);
        for (Finding finding : findings) {
            if (finding.kind() == Kind.MISSING_PERMISSION
                    && deployer.licensePermissions().isPresent()
                    && !finding.unmet().isMetBy(reachable)) {
                result.add(forbidden(finding, licence, deployer));
            } else {
                result.add(finding);
            }
        }
        for (PermissionFile file : deployer.files()) {
            if (!file.kind().equals("PermissionSet")) {
                continue;
            }
            Optional<Boolean> assignable = licence.canAssign(file.license());
            if (assignable.isPresent() && !assignable.get()) {
                result.add(new Finding(
                        Kind.LICENSE_FORBIDS,
                        Kind.LICENSE_FORBIDS.defaultLevel(),
                        RULE_ASSIGNMENT,
                        null,
                        new Origin(file.file(), file.licenseLine()),
                        null,
                        null,
                        null,
                        Licence.SOURCE,
                        "permission set " + file.name() + " has <license>"
                                + file.license().orElse("")
                                + "</license>: Salesforce cannot assign it to a user with the " + licence.token()
                                + " licence; remove <license> (permission sets for integration users carry no"
                                + " licence)"));
            }
        }
        if (deployer.licensePermissions().isPresent()) {
            for (String permission : deployer.permissions()) {
                if (deployer.licenceAllows(permission)) {
                    continue;
                }
                for (Grant grant : deployer.grantsOf(permission)) {
                    if (grant.origin() != null) {
                        result.add(new Finding(
                                Kind.LICENSE_FORBIDS,
                                Kind.LICENSE_FORBIDS.defaultLevel(),
                                RULE_PERMISSIONS,
                                null,
                                grant.origin(),
                                null,
                                Requirement.permission(permission),
                                null,
                                Licence.SOURCE,
                                grant.via() + " enables " + names.describe(permission) + ", which the "
                                        + licence.token() + " licence does not allow (Salesforce: \"The user license"
                                        + " doesn't allow the permission\"); the user cannot hold it"));
                    }
                }
            }
        }
        return result;
    }

    private Finding forbidden(Finding gap, Licence licence, Deployer deployer) {
        List<String> outside = gap.unmet().permissions().stream()
                .filter(p -> !deployer.licenceAllows(p))
                .toList();
        return new Finding(
                Kind.LICENSE_FORBIDS,
                Kind.LICENSE_FORBIDS.defaultLevel(),
                gap.ruleId(),
                gap.component(),
                gap.origin(),
                gap.required(),
                gap.unmet(),
                gap.confidence(),
                gap.source(),
                gap.message() + ", but the " + licence.token() + " licence does not allow "
                        + String.join(", ", outside) + " (<licensePermissions>): no permission set can close this gap"
                        + " for this user");
    }
}
