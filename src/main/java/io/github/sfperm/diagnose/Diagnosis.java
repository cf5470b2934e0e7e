package io.github.sfperm.diagnose;

import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One failure of a deployment, explained.
 *
 * @param failure the failure as the result gives it
 * @param cause why it failed
 * @param patternId the pattern that matched; empty for {@link Cause#UNKNOWN_CAUSE}
 * @param patternSource where the pattern is defined ({@code sfperm-diagnose-patterns.xml:12} or a user's file)
 * @param named what the message names, by the pattern's group names (permission, field, user, component, ...)
 * @param location where to look, relative to the project: the component's file and line when it is in the project,
 *     otherwise the file the result names, otherwise the result file itself
 * @param inProject whether {@code location} is a file of the project
 * @param explanation what happened, one sentence
 * @param fix how to fix it, one sentence
 * @param grant the permissions to grant the deploying user (for {@link Cause#MISSING_PERMISSION}); empty otherwise
 * @param check whether {@code sfperm:check}, with today's configuration, would have caught it
 */
public record Diagnosis(
        DeployFailure failure,
        Cause cause,
        String patternId,
        String patternSource,
        Map<String, String> named,
        String location,
        boolean inProject,
        String explanation,
        String fix,
        Set<String> grant,
        Verdict check) {

    public Diagnosis {
        Objects.requireNonNull(failure, "failure");
        Objects.requireNonNull(cause, "cause");
        named = Map.copyOf(named);
        grant = Set.copyOf(grant);
    }

    /** The type shown for the failure: its metadata type, or {@code Deployment} for the whole deployment. */
    public String typeLabel() {
        return failure.scope() == DeployFailure.Scope.DEPLOYMENT ? "Deployment" : failure.type();
    }

    /** The name shown for the failure; {@code -} when the result gives none. */
    public String nameLabel() {
        return failure.fullName().isEmpty() ? "-" : failure.fullName();
    }

    /**
     * Whether {@code sfperm:check} would have caught a failure.
     *
     * @param status caught, not caught, or unknown (check could not run with today's configuration)
     * @param detail the finding that catches it, or why none does
     */
    public record Verdict(Status status, String detail) {

        public enum Status {
            CAUGHT,
            NOT_CAUGHT,
            UNKNOWN
        }
    }
}
