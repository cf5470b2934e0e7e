package io.github.sfperm.source;

import io.github.sfperm.common.InputException;
import io.github.sfperm.common.InputFiles;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The {@code .forceignore} of a project: gitignore patterns, applied exactly as Salesforce's tooling applies them
 * ({@code @salesforce/source-deploy-retrieve}'s {@code ForceIgnore}, with the npm package {@code ignore} 5.3.2; see
 * {@link NodeIgnore}). When the file exists, Salesforce's default patterns ({@link #DEFAULT_PATTERNS}) come first, so
 * the file can override them; without the file nothing is ignored (the defaults do not apply either). Every pattern
 * the Salesforce CLI accepts is accepted, and matching takes time linear in the path whatever the pattern.
 *
 * <p>Paths are relative to the directory of the {@code .forceignore} file, with {@code /}. A path is denied as SDR
 * denies it: when node-ignore ignores it (itself, or a directory above it written with a trailing {@code /}), or, for
 * a directory, when it ignores the path with a trailing {@code /}. Matching is case-insensitive, as node-ignore's is.
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

    private static final ForceIgnore NONE = new ForceIgnore(null, null, null);

    private final NodeIgnore rules;
    private final Path file;
    private final String disregarded;

    private ForceIgnore(NodeIgnore rules, Path file, String disregarded) {
        this.rules = rules;
        this.file = file;
        this.disregarded = disregarded;
    }

    /** Ignores nothing: a project without {@code .forceignore}, or a Metadata API folder. */
    public static ForceIgnore none() {
        return NONE;
    }

    /**
     * The rules of {@code dir/.forceignore}, or {@link #none()} when that file does not exist. The file is read as
     * UTF-8 (bytes that are not are read as U+FFFD, as Salesforce's tooling does).
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
    static ForceIgnore read(byte[] contents, Path file) {
        return parse(String.join("\n", DEFAULT_PATTERNS) + "\n" + new String(contents, StandardCharsets.UTF_8), file);
    }

    /**
     * Rules from text (the whole {@code .forceignore}, defaults included); {@code file} names it in messages. Where a
     * line makes a regular expression JavaScript refuses (a reversed range such as {@code [z-a]} outside
     * {@code 0-z}), node-ignore throws and Salesforce's tooling ignores nothing at all: so does sfperm, and
     * {@link #disregarded()} says why.
     */
    static ForceIgnore parse(String patterns, Path file) {
        try {
            return new ForceIgnore(NodeIgnore.of(patterns), file, null);
        } catch (JsRegex.InvalidRegexException e) {
            return new ForceIgnore(
                    null,
                    file,
                    "the Salesforce CLI ignores no file by this .forceignore, since one of its patterns is not a valid"
                            + " regular expression for its ignore library (" + e.getMessage()
                            + "); sfperm does the same");
        }
    }

    /** The {@code .forceignore} file these rules come from, if any. */
    public Optional<Path> file() {
        return Optional.ofNullable(file);
    }

    /** Why the file exists but ignores nothing, as for Salesforce's tooling; empty when it applies. */
    public Optional<String> disregarded() {
        return Optional.ofNullable(disregarded);
    }

    /** Whether any rule applies at all. */
    public boolean isActive() {
        return rules != null;
    }

    /**
     * Whether SDR's {@code ForceIgnore.denies} denies {@code relativePath}: node-ignore ignores it (or a directory above
     * it), or it is a directory and node-ignore ignores it with a trailing {@code /}. A path node-ignore refuses
     * ({@code ..}, {@code ...}) is not denied, as in SDR, which catches that error.
     *
     * @param relativePath relative to the {@code .forceignore} directory: file names joined by {@code /}
     * @param directory whether the path is a directory (patterns ending in {@code /} match only directories)
     */
    public boolean matches(String relativePath, boolean directory) {
        if (rules == null || NodeIgnore.isInvalidPath(relativePath)) {
            return false;
        }
        return rules.ignores(relativePath) || directory && rules.ignores(relativePath + "/");
    }

    /**
     * {@link #matches} for a path none of whose parent directories is denied (a reader that walks the tree from the
     * top knows): node-ignore's verdicts on those parents are then known, and only the path itself is tested.
     */
    public boolean matchesBelowAllowedParent(String relativePath, boolean directory) {
        if (rules == null || NodeIgnore.isInvalidPath(relativePath)) {
            return false;
        }
        return rules.ignoresItself(relativePath) || directory && rules.ignoresItself(relativePath + "/");
    }

    /** Whether {@code relativePath} is ignored: it, or a directory above it, is denied. */
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
