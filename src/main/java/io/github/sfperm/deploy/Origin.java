package io.github.sfperm.deploy;

import io.github.sfperm.common.DisplayPath;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Where something came from: a file and, for XML, the line of the element (0 when a line makes no sense, as for a
 * component found from its file name in the source tree).
 */
public record Origin(Path file, int line) {

    public Origin {
        Objects.requireNonNull(file, "file");
    }

    public static Origin of(Path file) {
        return new Origin(file, 0);
    }

    /** {@code manifest/package.xml:12}, relative to {@code base}. */
    public String display(Path base) {
        String path = DisplayPath.of(base, file);
        return line > 0 ? path + ":" + line : path;
    }
}
