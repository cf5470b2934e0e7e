package io.github.sfperm.source;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A JavaScript regular expression (no {@code u} flag, {@code i} flag), as node-ignore makes them, run by RE2/J: the
 * source is translated into RE2 syntax with JavaScript's meaning, and matched in time linear in the input whatever the
 * pattern (no backtracking).
 *
 * <p>JavaScript's case-insensitive matching compares characters after its {@code Canonicalize} (upper case, but never
 * from a non-ASCII character to an ASCII one, and never to two characters), which differs from Unicode case folding
 * (RE2's {@code (?i)}): {@code k} does not match the Kelvin sign, {@code s} not the long s. So both sides are
 * canonicalized instead: every literal and class of the pattern maps to its canonical characters
 * ({@link #compile}), the path too ({@link #canonicalize}), and the match is exact.
 *
 * <p>Not reproduced: JavaScript reads a string as UTF-16 code units, RE2/J as code points, so a pattern's {@code ?}
 * matches half of an emoji in a file name for node-ignore and all of it here.
 */
final class JsRegex {

    /** A source JavaScript refuses to compile ({@code new RegExp} throws a {@code SyntaxError}). */
    static final class InvalidRegexException extends RuntimeException {
        InvalidRegexException(String message) {
            super(message);
        }
    }

    /** The canonical form of every UTF-16 unit, and the units whose canonical form is another; built on first need. */
    private static final class Table {
        static final char[] CANONICAL = new char[Character.MAX_VALUE + 1];
        static final BitSet NON_CANONICAL = new BitSet(Character.MAX_VALUE + 1);

        static {
            for (int c = 0; c <= Character.MAX_VALUE; c++) {
                CANONICAL[c] = (char) canonical(c);
                if (CANONICAL[c] != c) {
                    NON_CANONICAL.set(c);
                }
            }
        }
    }

    /** Compiled expressions by source: Salesforce's default patterns recur in every project and module. */
    private static final Map<String, JsRegex> CACHE = Collections.synchronizedMap(new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, JsRegex> eldest) {
            return size() > 256;
        }
    });

    private final com.google.re2j.Pattern pattern;
    private final String re2;
    private final Prefilter prefilter;

    private JsRegex(String re2, Prefilter prefilter) {
        this.re2 = re2;
        this.prefilter = prefilter;
        try {
            this.pattern = com.google.re2j.Pattern.compile(re2);
        } catch (com.google.re2j.PatternSyntaxException e) {
            // node-ignore leaves ( and ) unescaped after an escaped backslash (\\( in a pattern): unbalanced,
            // JavaScript
            // refuses them as well
            throw new InvalidRegexException(e.getDescription());
        }
    }

    /** Compiles the JavaScript source {@code js} (as for {@code new RegExp(js, 'i')}). */
    static JsRegex compile(String js) {
        JsRegex cached = CACHE.get(js);
        if (cached == null) {
            cached = new JsRegex(new Translator(js).translate(), Prefilter.of(js));
            CACHE.put(js, cached);
        }
        return cached;
    }

    /** The RE2 source this regular expression runs as. */
    String re2() {
        return re2;
    }

    /** JavaScript's {@code regex.test(input)}, for an input already {@link #canonicalize canonicalized}. */
    boolean test(String canonicalInput) {
        return prefilter.mayMatch(canonicalInput)
                && pattern.matcher(canonicalInput).find();
    }

    /**
     * A literal every match contains, checked before the regular expression runs (most paths match no rule): the
     * longest run of literal characters at the top level of the expression, and, where it starts the expression after
     * node-ignore's {@code ^}, {@code (?:^|\/)} or {@code ^(?:.*\/)?}, where it must stand. Canonical, like inputs.
     */
    record Prefilter(String literal, boolean atStart, boolean atSegmentStart) {

        private static final Prefilter NONE = new Prefilter("", false, false);
        private static final String META = "[](){}|*+?.^$\\";

        boolean mayMatch(String input) {
            if (literal.isEmpty()) {
                return true;
            }
            if (atStart) {
                return input.startsWith(literal);
            }
            if (atSegmentStart) {
                return input.startsWith(literal) || input.contains("/" + literal);
            }
            return input.contains(literal);
        }

        static Prefilter of(String js) {
            int i = 0;
            int anchor = 0; // 1: at the start, 2: at the start of a segment
            if (js.startsWith("^(?:.*\\/)?")) {
                i = "^(?:.*\\/)?".length();
                anchor = 2;
            } else if (js.startsWith("(?:^|\\/)")) {
                i = "(?:^|\\/)".length();
                anchor = 2;
            } else if (js.startsWith("^") && !js.startsWith("^(")) {
                i = 1;
                anchor = 1;
            }
            String best = "";
            boolean bestAnchored = false;
            StringBuilder run = new StringBuilder();
            boolean runAnchored = anchor != 0;
            int depth = 0;
            while (i <= js.length()) {
                char c = i < js.length() ? js.charAt(i) : '\u0000';
                int next = i + 1;
                int literal = -1;
                if (i == js.length()) {
                    literal = -1;
                } else if (c == '|' && depth == 0) {
                    return NONE; // an alternation at the top: no literal is required
                } else if (c == '\\' && i + 1 < js.length() && META.indexOf(js.charAt(i + 1)) >= 0
                        || c == '\\' && i + 1 < js.length() && "/-,:;!\"'#%&=<>@`~ ".indexOf(js.charAt(i + 1)) >= 0) {
                    literal = depth == 0 ? js.charAt(i + 1) : -1;
                    next = i + 2;
                } else if (c == '\\') {
                    next = i + 2; // a class escape, \b, a numeric escape: not a literal character
                } else if (c == '[') {
                    int close = js.indexOf(']', i + 1);
                    next = close < 0 ? js.length() : close + 1;
                } else if (c == '(') {
                    depth++;
                } else if (c == ')') {
                    depth--;
                } else if (META.indexOf(c) < 0 && depth == 0) {
                    literal = c;
                }
                boolean quantified = next < js.length() && "*?+".indexOf(js.charAt(next)) >= 0;
                if (literal >= 0 && !quantified && depth == 0) {
                    run.append(canonicalChar(literal));
                } else {
                    if (run.length() > best.length()) {
                        best = run.toString();
                        bestAnchored = runAnchored;
                    }
                    run.setLength(0);
                    runAnchored = false;
                }
                i = next;
            }
            if (best.isEmpty()) {
                return NONE;
            }
            return new Prefilter(best, bestAnchored && anchor == 1, bestAnchored && anchor == 2);
        }
    }

    /** {@code input} with each UTF-16 unit replaced by its JavaScript case-insensitive canonical form. */
    static String canonicalize(String input) {
        char[] chars = null;
        for (int i = 0; i < input.length(); i++) {
            char c = input.charAt(i);
            char canonical = canonicalChar(c);
            if (canonical != c) {
                if (chars == null) {
                    chars = input.toCharArray();
                }
                chars[i] = canonical;
            }
        }
        return chars == null ? input : new String(chars);
    }

    /** The canonical form of {@code c}: ASCII directly, the rest from the table (built only when met). */
    static char canonicalChar(int c) {
        if (c < 128) {
            return (char) (c >= 'a' && c <= 'z' ? c - 32 : c);
        }
        return Table.CANONICAL[c];
    }

    // ECMAScript 22.2.2.7.3 Canonicalize(rer, ch) without the u flag
    private static int canonical(int c) {
        if (c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE) {
            return c;
        }
        String upper = String.valueOf((char) c).toUpperCase(Locale.ROOT);
        if (upper.length() != 1) {
            return c;
        }
        int cu = upper.charAt(0);
        return c >= 128 && cu < 128 ? c : cu;
    }

    /** Translates a JavaScript source into RE2 syntax; the character sets are canonicalized. */
    private static final class Translator {
        private static final int MAX = Character.MAX_VALUE;
        private final String js;
        private final StringBuilder out = new StringBuilder();
        private int i;

        Translator(String js) {
            this.js = js;
        }

        String translate() {
            while (i < js.length()) {
                char c = js.charAt(i++);
                switch (c) {
                    case '\\' -> atomEscape();
                    case '[' -> characterClass();
                    case '.' -> out.append("[^\\n\\r\\x{2028}\\x{2029}]"); // line terminators are canonical
                    case '^' -> out.append('^');
                    case '$' -> out.append("\\z");
                    case '|', ')', '*', '+', '?' -> out.append(c);
                    case '(' -> group();
                    default -> out.append(literal(canonicalChar(c)));
                }
            }
            return out.toString();
        }

        private void group() {
            if (js.startsWith("?:", i)) {
                out.append("(?:");
                i += 2;
            } else if (js.startsWith("?=", i)) {
                // node-ignore's only lookahead, (?=$|\/$), ends the expression: for test() it may consume
                int close = js.indexOf(')', i);
                if (close != js.length() - 1) {
                    throw new IllegalStateException("a lookahead before the end of " + js);
                }
                out.append("(?:");
                i += 2;
            } else {
                out.append('(');
            }
        }

        private void atomEscape() {
            if (i >= js.length()) {
                throw new InvalidRegexException("\\ at end of pattern");
            }
            char c = js.charAt(i);
            switch (c) {
                case 'b' -> {
                    i++;
                    out.append("\\b");
                }
                case 'B' -> {
                    i++;
                    out.append("\\B");
                }
                default -> emit(classEscape(), false);
            }
        }

        /** An escape after {@code \} (at {@code i}), in or out of a class, but {@code \b}, {@code \B} outside. */
        private BitSet classEscape() {
            char c = js.charAt(i++);
            switch (c) {
                case 'd':
                    return range(new BitSet(), '0', '9');
                case 'D':
                    return complement(range(new BitSet(), '0', '9'));
                case 'w':
                    return word();
                case 'W':
                    return complement(word());
                case 's':
                    return space();
                case 'S':
                    return complement(space());
                case 'b':
                    return single('\b');
                case 'n':
                    return single('\n');
                case 'r':
                    return single('\r');
                case 't':
                    return single('\t');
                case 'v':
                    return single('\u000B');
                case 'f':
                    return single('\f');
                case 'c': {
                    if (i < js.length() && Character.isLetter(js.charAt(i)) && js.charAt(i) < 128) {
                        return single(js.charAt(i++) % 32);
                    }
                    i--; // "\c" not followed by a letter is a backslash, then c
                    return single('\\');
                }
                case 'x': {
                    int value = hex(2);
                    return value >= 0 ? single(value) : single('x');
                }
                case 'u': {
                    int value = hex(4);
                    return value >= 0 ? single(value) : single('u');
                }
                default:
                    if (c >= '0' && c <= '7') {
                        // a legacy octal escape: no capturing group exists, so \1 is not a back reference
                        int value = c - '0';
                        int digits = 1;
                        while (digits < 3
                                && i < js.length()
                                && js.charAt(i) >= '0'
                                && js.charAt(i) <= '7'
                                && value * 8 + (js.charAt(i) - '0') <= 0377) {
                            value = value * 8 + (js.charAt(i++) - '0');
                            digits++;
                        }
                        return single(value);
                    }
                    return single(c); // an identity escape: \8, \/, \., \k, ...
            }
        }

        private int hex(int digits) {
            if (i + digits > js.length()) {
                return -1;
            }
            int value = 0;
            for (int k = 0; k < digits; k++) {
                int d = Character.digit(js.charAt(i + k), 16);
                if (d < 0) {
                    return -1;
                }
                value = value * 16 + d;
            }
            i += digits;
            return value;
        }

        private void characterClass() {
            boolean negated = i < js.length() && js.charAt(i) == '^';
            if (negated) {
                i++;
            }
            BitSet set = new BitSet(MAX + 1);
            while (true) {
                if (i >= js.length()) {
                    throw new InvalidRegexException("unterminated character class");
                }
                char c = js.charAt(i);
                if (c == ']') {
                    i++;
                    break;
                }
                int[] from = classAtom(set);
                if (from != null && i + 1 < js.length() && js.charAt(i) == '-' && js.charAt(i + 1) != ']') {
                    i++;
                    int[] to = classAtom(set);
                    if (to == null) {
                        // a class escape at either end: the - is literal (Annex B)
                        set.set(from[0]);
                        set.set('-');
                    } else if (from[0] > to[0]) {
                        throw new InvalidRegexException("range out of order in character class");
                    } else {
                        set.set(from[0], to[0] + 1);
                    }
                } else if (from != null) {
                    set.set(from[0]);
                }
            }
            emit(set, negated);
        }

        /** One class atom: a single character (returned), or a class escape (added to {@code set}, null returned). */
        private int[] classAtom(BitSet set) {
            char c = js.charAt(i++);
            if (c != '\\') {
                return new int[] {c};
            }
            if (i >= js.length()) {
                throw new InvalidRegexException("\\ at end of pattern");
            }
            char e = js.charAt(i);
            if ("dDwWsS".indexOf(e) >= 0) {
                set.or(classEscape());
                return null;
            }
            BitSet one = classEscape();
            return new int[] {one.nextSetBit(0)};
        }

        /** Appends {@code set} (canonicalized, negated if asked) as an RE2 atom. */
        private void emit(BitSet set, boolean negated) {
            if (!negated && set.cardinality() == 1) {
                out.append(literal(canonicalChar(set.nextSetBit(0))));
                return;
            }
            BitSet canonical;
            if (set.length() <= 128 && !set.intersects(ASCII_LETTERS)) {
                canonical = set; // ASCII but letters: each its own canonical form, and no other's
            } else {
                canonical = new BitSet(MAX + 1);
                for (int c = set.nextSetBit(0); c >= 0; c = set.nextSetBit(c + 1)) {
                    canonical.set(canonicalChar(c));
                }
            }
            if (negated) {
                canonical = complement(canonical);
            } else {
                // inputs are canonical: the characters no input holds may be added where that makes fewer ranges
                int ranges = rangeCount(canonical);
                if (ranges > 1 && canonical.cardinality() > 256) {
                    BitSet filled = (BitSet) canonical.clone();
                    filled.or(Table.NON_CANONICAL);
                    if (rangeCount(filled) < ranges) {
                        canonical = filled;
                    }
                }
            }
            if (canonical.isEmpty()) {
                out.append("[^\\x00-\\x{10FFFF}]"); // JavaScript's [] matches nothing
                return;
            }
            List<int[]> ranges = new ArrayList<>();
            for (int c = canonical.nextSetBit(0); c >= 0; ) {
                int end = canonical.nextClearBit(c) - 1;
                ranges.add(new int[] {c, end});
                c = canonical.nextSetBit(end + 1);
            }
            if (ranges.size() == 1 && ranges.get(0)[0] == ranges.get(0)[1]) {
                out.append(literal(ranges.get(0)[0]));
                return;
            }
            out.append('[');
            for (int[] r : ranges) {
                out.append(literal(r[0]));
                if (r[1] > r[0]) {
                    out.append('-').append(literal(r[1]));
                }
            }
            // RE2/J reads code points: a class holding the surrogates holds what they encode
            if (canonical.get(Character.MIN_HIGH_SURROGATE) && canonical.get(Character.MIN_LOW_SURROGATE)) {
                out.append("\\x{10000}-\\x{10FFFF}");
            }
            out.append(']');
        }

        private static int rangeCount(BitSet set) {
            int count = 0;
            for (int c = set.nextSetBit(0); c >= 0; c = set.nextSetBit(set.nextClearBit(c))) {
                count++;
            }
            return count;
        }

        private static String literal(int c) {
            if (c < 128 && Character.isLetterOrDigit(c)) {
                return String.valueOf((char) c);
            }
            return "\\x{" + Integer.toHexString(c) + "}";
        }

        private static final BitSet ASCII_LETTERS = range(range(new BitSet(), 'A', 'Z'), 'a', 'z');

        private static BitSet single(int c) {
            BitSet set = new BitSet();
            set.set(c);
            return set;
        }

        private static BitSet range(BitSet set, int from, int to) {
            set.set(from, to + 1);
            return set;
        }

        private static BitSet word() {
            BitSet set = new BitSet();
            range(set, '0', '9');
            range(set, 'A', 'Z');
            range(set, 'a', 'z');
            set.set('_');
            return set;
        }

        private static BitSet space() {
            BitSet set = new BitSet();
            for (char c : "\t\n\u000B\f\r \u00a0\u1680\u2028\u2029\u202f\u205f\u3000\ufeff".toCharArray()) {
                set.set(c);
            }
            range(set, 0x2000, 0x200a);
            return set;
        }

        private static BitSet complement(BitSet set) {
            BitSet all = range(new BitSet(MAX + 1), 0, MAX);
            all.andNot(set);
            return all;
        }
    }
}
