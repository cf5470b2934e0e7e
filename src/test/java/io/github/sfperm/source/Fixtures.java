package io.github.sfperm.source;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The small projects under {@code src/test/resources/source/}, and views of a source tree for assertions. */
final class Fixtures {

    private Fixtures() {}

    static Path fixture(String name) {
        return Path.of("src/test/resources/source", name).toAbsolutePath().normalize();
    }

    /** {@code "Type: member"} of every deployed component, in manifest order. */
    static List<String> deployed(SourceTree tree) {
        return tree.components().stream().map(c -> c.type() + ": " + c.member()).toList();
    }

    /** {@code "Type: member"} of the components found but not deployed. */
    static List<String> notDeployed(SourceTree tree) {
        return tree.sourceComponents().stream()
                .filter(c -> !c.deployed())
                .map(c -> c.registryType() + ": " + c.member())
                .toList();
    }

    /** Unclaimed files as {@code path relative to the tree's base -> reason}. */
    static Map<String, String> unclaimed(SourceTree tree) {
        Map<String, String> unclaimed = new TreeMap<>();
        tree.unclaimedFiles().forEach(u -> unclaimed.put(relative(tree, u.file()), u.reason()));
        return unclaimed;
    }

    static List<String> ignored(SourceTree tree) {
        return tree.forceIgnoredPaths().stream().map(p -> relative(tree, p)).toList();
    }

    static String relative(SourceTree tree, Path file) {
        return tree.baseDir().relativize(file).toString().replace('\\', '/');
    }

    static SourceComponent component(SourceTree tree, String type, String member) {
        return tree.sourceComponents().stream()
                .filter(c -> c.type().equals(type) && c.member().equals(member))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + type + ": " + member + " in " + deployed(tree)));
    }
}
