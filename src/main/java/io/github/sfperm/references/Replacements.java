package io.github.sfperm.references;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfperm.common.InputException;
import io.github.sfperm.common.JsonFiles;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The {@code replacements} of {@code sfdx-project.json}: strings the Salesforce CLI replaces in the files it deploys.
 * A value a replacement changes is not the value deployed: with {@code replaceWithEnv} and the variable set, the
 * deployed value is worked out; otherwise (a file, an unset variable) it cannot be known offline.
 */
public final class Replacements {

    private static final Replacements NONE = new Replacements(Path.of("."), List.of(), Map.of());

    private record Replacement(
            Optional<String> filename,
            Optional<PathMatcher> glob,
            Optional<String> string,
            Optional<Pattern> regex,
            Optional<String> env,
            List<Map.Entry<String, String>> when) {}

    private final Path projectDir;
    private final List<Replacement> replacements;
    private final Map<String, String> environment;

    private Replacements(Path projectDir, List<Replacement> replacements, Map<String, String> environment) {
        this.projectDir = projectDir;
        this.replacements = replacements;
        this.environment = environment;
    }

    public static Replacements none() {
        return NONE;
    }

    /** The replacements of {@code projectDir}'s {@code sfdx-project.json}; none without that file. */
    public static Replacements read(Path projectDir, Map<String, String> environment) throws InputException {
        Path file = projectDir.resolve("sfdx-project.json");
        if (!Files.isRegularFile(file)) {
            return NONE;
        }
        JsonNode list = JsonFiles.read(file).path("replacements");
        if (!list.isArray() || list.isEmpty()) {
            return NONE;
        }
        List<Replacement> replacements = new ArrayList<>();
        for (JsonNode node : list) {
            List<Map.Entry<String, String>> when = new ArrayList<>();
            for (JsonNode condition : node.path("replaceWhenEnv")) {
                when.add(Map.entry(
                        condition.path("env").asText(), condition.path("value").asText()));
            }
            Optional<Pattern> regex = Optional.empty();
            if (node.hasNonNull("regexToReplace")) {
                try {
                    regex = Optional.of(
                            Pattern.compile(node.get("regexToReplace").asText()));
                } catch (PatternSyntaxException e) {
                    throw new InputException(
                            "replacements: regexToReplace is not a regular expression: " + e.getDescription(), file, e);
                }
            }
            replacements.add(new Replacement(
                    text(node, "filename"),
                    text(node, "glob").map(g -> FileSystems.getDefault().getPathMatcher("glob:" + g)),
                    text(node, "stringToReplace"),
                    regex,
                    text(node, "replaceWithEnv"),
                    when));
        }
        return new Replacements(projectDir, replacements, environment);
    }

    private static Optional<String> text(JsonNode node, String field) {
        return node.hasNonNull(field) ? Optional.of(node.get(field).asText()) : Optional.empty();
    }

    /**
     * The value deployed for {@code value} written in {@code file}: itself when no replacement touches it; the
     * replaced value when every replacement that touches it takes an environment variable that is set; empty when it
     * cannot be known offline.
     */
    public Optional<String> deployed(Path file, String value) {
        String result = value;
        Path relative = projectDir
                .toAbsolutePath()
                .normalize()
                .relativize(file.toAbsolutePath().normalize());
        String relativeText = relative.toString().replace('\\', '/');
        for (Replacement replacement : replacements) {
            boolean applies =
                    replacement.filename().map(f -> f.equals(relativeText)).orElse(false)
                            || replacement.glob().map(g -> g.matches(relative)).orElse(false);
            if (!applies || !conditionHolds(replacement)) {
                continue;
            }
            String current = result;
            boolean touches = replacement.string().map(current::contains).orElse(false)
                    || replacement.regex().map(r -> r.matcher(current).find()).orElse(false);
            if (!touches) {
                continue;
            }
            Optional<String> with = replacement.env().map(environment::get);
            if (with.isEmpty()) {
                return Optional.empty();
            }
            String by = with.get();
            result = replacement.string().isPresent()
                    ? result.replace(replacement.string().get(), by)
                    : replacement.regex().get().matcher(result).replaceAll(Matcher.quoteReplacement(by));
        }
        return Optional.of(result);
    }

    private boolean conditionHolds(Replacement replacement) {
        for (Map.Entry<String, String> condition : replacement.when()) {
            if (!condition.getValue().equals(environment.get(condition.getKey()))) {
                return false;
            }
        }
        return true;
    }
}
