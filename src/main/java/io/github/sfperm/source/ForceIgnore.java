package io.github.sfperm.source;

import io.github.sfperm.common.InputException;
import io.github.sfperm.common.InputFiles;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.eclipse.jgit.errors.InvalidPatternException;
import org.eclipse.jgit.ignore.IgnoreNode;
// JGit's own factory for the matcher of one pattern: the public FastIgnoreRule logs a bad pattern instead of throwing
import org.eclipse.jgit.ignore.internal.PathMatcher;

/**
 * The {@code .forceignore} of a project: gitignore patterns, as Salesforce's tooling reads them with node-ignore,
 * matched here with JGit's implementation of the same rules. When the file exists, Salesforce's default patterns
 * ({@link #DEFAULT_PATTERNS}) come first, so the file can override them; without the file nothing is ignored (the
 * defaults do not apply either), as in {@code @salesforce/source-deploy-retrieve}.
 *
 * <p>Paths are relative to the directory of the {@code .forceignore} file, with {@code /}. A path is ignored when a
 * directory above it is ignored (a pattern cannot re-include a file inside an ignored directory), else when the last
 * pattern that matches it ignores it.
 */
public final class ForceIgnore {

    /** The file name. */
    public static final String FILE_NAME = ".forceignore";

    /**
     * The patterns SDR puts before the project's own (its {@code ForceIgnore.DEFAULT_IGNORE}): duplicates, dot files
     * (except the CLI's own {@code .sf/orgs/<org>/remoteMetadata}), and package descriptors.
     */
    public static final List<String> DEFAULT_PATTERNS = List.of(
            "**/*.dup",
            "**/.*",
            "!.sf",
            "**/.sf/**",
            "!**/.sf/orgs",
            "!**/.sf/orgs/**",
            "**/.sf/orgs/*/**",
            "!**/.sf/orgs/*/remoteMetadata",
            "!**/.sf/orgs/*/remoteMetadata/**",
            "**/package2-descriptor.json",
            "**/package2-manifest.json");

    private static final ForceIgnore NONE = new ForceIgnore(null, null);

    /**
     * The most {@code *} a path segment of a pattern may hold ({@code **} segments aside): matching a segment with
     * {@code k} of them against a name of {@code n} characters takes up to about {@code n^(k-1)} steps in JGit's
     * regular expression, so {@code *a*a*a*a*a*a*a*a*a*a*b} took over a second on a 30-character name and hours on a
     * 60-character one. Three keeps the worst case well under a millisecond for any file name.
     */
    static final int MAX_STARS_PER_SEGMENT = 3;

    private final IgnoreNode rules;
    private final Path file;

    private ForceIgnore(IgnoreNode rules, Path file) {
        this.rules = rules;
        this.file = file;
    }

    /** Ignores nothing: a project without {@code .forceignore}, or a Metadata API folder. */
    public static ForceIgnore none() {
        return NONE;
    }

    /**
     * The rules of {@code dir/.forceignore}, or {@link #none()} when that file does not exist. The file is read as
     * UTF-8 (bytes that are not are read as U+FFFD, as Salesforce's tooling does); a line JGit cannot read as a
     * pattern is an error, since sfperm could not tell which files it ignores.
     */
    public static ForceIgnore of(Path dir) throws InputException {
        Path file = dir.resolve(FILE_NAME);
        if (!Files.exists(file)) {
            return NONE;
        }
        InputFiles.requireInside(dir, file);
        try (InputStream in = InputFiles.open(file)) {
            return read(in.readAllBytes(), file);
        } catch (IOException e) {
            throw new InputException("cannot be read: " + e.getMessage(), file, e);
        }
    }

    /** The rules of a {@code .forceignore} whose bytes are {@code contents}; {@code file} names it in messages. */
    static ForceIgnore read(byte[] contents, Path file) throws InputException {
        String text = new String(contents, StandardCharsets.UTF_8);
        requireValidPatterns(text, file);
        return parse(String.join("\n", DEFAULT_PATTERNS) + "\n" + text, file);
    }

