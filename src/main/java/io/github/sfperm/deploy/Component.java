package io.github.sfperm.deploy;

import java.util.Objects;

/**
 * One metadata component of a deployment: its Metadata API type ({@code ApexClass}), its member name as written in
 * {@code package.xml} ({@code Account.Industry__c}, {@code MyFolder/MyReport}, or {@code *}), whether it is deployed
 * or deleted, and where sfperm learned of it.
 */
public record Component(String type, String member, Operation operation, Origin origin) {

    public static final String WILDCARD = "*";

    public Component {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(member, "member");
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(origin, "origin");
    }

    public boolean isWildcard() {
        return WILDCARD.equals(member);
    }

    /** {@code Flow Lead_Router}, or {@code Flow Lead_Router (delete)}. */
    public String label() {
        return operation == Operation.DELETE ? type + " " + member + " (delete)" : type + " " + member;
    }

    /** The identity of a component within one deployment: operation, type and member. */
    public String key() {
        return operation + "\u0000" + type + "\u0000" + member;
    }

    /**
     * {@link #key()} as a value, for maps of many components: no text is built, and the hash is made of the hashes
     * that the type and member strings keep.
     */
    public Id id() {
        return new Id(operation, type, member);
    }

    /** The identity of a component within one deployment. */
    public record Id(Operation operation, String type, String member) {}
}
