package io.github.sfperm.maven;

import io.github.sfperm.common.DisplayPath;
import io.github.sfperm.common.InputException;
import io.github.sfperm.source.ManifestWriter;
import io.github.sfperm.source.SourceTree;
import io.github.sfperm.source.SourceTreeReader;
import io.github.sfperm.source.UnclaimedFile;
import java.io.File;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Writes the {@code package.xml} of everything the project's source tree deploys, as Salesforce's
 * {@code sf project generate manifest} would: every package directory of {@code sfdx-project.json} (with
 * {@code .forceignore}), or the project's Metadata API folder. Types and members are sorted as Salesforce sorts them.
 * Files no component claims are listed, since they are not deployed.
 *
 * @since 0.1.0
 */
@Mojo(name = "manifest", threadSafe = true)
public class ManifestMojo extends AbstractMojo {

    private static final Pattern API_VERSION = Pattern.compile("\\d+\\.\\d+");

    /**
     * Skips the goal.
     *
     * @since 0.1.0
     */
    @Parameter(property = "sfperm.skip", defaultValue = "false")
    boolean skip;

    /**
     * The {@code <version>} of the manifest, such as {@code 62.0}. When not set, {@code sourceApiVersion} of
     * {@code sfdx-project.json} (or the version of the Metadata API folder's {@code package.xml}) is used.
     *
     * @since 0.1.0
     */
    @Parameter(property = "sfperm.apiVersion")
    String apiVersion;

    /**
     * Where to write the manifest. Written only there: the source tree is never changed.
     *
     * @since 0.1.0
     */
    @Parameter(property = "sfperm.outputFile", defaultValue = "${project.build.directory}/sfperm/package.xml")
    File outputFile;

    /**
     * The Salesforce project: the directory of {@code sfdx-project.json} (or of the Metadata API folder). Set it when
     * the Salesforce project lies in a sub-directory of the Maven module, such as {@code salesforce}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "sfperm.projectDirectory", defaultValue = "${project.basedir}")
    File projectDirectory;

    /** The Maven module's directory: paths in messages are relative to it. */
    @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
    File basedir;

    /** The build log, every line of it one printable line: file names come from the pull request. */
    @Override
    public Log getLog() {
        return PrintableLog.of(super.getLog());
    }

    @Override
    public void execute() throws MojoExecutionException {
        if (skip) {
            getLog().info("sfperm: manifest skipped (sfperm.skip=true).");
            return;
        }
        Path base = basedir.toPath().toAbsolutePath().normalize();
        try {
            Path project = projectDirectory == null
                    ? base
                    : projectDirectory.toPath().toAbsolutePath().normalize();
            SourceTree tree = SourceTreeReader.read(project);
            String version = version(tree);
            Path out = outputFile.toPath().toAbsolutePath().normalize();
            ManifestWriter.write(tree, version, out);
            for (String note : tree.notes()) {
                getLog().info("sfperm: " + note);
            }
            for (UnclaimedFile file : tree.unclaimedFiles()) {
                String line = "sfperm: " + DisplayPath.of(base, file.file()) + ": not deployed: " + file.reason();
                if (UnclaimedFile.NOT_METADATA.equals(file.reason())) {
                    getLog().info(line);
                } else {
                    getLog().warn(line);
                }
            }
            int types = tree.members().size();
            getLog().info("sfperm: wrote " + count(tree.components().size(), "component") + " of "
                    + count(types, "type") + " to " + DisplayPath.of(base, out) + " (API version " + version + ")");
        } catch (InputException e) {
            throw new MojoExecutionException("sfperm: " + e.describe(base));
        }
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private String version(SourceTree tree) throws InputException {
        String version = apiVersion != null && !apiVersion.isBlank()
                ? apiVersion.trim()
                : tree.sourceApiVersion()
                        .orElseThrow(
                                () -> new InputException(
                                        "no API version for the manifest: set"
                                                + " \"sourceApiVersion\" in sfdx-project.json, or <apiVersion> (-Dsfperm.apiVersion=62.0)"));
        if (!API_VERSION.matcher(version).matches()) {
            throw new InputException("the API version \"" + version + "\" is not a version such as 62.0: correct"
                    + " <apiVersion> (-Dsfperm.apiVersion) or \"sourceApiVersion\" in sfdx-project.json");
        }
        return version;
    }
}
