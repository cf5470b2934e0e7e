package io.github.sfperm.report;

import io.github.sfperm.check.Level;

/** One line for the build log, with the level to log it at. */
public record ConsoleLine(Level level, String text) {}
