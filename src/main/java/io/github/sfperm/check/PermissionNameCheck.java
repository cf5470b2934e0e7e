package io.github.sfperm.check;

import io.github.sfperm.catalogue.Catalogue;
import io.github.sfperm.catalogue.PermissionFact;
import io.github.sfperm.catalogue.PermissionNames;
import io.github.sfperm.catalogue.Rule;
import io.github.sfperm.deploy.Origin;
import io.github.sfperm.deployer.Deployer;
import io.github.sfperm.deployer.Grant;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Warns ({@link Kind#UNKNOWN_PERMISSION}) where the user's own inputs name a permission that does not exist: user rule
 * files and the deployer's files and inline list. A misspelt name never matches anything, so the gap it hides shows
 * as a MISSING_PERMISSION too; this finding says why, with a "did you mean".
 */
public final class PermissionNameCheck {

    private final PermissionNames names;

    public PermissionNameCheck(PermissionNames names) {
        this.names = names;
    }

    /** Findings for the rules and facts of {@code catalogue} not defined in the built-in catalogue. */
    public List<Finding> userRules(Catalogue catalogue) {
        List<Finding> findings = new ArrayList<>();
        for (Rule rule : catalogue.rules()) {
            if (isBuiltIn(rule.definedAt())) {
                continue;
            }
            for (String permission : rule.requires().permissions()) {
                if (!names.isKnown(permission)) {
                    findings.add(finding(
                            rule.definedAt(), "rule '" + rule.id() + "' requires '" + permission + "'", permission));
                }
            }
        }
        for (PermissionFact fact : catalogue.facts()) {
            if (isBuiltIn(fact.definedAt())) {
                continue;
            }
            for (String permission : List.of(fact.permission(), fact.other())) {
                if (!permission.isEmpty() && !names.isKnown(permission)) {
                    findings.add(finding(fact.definedAt(), "a permission fact names '" + permission + "'", permission));
                }
            }
        }
        return findings;
    }

    /** Findings for the permissions the deployer's files and inline list name. */
    public List<Finding> deployer(Deployer deployer, Path configFile) {
        List<Finding> findings = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (String permission : deployer.permissions()) {
            if (names.isKnown(permission)) {
                continue;
            }
            for (Grant grant : deployer.grantsOf(permission)) {
                Origin origin = grant.origin() != null ? grant.origin() : Origin.of(configFile);
                if (seen.add(origin + permission)) {
                    findings.add(finding(origin, grant.via() + " enables '" + permission + "'", permission));
                }
            }
        }
        return findings;
    }

    private Finding finding(Origin origin, String what, String permission) {
        return new Finding(
                Kind.UNKNOWN_PERMISSION,
                Kind.UNKNOWN_PERMISSION.defaultLevel(),
                "permission-names",
                null,
                origin,
                null,
                null,
                null,
                "",
                what + ", which is not a Salesforce user permission API name sfperm" + " knows"
                        + names.didYouMean(permission) + "; a misspelt name grants and requires nothing");
    }

    private static boolean isBuiltIn(Origin origin) {
        return origin != null && origin.file().equals(Catalogue.BUILT_IN_NAME);
    }
}
