package io.github.sfperm.deployer;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Who deploys, as configured: permission set files, permission set group files, a profile file, permission names
 * given inline, the user licence and, optionally, the permissions that licence allows. Paths are absolute.
 */
public record DeployerSpec(
        List<Path> permissionSets,
        List<Path> permissionSetGroups,
        Optional<Path> profile,
        List<String> permissions,
        Optional<String> license,
        List<String> licensePermissions) {

    public DeployerSpec {
        permissionSets = List.copyOf(permissionSets);
        permissionSetGroups = List.copyOf(permissionSetGroups);
        permissions = List.copyOf(permissions);
        licensePermissions = List.copyOf(licensePermissions);
    }

    public DeployerSpec(
            List<Path> permissionSets,
            List<Path> permissionSetGroups,
            Optional<Path> profile,
            List<String> permissions,
            Optional<String> license) {
        this(permissionSets, permissionSetGroups, profile, permissions, license, List.of());
    }

    /** A deployer defined by permission set files only. */
    public static DeployerSpec of(List<Path> permissionSets) {
        return new DeployerSpec(permissionSets, List.of(), Optional.empty(), List.of(), Optional.empty());
    }

    public static DeployerSpec none() {
        return new DeployerSpec(List.of(), List.of(), Optional.empty(), List.of(), Optional.empty());
    }

    /** Whether anything at all says what the deployer holds. */
    public boolean isEmpty() {
        return permissionSets.isEmpty() && permissionSetGroups.isEmpty() && profile.isEmpty() && permissions.isEmpty();
    }
}
