package io.github.sfperm.diagnose;

import io.github.sfperm.catalogue.Requirement;
import io.github.sfperm.deploy.Origin;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A known deployment message: what it looks like, the cause it stands for, what to say and how to fix it.
 *
 * @param id stable id, unique among the patterns in force
 * @param message the regular expression searched for in Salesforce's message; its named groups extract what it names
 * @param types the metadata types it applies to; all when empty
 * @param cause the cause
 * @param whenDeleted the cause instead when the component was being deleted
 * @param whenDeployerLacks the cause instead when the configured deployer does not meet the requirement
 * @param requires what the deployer needs; the catalogue's rules for the type when empty
 * @param locate the named group whose value is looked for in the component's file, when any
 * @param explain what happened, with placeholders, by cause: the text under a cause's name is for that cause, the
 *     one under {@code ""} for every other
 * @param fix how to fix it, with placeholders, by cause as {@code explain}
 * @param seen the real messages this pattern explains, with where each was published
 * @param definedAt the file and line of the pattern
 */
public record MessagePattern(
        String id,
        Pattern message,
        List<String> types,
        Cause cause,
        Optional<Cause> whenDeleted,
        Optional<Cause> whenDeployerLacks,
        Optional<Requirement> requires,
        Optional<String> locate,
        Map<String, String> explain,
        Map<String, String> fix,
        List<Seen> seen,
        Origin definedAt) {

    public MessagePattern {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(cause, "cause");
        types = List.copyOf(types);
        seen = List.copyOf(seen);
        explain = Map.copyOf(explain);
        fix = Map.copyOf(fix);
    }

    /** What happened, for {@code cause}. */
    public String explain(Cause cause) {
        return explain.getOrDefault(cause.name(), explain.getOrDefault("", ""));
    }

    /** How to fix it, for {@code cause}. */
    public String fix(Cause cause) {
        return fix.getOrDefault(cause.name(), fix.getOrDefault("", ""));
    }

    /** Whether this pattern applies to a failure of {@code type}. */
    public boolean appliesTo(String type) {
        return types.isEmpty() || types.contains(type);
    }

    /**
     * A real message, as published.
     *
     * @param url where it was published
     * @param type the metadata type of the failed component, when the report names it; empty otherwise
     * @param text the message
     */
    public record Seen(String url, String type, String text) {}
}
