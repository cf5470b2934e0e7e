package io.github.sfperm.source;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfperm.common.InputException;
import io.github.sfperm.common.InputFiles;
import io.github.sfperm.common.JsonFiles;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A Salesforce DX project file, {@code sfdx-project.json}: its package directories (in the order listed, paths
 * normalised: {@code ./force-app/} is {@code force-app}; listed twice, kept once), its {@code sourceApiVersion} and
 * {@code namespace}. Every package directory must exist inside the project, symbolic links resolved.
 *
 * @param file the {@code sfdx-project.json} file
 * @param packageDirectories the package directories, in the order of the file
 * @param sourceApiVersion the API version of the source, if set
 * @param namespace the namespace prefix, empty for none
 * @param notes what was accepted but is worth saying (a package directory listed twice)
 */
public record SfdxProject(
        Path file,
        List<PackageDirectory> packageDirectories,
        Optional<String> sourceApiVersion,
        String namespace,
        List<String> notes) {

    /** The file name. */
    public static final String FILE_NAME = "sfdx-project.json";

    public SfdxProject {
        packageDirectories = List.copyOf(packageDirectories);
        notes = List.copyOf(notes);
    }

    /** The project directory (where {@code sfdx-project.json} lies). */
    public Path directory() {
        return file.toAbsolutePath().normalize().getParent();
    }

    /** Reads {@code file}; every problem is an {@link InputException} naming the file (and line and column). */
    public static SfdxProject read(Path file) throws InputException {
        InputFiles.requireInside(file.toAbsolutePath().normalize().getParent(), file);
        return interpret(JsonFiles.read(file), file);
    }

    /** The same reading, from bytes in memory: for the fuzz tests; {@code file} says where the project lies. */
    static SfdxProject read(InputStream in, Path file) throws InputException {
        return interpret(JsonFiles.read(in, file), file);
    }

    private static SfdxProject interpret(JsonNode root, Path file) throws InputException {
        Path project = file.toAbsolutePath().normalize().getParent();
        if (!root.isObject()) {
            throw new InputException("must hold a JSON object with \"packageDirectories\"", file);
        }
        JsonNode directories = root.get("packageDirectories");
        if (directories == null || !directories.isArray() || directories.isEmpty()) {
            throw new InputException(
                    "has no \"packageDirectories\": list at least one, such as"
                            + " [{\"path\": \"force-app\", \"default\": true}]",
                    file);
        }
        Map<String, PackageDirectory> byPath = new LinkedHashMap<>();
        List<String> notes = new ArrayList<>();
        for (int i = 0; i < directories.size(); i++) {
            JsonNode entry = directories.get(i);
            JsonNode path = entry.get("path");
            String where = "packageDirectories[" + i + "]";
            if (path == null || !path.isTextual() || path.asText().isBlank()) {
                throw new InputException(
                        where + " has no \"path\": give the directory of the package, relative" + " to the project",
                        file);
            }
            String declared = path.asText();
            Path directory = resolve(project, declared, file, where);
            String normalised = PackageDirectory.display(project, directory);
            if (byPath.containsKey(normalised)) {
                notes.add("package directory \"" + declared + "\" is listed more than once in " + FILE_NAME
                        + "; read once");
                continue;
            }
            byPath.put(
                    normalised,
                    new PackageDirectory(
                            normalised,
                            declared,
                            directory,
                            entry.path("default").asBoolean(false)));
        }
        JsonNode version = root.get("sourceApiVersion");
        Optional<String> sourceApiVersion =
                version != null && version.isValueNode() && !version.asText().isBlank()
                        ? Optional.of(version.asText().trim())
                        : Optional.empty();
        return new SfdxProject(
                file,
                new ArrayList<>(byPath.values()),
                sourceApiVersion,
                root.path("namespace").asText(""),
                notes);
    }

    private static Path resolve(Path project, String declared, Path file, String where) throws InputException {
        String path = declared.trim().replace('\\', '/');
        Path directory;
        try {
            directory = project.resolve(path).normalize();
        } catch (InvalidPathException e) {
            throw new InputException(where + ".path \"" + declared + "\" is not a valid path: " + e.getReason(), file);
        }
        if (Path.of(path).isAbsolute() || !directory.startsWith(project)) {
            throw new InputException(
                    where + ".path \"" + declared + "\" points outside the project: package"
                            + " directories are relative to " + FILE_NAME + " and inside its directory",
                    file);
        }
        if (!Files.isDirectory(directory)) {
            throw new InputException(
                    where + ".path \"" + declared + "\" does not exist (looked for "
                            + PackageDirectory.display(project, directory) + "): create it or correct " + FILE_NAME,
                    file);
        }
        if (!InputFiles.staysInside(project, directory)) {
            throw new InputException(
                    where + ".path \"" + declared + "\" is a symbolic link (or lies below one) that"
                            + " leads outside the project: sfperm reads only files inside the project directory",
                    file);
        }
        return directory;
    }
}
