package io.github.sfperm.xml;

import java.util.ArrayList;
import java.util.List;

/**
 * An element read by {@link SecureXml#readShallow}: its local name, the line its start tag is on, its own text (trimmed,
 * inner whitespace collapsed, as dom4j's {@code getTextTrim}), and its child elements down to the depth asked for.
 * A light stand-in for a dom4j element where a file is read once and only a few levels of it matter (manifests,
 * permission sets): no document, no qualified names, no text nodes. Immutable once read.
 */
public final class ShallowElement {

    private final String name;
    private final int line;
    private String textTrim = "";
    private List<ShallowElement> children = List.of();

    ShallowElement(String name, int line) {
        this.name = name;
        this.line = line;
    }

    /** The local name ({@code types}). */
    public String getName() {
        return name;
    }

    /** The 1-based line of the start tag. */
    public int line() {
        return line;
    }

    /** The element's own text (not that of its children), trimmed, inner whitespace collapsed to one space. */
    public String getTextTrim() {
        return textTrim;
    }

    /** The child elements, in document order (none below the depth read). */
    public List<ShallowElement> elements() {
        return children;
    }

    /** The child elements called {@code childName}, in document order. */
    public List<ShallowElement> elements(String childName) {
        List<ShallowElement> named = new ArrayList<>();
        for (ShallowElement child : children) {
            if (child.name.equals(childName)) {
                named.add(child);
            }
        }
        return named;
    }

    /** The first child element called {@code childName}, or null. */
    public ShallowElement element(String childName) {
        for (ShallowElement child : children) {
            if (child.name.equals(childName)) {
                return child;
            }
        }
        return null;
    }

    /** The {@link #getTextTrim()} of the first child element called {@code childName}, or null when there is none. */
    public String elementTextTrim(String childName) {
        ShallowElement child = element(childName);
        return child == null ? null : child.textTrim;
    }

    void add(ShallowElement child) {
        if (children.isEmpty()) {
            children = new ArrayList<>(4);
        }
        children.add(child);
    }

    void text(CharSequence text) {
        textTrim = textTrim(text);
    }

    @Override
    public String toString() {
        return "<" + name + "> line " + line;
    }

    /** dom4j's {@code getTextTrim}: the words of {@code text} (split at space, tab, CR, LF, FF), one space apart. */
    public static String textTrim(CharSequence text) {
        int length = text.length();
        if (isTrimmed(text, length)) {
            return text.toString(); // the common case: a name, no whitespace to take out
        }
        StringBuilder trimmed = null;
        boolean inWord = false;
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (isWhitespace(c)) {
                inWord = false;
            } else {
                if (trimmed == null) {
                    trimmed = new StringBuilder(length - i);
                } else if (!inWord) {
                    trimmed.append(' ');
                }
                trimmed.append(c);
                inWord = true;
            }
        }
        return trimmed == null ? "" : trimmed.toString();
    }

    /** Whether {@code text} is already words one space apart, nothing before or after. */
    private static boolean isTrimmed(CharSequence text, int length) {
        if (length == 0) {
            return true;
        }
        if (isWhitespace(text.charAt(0)) || isWhitespace(text.charAt(length - 1))) {
            return false;
        }
        for (int i = 1; i < length - 1; i++) {
            char c = text.charAt(i);
            if (isWhitespace(c) && (c != ' ' || isWhitespace(text.charAt(i + 1)))) {
                return false;
            }
        }
        return true;
    }

    /** The whitespace of {@link java.util.StringTokenizer}, which dom4j's {@code getTextTrim} splits on. */
    static boolean isWhitespace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
    }
}
