package io.github.sfperm.source;

import io.github.sfperm.deploy.Component;
import io.github.sfperm.deploy.Operation;
import io.github.sfperm.deploy.Origin;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * A component found in the source tree, with the files it comes from.
 *
 * @param type its type as {@code package.xml} names it ({@code Report} for a report folder too)
 * @param member its member as {@code package.xml} names it ({@code Account.Industry__c}, {@code MyFolder/MyReport})
 * @param registryType its type in the registry ({@code ReportFolder} for a report folder; else {@link #type})
 * @param file its metadata file, or its content when it has no metadata file of its own
 * @param line for a child held inside its parent's file ({@code CustomLabel}, {@code WorkflowRule}), the line of its
 *     element; otherwise 0
 * @param content its content (a source file or a bundle folder), if it has one apart from {@link #file}
 * @param packageDirectory the package directory (or Metadata API folder) it was found in
 * @param deployed whether it is part of the deployment: false for what Salesforce's tooling leaves out of
 *     {@code package.xml} (a {@code CustomFieldTranslation}, which deploys with its parent; a {@code CustomObject}
 *     file without content next to its fields)
 */
public record SourceComponent(
        String type,
        String member,
        String registryType,
        Path file,
        int line,
        Optional<Path> content,
        PackageDirectory packageDirectory,
        boolean deployed) {

    public SourceComponent {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(member, "member");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(content, "content");
    }

    /** As a component of a deployment: deployed, its origin being its file (and line). */
    public Component toComponent() {
        return new Component(type, member, Operation.DEPLOY, new Origin(file, line));
    }

    /** {@code type + NUL + member}: the identity of a component in a manifest. */
    public String key() {
        return type + "\u0000" + member;
    }
}
