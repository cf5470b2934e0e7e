package io.github.sfperm.check;

import io.github.sfperm.catalogue.Confidence;
import io.github.sfperm.catalogue.Requirement;
import io.github.sfperm.deploy.Component;
import io.github.sfperm.deploy.Origin;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One result of a check.
 *
 * @param kind the class of finding
 * @param level how serious it is
 * @param ruleId the catalogue rule (for MISSING_PERMISSION) or the check that produced it; stable across runs
 * @param component the component concerned, when there is one
 * @param origin where to look: manifest line, source file, rule file, pom
 * @param required the whole requirement of the rule, when the finding is about one
 * @param unmet the part of {@code required} the deployer does not meet
 * @param confidence the rule's confidence, when the finding is about a rule
 * @param source the URL that supports the rule, when there is one
 * @param message what is wrong, in words, without the location
 */
public record Finding(
        Kind kind,
        Level level,
        String ruleId,
        Component component,
        Origin origin,
        Requirement required,
        Requirement unmet,
        Confidence confidence,
        String source,
        String message) {

    public Finding {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(message, "message");
        source = source == null ? "" : source;
    }

    public Optional<Component> componentIfAny() {
        return Optional.ofNullable(component);
    }

    /** The permissions named by the unmet requirement (empty when there is none). */
    public Set<String> unmetPermissions() {
        return unmet == null ? Set.of() : unmet.permissions();
    }

    public Finding withLevel(Level newLevel) {
        return new Finding(kind, newLevel, ruleId, component, origin, required, unmet, confidence, source, message);
    }
}
