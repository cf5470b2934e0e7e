package io.github.sfperm.source;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * gitignore rules exactly as the npm package {@code ignore} 5.3.2 (node-ignore) applies them, the library Salesforce's
 * {@code @salesforce/source-deploy-retrieve} reads {@code .forceignore} with: each pattern is turned into the same
 * JavaScript regular expression by the same chain of replacements ({@link #regexSource}), which {@link JsRegex}
 * translates for RE2/J, a regular expression engine whose time is linear in the path for every pattern (node-ignore's
 * own, backtracking, engine is not: sfperm does not inherit that). Matching is case-insensitive the way JavaScript's
 * {@code i} flag is, as node-ignore's default ({@code ignorecase: true}).
 *
 * <p>{@code scripts/forceignore-parity} runs node-ignore itself over the {@code .forceignore} files of real projects
 * and generated patterns; {@code ForceIgnoreParityTest} holds this class to its verdicts and regular expressions.
 */
final class NodeIgnore {

    /** A pattern turned into a rule: {@code negative} for {@code !pattern}. */
    record Rule(String origin, boolean negative, String source, JsRegex regex) {}

    /** The outcome of testing one path, as node-ignore's {@code TestResult}. */
    record Result(boolean ignored, boolean unignored) {}

    /** JavaScript's {@code \s}: Java's misses the Unicode spaces. */
    static final String JS_SPACE =
            "[\\t\\n\\x0B\\f\\r \\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000\\ufeff]";
    /** JavaScript's {@code .}: every character but the four line terminators (Java's {@code .} also excludes U+0085). */
    private static final String JS_DOT = "[^\\n\\r\\u2028\\u2029]";

    private static final Pattern BLANK_LINE = Pattern.compile("^" + JS_SPACE + "+\\z");
    private static final Pattern INVALID_TRAILING_BACKSLASH = Pattern.compile("(?:[^\\\\]|^)\\\\\\z");
    private static final Pattern LEADING_ESCAPED_EXCLAMATION = Pattern.compile("^\\\\!");
    private static final Pattern LEADING_ESCAPED_HASH = Pattern.compile("^\\\\#");
    private static final Pattern CRLF = Pattern.compile("\\r?\\n");
    private static final Pattern RANGE = Pattern.compile("([0-z])-([0-z])");
    private static final Pattern SLASH_NOT_AT_END = Pattern.compile("/(?!\\z)");
    private static final Pattern ESCAPED_STAR = Pattern.compile("\\\\\\*");

    /** One step of node-ignore's {@code REPLACERS}: the pattern, whether it replaces every match, the replacement. */
    private record Replacer(Pattern pattern, boolean global, Function<Step, String> replacement) {}

    /** What a replacement sees: the match, and the original pattern (node-ignore's {@code this}). */
    private record Step(MatchResult match, String input, String pattern) {
        String group(int i) {
            return match.group(i);
        }
    }

    // node-ignore 5.3.2, index.js, REPLACERS, in order; JavaScript's $ (end of input) is written \z, its \s JS_SPACE
    private static final List<Replacer> REPLACERS = List.of(
            // remove BOM
            new Replacer(Pattern.compile("^\\uFEFF"), false, s -> ""),
            // trailing spaces are ignored unless they are quoted with a backslash
            new Replacer(
                    Pattern.compile("((?:\\\\\\\\)*?)(\\\\?" + JS_SPACE + "+)\\z"),
                    false,
                    s -> s.group(1) + (s.group(2).indexOf('\\') == 0 ? " " : "")),
            // replace (\ ) with ' '
            new Replacer(Pattern.compile("(\\\\+?)" + JS_SPACE), true, s -> {
                String m1 = s.group(1);
                return m1.substring(0, m1.length() - m1.length() % 2) + " ";
            }),
            // escape metacharacters
            new Replacer(Pattern.compile("[\\\\$.|*+(){^]"), true, s -> "\\" + s.group(0)),
            // a question mark matches a single character
            new Replacer(Pattern.compile("(?!\\\\)\\?"), true, s -> "[^/]"),
            // leading slash
            new Replacer(Pattern.compile("^/"), false, s -> "^"),
            // replace special metacharacter slash after the leading slash
            new Replacer(Pattern.compile("/"), true, s -> "\\/"),
            // a leading "**/" matches in all directories
            new Replacer(Pattern.compile("^\\^*\\\\\\*\\\\\\*\\\\/"), false, s -> "^(?:.*\\/)?"),
            // starting
            new Replacer(
                    Pattern.compile("^(?=[^^])"),
                    false,
                    s -> !SLASH_NOT_AT_END.matcher(s.pattern()).find() ? "(?:^|\\/)" : "^"),
            // two globstars
            new Replacer(
                    Pattern.compile("\\\\/\\\\\\*\\\\\\*(?=\\\\/|\\z)"),
                    true,
                    s -> s.match().start() + 6 < s.input().length() ? "(?:\\/[^\\/]+)*" : "\\/.+"),
            // normal intermediate wildcards
            new Replacer(
                    Pattern.compile("(^|[^\\\\]+)(\\\\\\*)+(?=" + JS_DOT + "+)"),
                    true,
                    s -> s.group(1) + ESCAPED_STAR.matcher(s.group(2)).replaceAll("[^\\\\/]*")),
            // unescape, revert step 3 except for back slash
            new Replacer(Pattern.compile("\\\\\\\\\\\\(?=[$.|*+(){^])"), true, s -> "\\"),
            // '\\\\' -> '\\'
            new Replacer(Pattern.compile("\\\\\\\\"), true, s -> "\\"),
            // the range notation
            new Replacer(Pattern.compile("(\\\\)?\\[([^\\]/]*?)(\\\\*)(\\z|\\])"), true, s -> {
                String leadEscape = s.group(1);
                String range = s.group(2);
                String endEscape = s.group(3);
                String close = s.group(4);
                if ("\\".equals(leadEscape)) {
                    return "\\[" + range + cleanRangeBackSlash(endEscape) + close;
                }
                if (close.equals("]")) {
                    return endEscape.length() % 2 == 0 ? "[" + sanitizeRange(range) + endEscape + "]" : "[]";
                }
                return "[]";
            }),
            // ending
            new Replacer(
                    Pattern.compile("(?:[^*])\\z"),
                    false,
                    s -> s.group(0).endsWith("/") ? s.group(0) + "$" : s.group(0) + "(?=$|\\/$)"),
            // trailing wildcard
            new Replacer(Pattern.compile("(\\^|\\\\/)?\\\\\\*\\z"), false, s -> {
                String p1 = s.group(1);
                return (p1 != null && !p1.isEmpty() ? p1 + "[^/]+" : "[^/]*") + "(?=$|\\/$)";
            }));

    private final List<Rule> rules;
    private final Map<String, Result> cache = new HashMap<>();

    private NodeIgnore(List<Rule> rules) {
        this.rules = rules;
    }

    /**
     * The rules of {@code contents}, as {@code ignore().add(contents)} reads them.
     *
     * @throws JsRegex.InvalidRegexException where a pattern gives a regular expression JavaScript refuses: node-ignore
     *     then throws, and Salesforce's tooling ignores the whole file
     */
    static NodeIgnore of(String contents) {
        List<Rule> rules = new ArrayList<>();
        for (String pattern : CRLF.split(contents, -1)) {
            if (checkPattern(pattern)) {
                rules.add(createRule(pattern));
            }
        }
        return new NodeIgnore(List.copyOf(rules));
    }

    List<Rule> rules() {
        return rules;
    }

    /** node-ignore's {@code checkPattern}: not blank, not a comment, not ending in a lone backslash. */
    static boolean checkPattern(String pattern) {
        return !pattern.isEmpty()
                && !BLANK_LINE.matcher(pattern).find()
                && !INVALID_TRAILING_BACKSLASH.matcher(pattern).find()
                && pattern.indexOf('#') != 0;
    }

    private static Rule createRule(String origin) {
        boolean negative = origin.indexOf('!') == 0;
        String pattern = negative ? origin.substring(1) : origin;
        pattern = LEADING_ESCAPED_EXCLAMATION.matcher(pattern).replaceFirst("!");
        pattern = LEADING_ESCAPED_HASH.matcher(pattern).replaceFirst("#");
        String source = regexSource(pattern);
        return new Rule(origin, negative, source, JsRegex.compile(source));
    }

    /** The source of the JavaScript regular expression node-ignore makes of {@code pattern} ({@code makeRegex}). */
    static String regexSource(String pattern) {
        String source = pattern;
        for (Replacer replacer : REPLACERS) {
            source = replace(source, replacer, pattern);
        }
        return source;
    }

    private static String replace(String input, Replacer replacer, String pattern) {
        Matcher matcher = replacer.pattern().matcher(input);
        StringBuilder out = new StringBuilder();
        int last = 0;
        while (matcher.find()) {
            out.append(input, last, matcher.start());
            out.append(replacer.replacement().apply(new Step(matcher.toMatchResult(), input, pattern)));
            last = matcher.end();
            if (!replacer.global()) {
                break;
            }
        }
        if (last == 0 && out.isEmpty()) {
            return input;
        }
        return out.append(input, last, input.length()).toString();
    }

    private static String sanitizeRange(String range) {
        return RANGE.matcher(range)
                .replaceAll(
                        m -> m.group(1).charAt(0) <= m.group(2).charAt(0) ? Matcher.quoteReplacement(m.group()) : "");
    }

    private static String cleanRangeBackSlash(String slashes) {
        return slashes.substring(0, slashes.length() - slashes.length() % 2);
    }

    /** Whether {@code path} is one node-ignore refuses ({@code /a}, {@code ./a}, {@code ..}): it throws for those. */
    static boolean isInvalidPath(String path) {
        // node-ignore's /^\.*\/|^\.+$/ (REGEX_TEST_INVALID_PATH), without a regular expression: it runs for every
        // path of the project
        int dots = 0;
        while (dots < path.length() && path.charAt(dots) == '.') {
            dots++;
        }
        return path.isEmpty() || dots == path.length() || path.charAt(dots) == '/';
    }

    /**
     * node-ignore's {@code ignores(path)}: whether {@code path}, or a directory above it (tested as {@code dir/}), is
     * ignored. The path must be valid ({@link #isInvalidPath}).
     */
    boolean ignores(String path) {
        return test(path, null).ignored();
    }

    /**
     * Whether the rules ignore {@code path} itself, its parents aside: {@link #ignores} for a path whose parent
     * directories are known not to be ignored (node-ignore's {@code _testOne}).
     */
    boolean ignoresItself(String path) {
        return testOne(path).ignored();
    }

    // node-ignore's _t: the parents first, each with a trailing slash; a path under an ignored parent is ignored.
    // Only directories are cached: files are tested once each, and a project has many.
    private synchronized Result test(String path, List<String> slices) {
        boolean directory = path.endsWith("/");
        Result cached = directory ? cache.get(path) : null;
        if (cached != null) {
            return cached;
        }
        List<String> parts = slices != null ? slices : new ArrayList<>(List.of(path.split("/", -1)));
        parts.remove(parts.size() - 1);
        Result result;
        if (parts.isEmpty()) {
            result = testOne(path);
        } else {
            Result parent = test(String.join("/", parts) + "/", parts);
            result = parent.ignored() ? parent : testOne(path);
        }
        if (directory) {
            cache.put(path, result);
        }
        return result;
    }

    // node-ignore's _testOne with checkUnignored false: the last rule that matches decides
    private Result testOne(String path) {
        boolean ignored = false;
        boolean unignored = false;
        String canonical = null;
        for (Rule rule : rules) {
            boolean negative = rule.negative();
            if (unignored == negative && ignored != unignored || negative && !ignored && !unignored) {
                continue;
            }
            if (canonical == null) {
                canonical = JsRegex.canonicalize(path);
            }
            if (rule.regex().test(canonical)) {
                ignored = !negative;
                unignored = negative;
            }
        }
        return new Result(ignored, unignored);
    }
}
