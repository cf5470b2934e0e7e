package io.github.sfperm.maven;

import io.github.sfperm.check.CheckResult;
import io.github.sfperm.check.Finding;
import io.github.sfperm.check.Kind;
import io.github.sfperm.common.DisplayPath;
import io.github.sfperm.common.InputException;
import io.github.sfperm.engine.CheckEngine;
import io.github.sfperm.report.Messages;
import io.github.sfperm.report.PermissionSetWriter;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Writes the least privileged permission set that lets a user deploy this project: the union of every component's
 * requirement, choosing the narrowest alternative of each OR (never {@code ModifyAllData} where a narrower permission
 * suffices), with what those permissions depend on, within the deployer's licence when one is configured. Assigned to
 * the deploying user (with its licence's profile), it makes {@code check} pass. Written to {@code target/sfperm/}
 * unless {@code outputFile} says otherwise; never into the source tree by default.
 *
 * @since 0.1.0
 */
@Mojo(name = "fix", threadSafe = true)
public class FixMojo extends AbstractSfpermMojo {

    /**
     * The permission set file to write.
     *
     * @since 0.1.0
     */
    @Parameter(
            property = "sfperm.outputFile",
            defaultValue = "${project.build.directory}/sfperm/sfperm_Deployer.permissionset-meta.xml")
    File outputFile;

    /**
     * The label of the permission set written.
     *
     * @since 0.1.0
     */
    @Parameter(property = "sfperm.permissionSetLabel", defaultValue = "sfperm Deployer")
    String permissionSetLabel;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("sfperm: fix skipped (sfperm.skip=true).");
            return;
        }
        CheckResult needs;
        try {
            needs = new CheckEngine().needs(request().build());
        } catch (InputException e) {
            throw failure(e);
        }
        Path file = outputFile.toPath();
        String description = "The user permissions needed to deploy this project, written by sfperm:fix from "
                + needs.plan().manifests().stream()
                        .map(m -> DisplayPath.of(base(), m.file()))
                        .toList() + ".";
        try {
            PermissionSetWriter.write(file, permissionSetLabel, description, needs.fix());
        } catch (IOException e) {
            throw failure("cannot write " + DisplayPath.of(base(), file), e);
        }
        getLog().info("sfperm: wrote " + DisplayPath.of(base(), file) + " with "
                + needs.fix().size() + " user permission(s): " + String.join(", ", needs.fix()));
        for (String note : Messages.broadPermissionNotes(needs)) {
            getLog().warn(note);
        }
        List<Finding> forbidden = needs.findings().stream()
                .filter(f -> f.kind() == Kind.LICENSE_FORBIDS)
                .toList();
        for (Finding finding : forbidden) {
            getLog().error(Messages.line(finding, base()));
        }
        if (!forbidden.isEmpty()) {
            throw new MojoFailureException("sfperm: " + forbidden.size() + " requirement(s) cannot be met within the"
                    + " deployer's licence; the permission set written covers the rest");
        }
    }
}
