package io.github.sfperm.deployer;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What sfperm reads from a permission set, muting permission set, permission set group or profile file.
 *
 * @param file where it was read from
 * @param kind the root element: {@code PermissionSet}, {@code MutingPermissionSet}, {@code PermissionSetGroup},
 *     {@code Profile}
 * @param enabledPermissions the names of {@code <userPermissions>} with {@code <enabled>true</enabled>}
 * @param permissionLines the line of the {@code <name>} of every {@code <userPermissions>}, enabled or not
 * @param license the {@code <license>} of a permission set (or {@code <userLicense>} of a profile), if any
 * @param licenseLine the line of that element, 0 when absent
 * @param permissionSets for a group: its member permission sets, by name
 * @param mutingPermissionSets for a group: its muting permission sets, by name
 */
public record PermissionFile(
        Path file,
        String kind,
        Set<String> enabledPermissions,
        java.util.Map<String, Integer> permissionLines,
        Optional<String> license,
        int licenseLine,
        List<String> permissionSets,
        List<String> mutingPermissionSets) {

    public PermissionFile {
        enabledPermissions = Set.copyOf(enabledPermissions);
        permissionLines = java.util.Map.copyOf(permissionLines);
        permissionSets = List.copyOf(permissionSets);
        mutingPermissionSets = List.copyOf(mutingPermissionSets);
    }

    /** The component name: the file name without its suffixes. */
    public String name() {
        String fileName = file.getFileName().toString();
        int dot = fileName.indexOf('.');
        return dot < 0 ? fileName : fileName.substring(0, dot);
    }
}
