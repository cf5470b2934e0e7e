package io.github.sfperm.deployer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The deploying user as declared: the union of the permissions of its permission sets, permission set groups (less
 * what their muting permission sets mute), profile and inline list, each with where it was granted.
 */
public final class Deployer {

    private final Map<String, List<Grant>> grants;
    private final Optional<String> license;
    private final List<PermissionFile> files;
    private final List<Path> configuredPermissionSets;

    Deployer(List<Grant> grants, Optional<String> license, List<PermissionFile> files, List<Path> configured) {
        Map<String, List<Grant>> byPermission = new LinkedHashMap<>();
        for (Grant grant : grants) {
            byPermission.computeIfAbsent(grant.permission(), p -> new ArrayList<>()).add(grant);
        }
        byPermission.replaceAll((p, list) -> List.copyOf(list));
        this.grants = Collections.unmodifiableMap(byPermission);
        this.license = license;
        this.files = List.copyOf(files);
        this.configuredPermissionSets = List.copyOf(configured);
    }

    /** A deployer holding exactly {@code permissions}, given inline; for tests and the {@code explain} goal. */
    public static Deployer of(Set<String> permissions) {
        List<Grant> grants = new ArrayList<>();
        for (String permission : new TreeSet<>(permissions)) {
            grants.add(new Grant(permission, "<permissions>", null));
        }
        return new Deployer(grants, Optional.empty(), List.of(), List.of());
    }

    /** The permission names declared, sorted. */
    public Set<String> permissions() {
        return Collections.unmodifiableSet(new TreeSet<>(grants.keySet()));
    }

    /** How each declared permission is granted. */
    public List<Grant> grantsOf(String permission) {
        return grants.getOrDefault(permission, List.of());
    }

    /** The user licence, when configured ({@code SalesforceIntegration}, {@code Salesforce}, ...). */
    public Optional<String> license() {
        return license;
    }

    /** The permission set, group, muting and profile files read, in the order read. */
    public List<PermissionFile> files() {
        return files;
    }

    /** The permission set files configured directly (not through a group): where a fix would go. */
    public List<Path> configuredPermissionSets() {
        return configuredPermissionSets;
    }
}
