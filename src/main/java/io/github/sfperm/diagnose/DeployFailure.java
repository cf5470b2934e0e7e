package io.github.sfperm.diagnose;

import java.util.Objects;

/**
 * One failure read from a deployment's result.
 *
 * @param scope what failed: a component, an Apex test, or the whole deployment before any component
 * @param type the metadata type ({@code Flow}), {@code ApexClass} for a test, empty for the whole deployment
 * @param fullName the component's full name ({@code Account.Status__c}), the test's class and method, or the error's
 *     name ({@code INSUFFICIENT_ACCESS}) for the whole deployment
 * @param fileName the file the result names, as it names it (relative in the archive, or absolute on the machine that
 *     deployed); empty when none
 * @param line the line the result gives, 0 when none
 * @param column the column the result gives, 0 when none
 * @param problem Salesforce's message
 * @param deleted whether the result says the component was being deleted
 */
public record DeployFailure(
        Scope scope,
        String type,
        String fullName,
        String fileName,
        int line,
        int column,
        String problem,
        boolean deleted) {

    public DeployFailure {
        Objects.requireNonNull(scope, "scope");
        type = type == null ? "" : type;
        fullName = fullName == null ? "" : fullName;
        fileName = fileName == null ? "" : fileName;
        problem = problem == null ? "" : problem;
    }

    /** What a failure is about. */
    public enum Scope {
        COMPONENT,
        TEST,
        DEPLOYMENT
    }
}