    /**
     * Refuses a line JGit cannot read as a pattern (an unclosed or reversed {@code [...]} range): JGit would log it
     * with a stack trace and skip it, so that sfperm silently ignored less than Salesforce's tooling. Lines are those
     * {@link IgnoreNode#parse} reads as patterns (not comments or blank lines); each is compiled with the matcher
     * factory {@code IgnoreNode} itself uses, which throws instead of logging.
     */
    private static void requireValidPatterns(String contents, Path file) throws InputException {
        List<String> lines =
                new BufferedReader(new StringReader(contents)).lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int stars = mostStarsInASegment(line);
            if (stars > MAX_STARS_PER_SEGMENT) {
                throw new InputException(
                        "the pattern \"" + line + "\" has " + stars + " * in one path segment; sfperm"
                                + " takes at most " + MAX_STARS_PER_SEGMENT
                                + ", because JGit matches such a segment with a"
                                + " backtracking regular expression whose time grows with the power of that number (a long"
                                + " file name could stall the build): simplify the pattern",
                        file,
                        i + 1,
                        0,
                        null);
            }
            try {
                PathMatcher.createPathMatcher(line.startsWith("!") ? line.substring(1) : line, '/', false);
            } catch (InvalidPatternException e) {
                throw new InputException(
                        "the pattern \"" + line + "\" cannot be read (" + e.getMessage() + "), so"
                                + " sfperm cannot tell which files it ignores: correct it (a literal [ is written \\[) or"
                                + " remove the line",
                        file,
                        i + 1,
                        0,
                        e);
            }
        }
    }

    /** The largest number of unescaped {@code *} in one {@code /}-separated segment of {@code pattern}, not {@code **}. */
    static int mostStarsInASegment(String pattern) {
        int most = 0;
        for (String segment : pattern.split("/")) {
            if (segment.equals("**")) {
                continue;
            }
            int stars = 0;
            for (int i = 0; i < segment.length(); i++) {
                if (segment.charAt(i) == '\\') {
                    i++;
                } else if (segment.charAt(i) == '*') {
                    stars++;
                }
            }
            most = Math.max(most, stars);
        }
        return most;
    }

    /** Rules from text (the whole {@code .forceignore}, defaults included); {@code file} names it in messages. */
    static ForceIgnore parse(String patterns, Path file) throws InputException {
        IgnoreNode node = new IgnoreNode();
        try {
            node.parse(
                    file == null ? null : file.toString(),
                    new ByteArrayInputStream(patterns.getBytes(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new InputException("cannot be read as ignore patterns: " + e.getMessage(), file, e);
        }
        return new ForceIgnore(node, file);
    }

    /** The {@code .forceignore} file these rules come from, if any. */
    public Optional<Path> file() {
        return Optional.ofNullable(file);
    }

    /** Whether any rule applies at all. */
    public boolean isActive() {
        return rules != null;
    }

    /**
     * Whether the patterns ignore {@code relativePath} itself (its parent directories are not looked at here: the
     * caller knows whether they are ignored).
     *
     * @param relativePath relative to the {@code .forceignore} directory: file names (never empty) joined by {@code /},
     *     as the source tree reader builds them; JGit fails on other shapes, such as {@code /} alone
     * @param directory whether the path is a directory (patterns ending in {@code /} match only directories)
     */
    public boolean matches(String relativePath, boolean directory) {
        if (rules == null || relativePath.isEmpty()) {
            return false;
        }
        return Boolean.TRUE.equals(rules.checkIgnored(relativePath, directory));
    }

    /** Whether {@code relativePath} is ignored: it, or a directory above it, matches. */
    public boolean denies(String relativePath, boolean directory) {
        if (rules == null) {
            return false;
        }
        String[] parts = relativePath.split("/");
        StringBuilder prefix = new StringBuilder();
        for (int i = 0; i < parts.length - 1; i++) {
            if (i > 0) {
                prefix.append('/');
            }
            prefix.append(parts[i]);
            if (matches(prefix.toString(), true)) {
                return true;
            }
        }
        return matches(relativePath, directory);
    }
}
