package io.github.sfperm.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * A fingerprint of a directory tree: the SHA-256 of every path (relative, sorted), its kind and its content (or, for a
 * symbolic link, its target), leaving out {@code target/}. Equal fingerprints mean nothing was written, removed or
 * changed.
 */
public final class TreeHash {

    private TreeHash() {}

    public static String of(Path root) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            List<Path> paths;
            try (Stream<Path> walk = Files.walk(root)) {
                paths = walk.filter(p -> !root.relativize(p).startsWith("target"))
                        .sorted()
                        .toList();
            }
            for (Path path : paths) {
                digest.update(root.relativize(path).toString().getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                if (Files.isSymbolicLink(path)) {
                    digest.update(("link:" + Files.readSymbolicLink(path)).getBytes(StandardCharsets.UTF_8));
                } else if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
                    digest.update("dir".getBytes(StandardCharsets.UTF_8));
                } else if (Files.isReadable(path)) {
                    digest.update(Files.readAllBytes(path));
                } else {
                    digest.update(("unreadable:" + Files.size(path)).getBytes(StandardCharsets.UTF_8));
                }
                digest.update((byte) 0);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
