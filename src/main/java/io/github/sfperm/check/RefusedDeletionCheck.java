package io.github.sfperm.check;

import io.github.sfperm.catalogue.RefusedDeletion;
import io.github.sfperm.catalogue.RefusedDeletions;
import io.github.sfperm.deploy.Component;
import io.github.sfperm.deploy.Operation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Deletions Salesforce refuses whatever the deploying user holds ({@link RefusedDeletions}): each is a
 * {@link Kind#REFUSED_DELETION} finding quoting Salesforce's answer and the way that works.
 */
public final class RefusedDeletionCheck {

    private final RefusedDeletions refusals;
    private final Function<Component, String> effectiveType;

    /**
     * @param effectiveType the registry's name of a component's type (as {@link Checker#effectiveType} gives it)
     */
    public RefusedDeletionCheck(RefusedDeletions refusals, Function<Component, String> effectiveType) {
        this.refusals = refusals;
        this.effectiveType = effectiveType;
    }

    public List<Finding> check(List<Component> components) {
        List<Finding> findings = new ArrayList<>();
        for (Component component : components) {
            if (component.operation() != Operation.DELETE || component.isWildcard()) {
                continue;
            }
            Optional<RefusedDeletion> refusal = refusals.forType(effectiveType.apply(component));
            if (refusal.isPresent() && refusal.get().refuses(component.member())) {
                RefusedDeletion r = refusal.get();
                findings.add(new Finding(
                        Kind.REFUSED_DELETION,
                        Kind.REFUSED_DELETION.defaultLevel(),
                        r.id(),
                        component,
                        component.origin(),
                        null,
                        null,
                        r.confidence(),
                        r.source(),
                        component.label() + ": Salesforce refuses this deletion through destructiveChanges with \""
                                + r.message() + "\" (" + r.confidence().label() + "); instead, " + r.fix()));
            }
        }
        return findings;
    }
}
