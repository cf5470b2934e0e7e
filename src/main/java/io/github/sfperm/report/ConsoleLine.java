package io.github.sfperm.report;

import io.github.sfperm.check.Level;
import io.github.sfperm.common.Printable;

/** One line for the build log, with the level to log it at; the text is made one printable line. */
public record ConsoleLine(Level level, String text) {

    public ConsoleLine {
        text = Printable.oneLine(text);
    }
}
