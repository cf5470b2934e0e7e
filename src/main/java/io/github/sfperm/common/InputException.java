package io.github.sfperm.common;

import java.nio.file.Path;
import java.util.Optional;

/**
 * A problem with what the user gave sfperm: a configuration value, a file that cannot be read, or a file whose
 * content cannot be parsed. The message says what is wrong and how to fix it; {@link #file()}, {@link #line()} and
 * {@link #column()} say where, when that is known. Never a finding: findings are results, not errors.
 */
public class InputException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final int line;
    private final int column;

    public InputException(String message) {
        this(message, null, 0, 0, null);
    }

    public InputException(String message, Path file) {
        this(message, file, 0, 0, null);
    }

    public InputException(String message, Path file, Throwable cause) {
        this(message, file, 0, 0, cause);
    }

    public InputException(String message, Path file, int line, int column, Throwable cause) {
        super(message, cause);
        this.file = file;
        this.line = line;
        this.column = column;
    }

    /** The file the problem is in, if it is about a file. */
    public Optional<Path> file() {
        return Optional.ofNullable(file);
    }

    /** 1-based line, or 0 when unknown. */
    public int line() {
        return line;
    }

    /** 1-based column, or 0 when unknown. */
    public int column() {
        return column;
    }

    /** The bare message, without the location. */
    public String problem() {
        return super.getMessage();
    }

    /**
     * The message with its location first, the file shown relative to {@code base} when it lies under it:
     * {@code manifest/package.xml:12:5: <problem>}. One printable line ({@link Printable#oneLine}), whatever names
     * or text of the file the problem quotes.
     */
    public String describe(Path base) {
        if (file == null) {
            return Printable.oneLine(DisplayPath.scrub(base, problem()));
        }
        StringBuilder where = new StringBuilder(DisplayPath.of(base, file));
        if (line > 0) {
            where.append(':').append(line);
            if (column > 0) {
                where.append(':').append(column);
            }
        }
        return Printable.oneLine(where + ": " + DisplayPath.scrub(base, problem()));
    }

    @Override
    public String getMessage() {
        return describe(null);
    }
}
