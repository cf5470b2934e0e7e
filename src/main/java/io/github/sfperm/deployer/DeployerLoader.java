package io.github.sfperm.deployer;

import io.github.sfperm.common.DisplayPath;
import io.github.sfperm.common.InputException;
import io.github.sfperm.deploy.Origin;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Builds the {@link Deployer} from its {@link DeployerSpec}: reads every file, finds each group's member and muting
 * permission sets by name under the search roots, removes what the muting permission sets mute from their group,
 * and unites everything.
 */
public final class DeployerLoader {

    private final Path baseDir;
    private final PermissionFileIndex index;

    /**
     * @param baseDir the project directory, for messages
     * @param searchRoots where group members are looked for by name (the package directories, or the project)
     */
    public DeployerLoader(Path baseDir, List<Path> searchRoots) {
        this(baseDir, new PermissionFileIndex(searchRoots));
    }

    /** @param index where group members are looked for by name */
    public DeployerLoader(Path baseDir, PermissionFileIndex index) {
        this.baseDir = baseDir;
        this.index = index;
    }

    public Deployer load(DeployerSpec spec) throws InputException {
        List<Grant> grants = new ArrayList<>();
        List<PermissionFile> files = new ArrayList<>();
        Map<String, PermissionFile> configuredByName = new HashMap<>();
        for (Path path : spec.permissionSets()) {
            PermissionFile file = readExisting(path, "permission set", "PermissionSet");
            files.add(file);
            configuredByName.put(file.name(), file);
            grants.addAll(grantsOf(file, "permission set " + file.name()));
        }
        for (Path path : spec.permissionSetGroups()) {
            PermissionFile group = readExisting(path, "permission set group", "PermissionSetGroup");
            files.add(group);
            grants.addAll(groupGrants(group, configuredByName, files));
        }
        if (spec.profile().isPresent()) {
            PermissionFile profile = readExisting(spec.profile().get(), "profile", "Profile");
            files.add(profile);
            grants.addAll(grantsOf(profile, "profile " + profile.name()));
        }
        for (String permission : spec.permissions()) {
            grants.add(new Grant(permission, "<permissions> in the plugin configuration", null));
        }
        Optional<Licence> licence = Optional.empty();
        if (spec.license().isPresent()) {
            licence = Optional.of(Licence.parse(spec.license().get()));
            for (String permission : licence.get().grants()) {
                grants.add(new Grant(permission, "the " + licence.get().token() + " licence", null));
            }
        }
        Optional<Set<String>> allowed = spec.licensePermissions().isEmpty()
                ? Optional.empty()
                : Optional.of(Set.copyOf(spec.licensePermissions()));
        if (allowed.isPresent() && licence.isEmpty()) {
            throw new InputException("<licensePermissions> is set but <license> is not: say which licence the list"
                    + " belongs to (e.g. <license>SalesforceIntegration</license>)");
        }
        return new Deployer(grants, licence, allowed, files, spec.permissionSets());
    }

    private List<Grant> groupGrants(
            PermissionFile group, Map<String, PermissionFile> configured, List<PermissionFile> files)
            throws InputException {
        String via = "permission set group " + group.name();
        List<Grant> grants = new ArrayList<>();
        for (String member : group.permissionSets()) {
            PermissionFile file = configured.get(member);
            if (file == null) {
                file = PermissionFileReader.read(member(group, "PermissionSet", member), "PermissionSet");
                files.add(file);
            }
            grants.addAll(grantsOf(file, via + " > permission set " + member));
        }
        Set<String> muted = new java.util.HashSet<>();
        for (String muting : group.mutingPermissionSets()) {
            PermissionFile file =
                    PermissionFileReader.read(member(group, "MutingPermissionSet", muting), "MutingPermissionSet");
            files.add(file);
            muted.addAll(file.enabledPermissions());
        }
        return grants.stream().filter(g -> !muted.contains(g.permission())).collect(Collectors.toList());
    }

    private Path member(PermissionFile group, String kind, String name) throws InputException {
        Optional<Path> found = index.find(kind, name);
        if (found.isEmpty()) {
            String label = kind.equals("PermissionSet") ? "permission set" : "muting permission set";
            String suffix = kind.equals("PermissionSet") ? ".permissionset-meta.xml" : ".mutingpermissionset-meta.xml";
            String where =
                    index.roots().stream().map(r -> DisplayPath.of(baseDir, r)).collect(Collectors.joining(", "));
            throw new InputException(
                    "permission set group " + group.name() + " names the " + label + " '" + name
                            + "', but no " + name + suffix + " (or " + name + suffix.replace("-meta.xml", "")
                            + ") was found"
                            + " under " + where + "; add it to the project, or list its file under <permissionSets>",
                    group.file());
        }
        return found.get();
    }

    private PermissionFile readExisting(Path path, String label, String kind) throws InputException {
        if (!Files.exists(path)) {
            throw new InputException(
                    "the deployer's " + label + " file does not exist; check the path in"
                            + " <deployer> of the plugin configuration (paths are relative to the project directory)",
                    path);
        }
        return PermissionFileReader.read(path, kind);
    }

    private static List<Grant> grantsOf(PermissionFile file, String via) {
        List<Grant> grants = new ArrayList<>();
        for (String permission : file.enabledPermissions()) {
            grants.add(new Grant(
                    permission,
                    via,
                    new Origin(file.file(), file.permissionLines().getOrDefault(permission, 0))));
        }
        return grants;
    }
}
