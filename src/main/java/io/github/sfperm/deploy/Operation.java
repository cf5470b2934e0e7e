package io.github.sfperm.deploy;

/** What a deployment does with a component. */
public enum Operation {
    /** Created or updated: listed in {@code package.xml} or found in the source tree. */
    DEPLOY,
    /** Deleted: listed in {@code destructiveChanges.xml}, {@code destructiveChangesPre.xml} or {@code ...Post.xml}. */
    DELETE;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
