package io.github.sfperm.catalogue;

import java.util.ArrayList;
import java.util.List;

/**
 * Parses requirement expressions: permission API names joined by {@code AND} / {@code OR} (upper case), with
 * parentheses; AND binds tighter than OR. {@code NONE} alone means no requirement. Errors name the column.
 */
public final class RequirementParser {

    /** A syntax error in an expression; {@link #column()} is 1-based. */
    public static final class SyntaxException extends Exception {
        private static final long serialVersionUID = 1L;
        private final int column;

        SyntaxException(String message, int column) {
            super(message + " at column " + column);
            this.column = column;
        }

        public int column() {
            return column;
        }
    }

    /** Longer than any real rule; a bound against pathological input. */
    static final int MAX_LENGTH = 4096;

    private static final int MAX_DEPTH = 64;

    private final String text;
    private final List<Token> tokens;
    private int position;
    private int depth;

    private RequirementParser(String text, List<Token> tokens) {
        this.text = text;
        this.tokens = tokens;
    }

    public static Requirement parse(String text) throws SyntaxException {
        if (text == null || text.isBlank()) {
            throw new SyntaxException("empty requirement (write NONE for no requirement)", 1);
        }
        if (text.length() > MAX_LENGTH) {
            throw new SyntaxException("requirement longer than " + MAX_LENGTH + " characters", MAX_LENGTH);
        }
        if (text.trim().equals("NONE")) {
            return Requirement.NONE;
        }
        RequirementParser parser = new RequirementParser(text, tokenize(text));
        Requirement result = parser.or();
        if (parser.position < parser.tokens.size()) {
            Token extra = parser.tokens.get(parser.position);
            throw new SyntaxException("unexpected '" + extra.text + "'", extra.column);
        }
        return result;
    }

    private Requirement or() throws SyntaxException {
        List<Requirement> parts = new ArrayList<>();
        parts.add(and());
        while (peek("OR")) {
            position++;
            parts.add(and());
        }
        return Requirement.anyOf(parts);
    }

    private Requirement and() throws SyntaxException {
        List<Requirement> parts = new ArrayList<>();
        parts.add(atom());
        while (peek("AND")) {
            position++;
            parts.add(atom());
        }
        return Requirement.allOf(parts);
    }

    private Requirement atom() throws SyntaxException {
        if (position >= tokens.size()) {
            throw new SyntaxException("expression ends where a permission name or '(' was expected", text.length() + 1);
        }
        Token token = tokens.get(position++);
        if (token.text.equals("(")) {
            if (++depth > MAX_DEPTH) {
                throw new SyntaxException("parentheses nested deeper than " + MAX_DEPTH, token.column);
            }
            Requirement inner = or();
            if (!peek(")")) {
                throw new SyntaxException(
                        "missing ')' for the '(' at column " + token.column,
                        position < tokens.size() ? tokens.get(position).column : text.length() + 1);
            }
            position++;
            depth--;
            return inner;
        }
        if (token.text.equals(")") || token.text.equals("AND") || token.text.equals("OR")) {
            throw new SyntaxException("expected a permission name or '(' but found '" + token.text + "'", token.column);
        }
        if (token.text.equals("NONE")) {
            throw new SyntaxException("NONE can only stand alone", token.column);
        }
        if (token.text.equalsIgnoreCase("and") || token.text.equalsIgnoreCase("or")) {
            throw new SyntaxException("write the operator '" + token.text + "' in upper case", token.column);
        }
        return Requirement.permission(token.text);
    }

    private boolean peek(String expected) {
        return position < tokens.size() && tokens.get(position).text.equals(expected);
    }

    private record Token(String text, int column) {}

    private static String printable(char c) {
        return c < 0x20 || c == 0x7f ? String.format("\\u%04x", (int) c) : String.valueOf(c);
    }

    private static boolean isNameStart(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }

    private static boolean isNamePart(char c) {
        return isNameStart(c) || (c >= '0' && c <= '9') || c == '_';
    }

    private static List<Token> tokenize(String text) throws SyntaxException {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '(' || c == ')') {
                tokens.add(new Token(String.valueOf(c), i + 1));
                i++;
            } else if (isNameStart(c)) {
                int start = i;
                while (i < text.length() && isNamePart(text.charAt(i))) {
                    i++;
                }
                tokens.add(new Token(text.substring(start, i), start + 1));
            } else {
                throw new SyntaxException(
                        "unexpected character '" + printable(c) + "' (permission API names are"
                                + " letters, digits and _)",
                        i + 1);
            }
        }
        return tokens;
    }
}
