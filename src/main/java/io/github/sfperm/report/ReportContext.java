package io.github.sfperm.report;

import io.github.sfperm.registry.MetadataRegistry;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * What the report writers need besides the {@link io.github.sfperm.check.CheckResult}.
 *
 * @param baseDir the project directory: every path in a report is relative to it, with {@code /}
 * @param pluginVersion the plugin's version ({@code 0.1.0})
 * @param moduleName the Maven module ({@code artifactId}); names the JUnit suite, the SARIF run category and the
 *     Markdown heading, so that the reports of several modules can be told apart; may be empty
 * @param registryVersion which release of the metadata registry the check used ({@code 12.37.2}); may be empty
 * @param failOnViolation whether an ERROR finding fails the build: reported as the gate decision
 */
public record ReportContext(
        Path baseDir, String pluginVersion, String moduleName, String registryVersion, boolean failOnViolation) {

    public ReportContext {
        baseDir = Objects.requireNonNull(baseDir, "baseDir").toAbsolutePath().normalize();
        pluginVersion = pluginVersion == null ? "" : pluginVersion;
        moduleName = moduleName == null ? "" : moduleName;
        registryVersion = registryVersion == null ? "" : registryVersion;
    }

    /** A context for the built-in metadata registry, failing on violations (the plugin's defaults). */
    public static ReportContext of(Path baseDir, String pluginVersion, String moduleName) {
        return new ReportContext(
                baseDir,
                pluginVersion,
                moduleName,
                MetadataRegistry.builtIn().derivedFrom().version(),
                true);
    }

    /** This context with {@code failOnViolation} set as the build has it. */
    public ReportContext withFailOnViolation(boolean value) {
        return new ReportContext(baseDir, pluginVersion, moduleName, registryVersion, value);
    }

    /**
     * {@code file} relative to {@link #baseDir()}, with {@code /}; a relative {@code file} as it is. Empty for an
     * absolute path outside the project: reports never carry absolute paths, so that they are the same on every
     * machine.
     */
    public Optional<String> relative(Path file) {
        Last last = LAST.get();
        if (last.file == file && last.base.equals(baseDir)) {
            return last.relative;
        }
        Optional<String> relative = relativeOf(file);
        LAST.set(new Last(baseDir, file, relative));
        return relative;
    }

    /**
     * The last path made relative on this thread, and its URI once asked for: the components of a manifest, and the
     * findings about them, share one path object, and the reports make it relative for each of them.
     */
    private static final class Last {
        final Path base;
        final Path file;
        final Optional<String> relative;
        Optional<String> uri;

        Last(Path base, Path file, Optional<String> relative) {
            this.base = base;
            this.file = file;
            this.relative = relative;
        }
    }

    private static final ThreadLocal<Last> LAST =
            ThreadLocal.withInitial(() -> new Last(Path.of(""), null, Optional.empty()));

    private Optional<String> relativeOf(Path file) {
        Path shown;
        if (!file.isAbsolute()) {
            shown = file.normalize();
        } else {
            Path normal = file.normalize();
            if (!normal.startsWith(baseDir)) {
                return Optional.empty();
            }
            shown = baseDir.relativize(normal);
        }
        String text = shown.toString().replace('\\', '/');
        return Optional.of(text.isEmpty() ? "." : text);
    }

    /** {@link #relative(Path)} as a relative URI reference: each segment percent-encoded where it must be. */
    public Optional<String> relativeUri(Path file) {
        relative(file);
        Last last = LAST.get();
        if (last.uri == null) {
            last.uri = last.relative.map(ReportContext::toUri);
        }
        return last.uri;
    }

    private static String toUri(String relativePath) {
        String path = relativePath;
        int slash = path.indexOf('/');
        String first = slash < 0 ? path : path.substring(0, slash);
        if (first.contains(":")) {
            path = "./" + path; // not a scheme
        }
        try {
            return new URI(null, null, path, null).toASCIIString();
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("cannot write '" + relativePath + "' as a URI", e);
        }
    }
}
