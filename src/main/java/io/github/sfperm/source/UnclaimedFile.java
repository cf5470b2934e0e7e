package io.github.sfperm.source;

import java.nio.file.Path;

/**
 * A file in a package directory that no component claims, so it is not deployed: a stray file, or a metadata file
 * Salesforce's tooling would reject (an {@code -meta.xml} without its source file, an unknown suffix).
 *
 * @param file the file (absolute)
 * @param reason why no component claims it, as a sentence fragment ("no metadata type claims this file")
 */
public record UnclaimedFile(Path file, String reason) {

    /** The reason of a file that is simply not metadata. */
    public static final String NOT_METADATA = "no metadata type claims this file";
}
