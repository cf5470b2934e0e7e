package io.github.sfperm.common;

import java.nio.file.Path;

/** How a path is shown to users: relative to the project when it lies inside it, always with {@code /}. */
public final class DisplayPath {

    private DisplayPath() {}

    public static String of(Path base, Path file) {
        Path shown = file;
        if (base != null) {
            Path absBase = base.toAbsolutePath().normalize();
            Path absFile = file.toAbsolutePath().normalize();
            if (absFile.startsWith(absBase)) {
                shown = absBase.relativize(absFile);
            }
        }
        String text = shown.toString().replace('\\', '/');
        return text.isEmpty() ? "." : text;
    }
}
