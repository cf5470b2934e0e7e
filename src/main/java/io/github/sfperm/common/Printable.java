package io.github.sfperm.common;

/**
 * The one place where text that may carry what a pull request wrote (member names, file names, rule notes) is made
 * safe to show a person: on one line, printable and bounded. Every line of the build log, every finding's text in a
 * report and every message of an {@link InputException} goes through {@link #oneLine(String)}, so that a member name
 * with a line break cannot forge a log line or a GitHub annotation, an escape sequence cannot recolour a terminal, a
 * bidirectional override cannot reorder what a reviewer reads, and a megabyte-long name cannot flood the log.
 *
 * <p>Applying it twice changes nothing: its output holds no character it would escape and is never longer than
 * {@link #MAX_LENGTH}.
 */
public final class Printable {

    /** The longest line, in chars; longer text keeps its start and its end, the middle is left out. */
    public static final int MAX_LENGTH = 1000;

    /** How much of the end of a long line is kept (the rest of {@link #MAX_LENGTH} goes to its start and the mark). */
    private static final int TAIL = 300;

    private Printable() {}

    /**
     * {@code text} on one printable line of at most {@link #MAX_LENGTH} chars: every character {@link #isUnsafe} is
     * written as its Java escape (a backslash, {@code u} and four hex digits: a line break reads <code>&#92;u000a</code>,
     * a terminal escape <code>&#92;u001b</code>), and when the result is too long its
     * middle is replaced by {@code ... [12345 characters omitted] ...}. Null stays null.
     */
    public static String oneLine(String text) {
        if (text == null) {
            return null;
        }
        String escaped = escaped(text);
        return escaped.length() <= MAX_LENGTH ? escaped : shortened(escaped);
    }

    /**
     * Whether a code point must not reach a log or a report as it is: control characters (C0, DEL, C1, which includes
     * line breaks and terminal escapes), format characters (bidirectional overrides and isolates, zero-width
     * characters, the byte order mark), line and paragraph separators, and unpaired surrogates.
     */
    public static boolean isUnsafe(int codePoint) {
        switch (Character.getType(codePoint)) {
            case Character.CONTROL:
            case Character.FORMAT:
            case Character.LINE_SEPARATOR:
            case Character.PARAGRAPH_SEPARATOR:
            case Character.SURROGATE:
                return true;
            default:
                return false;
        }
    }

    private static String escaped(String text) {
        int first = 0;
        while (first < text.length() && !isUnsafe(text.codePointAt(first))) {
            first += Character.charCount(text.codePointAt(first));
        }
        if (first == text.length()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 16).append(text, 0, first);
        text.codePoints().skip(text.codePointCount(0, first)).forEach(c -> {
            if (isUnsafe(c)) {
                out.append(String.format("\\u%04x", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }

    private static String shortened(String text) {
        int tailStart = boundary(text, text.length() - TAIL);
        // room for the longest mark and a tail one char longer (when it starts on a surrogate pair)
        int headEnd =
                boundary(text, MAX_LENGTH - (TAIL + 1) - mark(Integer.MAX_VALUE).length());
        return text.substring(0, headEnd) + mark(tailStart - headEnd) + text.substring(tailStart);
    }

    private static String mark(int omitted) {
        return " ... [" + omitted + " characters omitted] ... ";
    }

    /** {@code index}, moved back by one where it would split a surrogate pair. */
    private static int boundary(String text, int index) {
        return index > 0
                        && Character.isLowSurrogate(text.charAt(index))
                        && Character.isHighSurrogate(text.charAt(index - 1))
                ? index - 1
                : index;
    }
}
