package io.github.sfperm.common;

import java.io.IOException;
import java.io.Writer;

/**
 * The one place that makes written text end its lines with {@code \n} whatever the platform or the input: {@code \r\n}
 * is written as {@code \n} (a lone {@code \r} is kept), also when it is split between two writes. Streams, so that a
 * report of tens of megabytes is never held as a string.
 */
public final class LineEndWriter extends Writer {

    private final Writer out;
    private final boolean oneFinalNewline;
    private boolean cr;
    private int newlines;

    private LineEndWriter(Writer out, boolean oneFinalNewline) {
        this.out = out;
        this.oneFinalNewline = oneFinalNewline;
    }

    /**
     * Writes to {@code out} with {@code \n} line ends, and exactly one newline at the very end whatever was written
     * before closing (as a report file ends); closing closes {@code out}.
     */
    public static LineEndWriter endingWithOneNewline(Writer out) {
        return new LineEndWriter(out, true);
    }

    /**
     * Writes to {@code out} with {@code \n} line ends and nothing added; closing writes a {@code \r} still held back
     * and leaves {@code out} open.
     */
    public static LineEndWriter keepingOpen(Writer out) {
        return new LineEndWriter(out, false);
    }

    @Override
    public void write(char[] chars, int offset, int length) throws IOException {
        int end = offset + length;
        int i = offset;
        while (i < end) {
            char c = chars[i];
            if (cr || c == '\r' || c == '\n') {
                write(c);
                i++;
                continue;
            }
            int run = i; // the characters up to the next line end go out in one piece
            while (run < end && chars[run] != '\r' && chars[run] != '\n') {
                run++;
            }
            newlines();
            out.write(chars, i, run - i);
            i = run;
        }
    }

    @Override
    public void write(String text, int offset, int length) throws IOException {
        int end = offset + length;
        int i = offset;
        while (i < end) {
            char c = text.charAt(i);
            if (cr || c == '\r' || c == '\n') {
                write(c);
                i++;
                continue;
            }
            int run = i;
            while (run < end && text.charAt(run) != '\r' && text.charAt(run) != '\n') {
                run++;
            }
            newlines();
            out.write(text, i, run - i);
            i = run;
        }
    }

    private void newline() throws IOException {
        if (oneFinalNewline) {
            newlines++; // held: newlines at the very end become one
        } else {
            out.write('\n');
        }
    }

    private void newlines() throws IOException {
        for (; newlines > 0; newlines--) {
            out.write('\n');
        }
    }

    @Override
    public void write(int c) throws IOException {
        if (cr) {
            cr = false;
            if (c == '\n') {
                newline(); // \r\n is a line end
                return;
            }
            text('\r');
        }
        if (c == '\r') {
            cr = true;
        } else if (c == '\n') {
            newline();
        } else {
            text(c);
        }
    }

    private void text(int c) throws IOException {
        newlines();
        out.write(c);
    }

    @Override
    public void flush() throws IOException {
        out.flush();
    }

    @Override
    public void close() throws IOException {
        if (cr) {
            cr = false;
            text('\r');
        }
        if (oneFinalNewline) {
            newlines = 0;
            out.write('\n');
            out.close();
        } else {
            out.flush();
        }
    }
}
