package io.github.sfperm.deploy;

import io.github.sfperm.common.InputException;
import io.github.sfperm.common.InputFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds the manifests of a deployment: {@code package.xml} (configured, or by default {@code manifest/package.xml},
 * else {@code package.xml}, else {@code src/package.xml}) and, in the same directory, the destructive manifests
 * {@code destructiveChangesPre.xml}, {@code destructiveChanges.xml} and {@code destructiveChangesPost.xml}.
 */
public final class ManifestLocator {

    /** Where {@code package.xml} is looked for when none is configured, in this order. */
    public static final List<String> DEFAULT_LOCATIONS =
            List.of("manifest/package.xml", "package.xml", "src/package.xml");

    /** The destructive manifests read from beside {@code package.xml}, in the order Salesforce applies them. */
    public static final List<String> DESTRUCTIVE_NAMES =
            List.of("destructiveChangesPre.xml", "destructiveChanges.xml", "destructiveChangesPost.xml");

    private ManifestLocator() {}

    /**
     * The {@code package.xml} to read: {@code configured} (which must exist) or the first default location that
     * exists; empty when nothing is configured and no default exists. A manifest in the project must really be in it:
     * a symbolic link out of the project is refused.
     */
    public static Optional<Path> packageXml(Path baseDir, Optional<Path> configured) throws InputException {
        Optional<Path> found = find(baseDir, configured);
        if (found.isPresent()) {
            InputFiles.requireInside(baseDir, found.get());
        }
        return found;
    }

    private static Optional<Path> find(Path baseDir, Optional<Path> configured) throws InputException {
        if (configured.isPresent()) {
            Path manifest = configured.get();
            if (!Files.exists(manifest)) {
                throw new InputException(
                        "the configured manifest does not exist; check <manifest> (or"
                                + " -Dsfperm.manifest), which is relative to the project directory",
                        manifest);
            }
            if (Files.isDirectory(manifest)) {
                throw new InputException(
                        "the configured manifest is a directory; name the package.xml file" + " itself", manifest);
            }
            return Optional.of(manifest);
        }
        for (String location : DEFAULT_LOCATIONS) {
            Path candidate = baseDir.resolve(location);
            if (Files.isRegularFile(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /**
     * Reads {@code packageXml} and the destructive manifests beside it; a destructive manifest in the project that is
     * a symbolic link out of it is refused.
     */
    public static List<Manifest> readWithDestructive(Path baseDir, Path packageXml) throws InputException {
        List<Manifest> manifests = new ArrayList<>();
        manifests.add(ManifestReader.read(packageXml, Operation.DEPLOY));
        Path dir = packageXml.toAbsolutePath().getParent();
        for (String name : DESTRUCTIVE_NAMES) {
            Path destructive = dir.resolve(name);
            if (Files.isRegularFile(destructive)) {
                InputFiles.requireInside(baseDir, destructive);
                manifests.add(ManifestReader.read(destructive, Operation.DELETE));
            }
        }
        return manifests;
    }
}
