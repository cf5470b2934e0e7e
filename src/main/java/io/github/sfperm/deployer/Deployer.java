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
    private final Optional<Licence> licence;
    private final Optional<Set<String>> licensePermissions;
    private final List<PermissionFile> files;
    private final List<Path> configuredPermissionSets;

    Deployer(
            List<Grant> grants,
            Optional<Licence> licence,
            Optional<Set<String>> licensePermissions,
            List<PermissionFile> files,
            List<Path> configured) {
        Map<String, List<Grant>> byPermission = new LinkedHashMap<>();
        for (Grant grant : grants) {
            byPermission
                    .computeIfAbsent(grant.permission(), p -> new ArrayList<>())
                    .add(grant);
        }
        byPermission.replaceAll((p, list) -> List.copyOf(list));
        this.grants = Collections.unmodifiableMap(byPermission);
        this.licence = licence;
        this.licensePermissions = licensePermissions.map(p -> Collections.unmodifiableSet(new TreeSet<>(p)));
        this.files = List.copyOf(files);
        this.configuredPermissionSets = List.copyOf(configured);
    }

    /** A deployer holding exactly {@code permissions}, given inline; for tests and the {@code explain} goal. */
    public static Deployer of(Set<String> permissions) {
        List<Grant> grants = new ArrayList<>();
        for (String permission : new TreeSet<>(permissions)) {
            grants.add(new Grant(permission, "<permissions>", null));
        }
        return new Deployer(grants, Optional.empty(), Optional.empty(), List.of(), List.of());
    }

    /** The permission names declared, sorted. */
    public Set<String> permissions() {
        return Collections.unmodifiableSet(new TreeSet<>(grants.keySet()));
    }

    /** How each declared permission is granted. */
    public List<Grant> grantsOf(String permission) {
        return grants.getOrDefault(permission, List.of());
    }

    /** The user licence, when configured. */
    public Optional<Licence> licence() {
        return licence;
    }

    /** The permissions the licence allows, when the user listed them ({@code <licensePermissions>}). */
    public Optional<Set<String>> licensePermissions() {
        return licensePermissions;
    }

    /** Whether the licence allows {@code permission}: true when no list of allowed permissions was given. */
    public boolean licenceAllows(String permission) {
        return licensePermissions.map(allowed -> allowed.contains(permission)).orElse(true);
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
