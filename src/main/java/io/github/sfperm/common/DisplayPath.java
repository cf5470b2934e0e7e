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

    /**
     * {@code text} with every absolute path under {@code base} shown relative to it: messages of the JDK and of
     * libraries (an {@code AccessDeniedException}, a parser's) name files by their absolute path, which a build log
     * should not show (it tells the runner's directory layout, and differs from machine to machine).
     */
    public static String scrub(Path base, String text) {
        if (base == null || text == null) {
            return text;
        }
        String result = text;
        for (Path form : forms(base)) {
            String prefix = form.toString();
            if (prefix.length() <= 1) {
                continue; // the root: every path is under it
            }
            result = result.replace(prefix + form.getFileSystem().getSeparator(), "");
            result = result.replace(prefix, ".");
        }
        return result;
    }

    private static java.util.List<Path> forms(Path base) {
        Path absolute = base.toAbsolutePath().normalize();
        try {
            Path real = absolute.toRealPath();
            return real.equals(absolute) ? java.util.List.of(absolute) : java.util.List.of(absolute, real);
        } catch (java.io.IOException e) {
            return java.util.List.of(absolute);
        }
    }
}
