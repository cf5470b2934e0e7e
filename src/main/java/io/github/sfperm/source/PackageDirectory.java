package io.github.sfperm.source;

import java.nio.file.Path;

/**
 * A directory whose files are deployed: a package directory of {@code sfdx-project.json}, or a Metadata API format
 * folder.
 *
 * @param path relative to the project, normalised, with {@code /} ({@code es-base-objects}; {@code .} for the project
 *     directory itself)
 * @param declaredPath as written in {@code sfdx-project.json} ({@code ./es-base-objects}), or as found
 * @param directory the absolute directory
 * @param isDefault whether {@code sfdx-project.json} marks it {@code "default": true}
 */
public record PackageDirectory(String path, String declaredPath, Path directory, boolean isDefault) {

    static String display(Path project, Path directory) {
        String relative = project.relativize(directory).toString().replace('\\', '/');
        return relative.isEmpty() ? "." : relative;
    }
}
