package io.github.sfperm.catalogue;

import io.github.sfperm.deploy.Origin;
import java.util.List;
import java.util.Objects;

/**
 * What a deploying user needs for components of some metadata types.
 *
 * @param id stable identifier ({@code flow}); a user rule with the same id replaces a built-in one
 * @param types the metadata types covered; {@code *} means every component (the base rule)
 * @param appliesTo deploy, delete or both
 * @param requires the requirement beyond any other rule that applies
 * @param confidence how sure the catalogue is
 * @param source the URL that supports the rule (may be empty for a user rule)
 * @param evidence a short quote or paraphrase of the source (may be empty)
 * @param note a short explanation
 * @param definedAt the rule file and line that defined it
 * @param when the condition on the component's file under which the rule applies; {@code null} for always
 */
public record Rule(
        String id,
        List<String> types,
        AppliesTo appliesTo,
        Requirement requires,
        Confidence confidence,
        String source,
        String evidence,
        String note,
        Origin definedAt,
        Condition when) {

    public static final String ALL_TYPES = "*";

    public Rule {
        Objects.requireNonNull(id, "id");
        types = List.copyOf(types);
        Objects.requireNonNull(appliesTo, "appliesTo");
        Objects.requireNonNull(requires, "requires");
        Objects.requireNonNull(confidence, "confidence");
        source = source == null ? "" : source;
        evidence = evidence == null ? "" : evidence;
        note = note == null ? "" : note;
    }

    /** A rule that always applies (no condition). */
    public Rule(
            String id,
            List<String> types,
            AppliesTo appliesTo,
            Requirement requires,
            Confidence confidence,
            String source,
            String evidence,
            String note,
            Origin definedAt) {
        this(id, types, appliesTo, requires, confidence, source, evidence, note, definedAt, null);
    }

    /** Whether the rule applies only when the component's file meets a condition. */
    public boolean isConditional() {
        return when != null;
    }

    /** Whether this rule applies to every component, whatever its type. */
    public boolean isBase() {
        return types.contains(ALL_TYPES);
    }
}
