package io.github.sfperm.maven;

import io.github.sfperm.check.Level;
import io.github.sfperm.common.DisplayPath;
import io.github.sfperm.common.InputException;
import io.github.sfperm.deployer.DeployerSpec;
import io.github.sfperm.engine.CheckRequest;
import io.github.sfperm.references.ReferenceKind;
import io.github.sfperm.references.TargetOrgSpec;
import io.github.sfperm.report.ConsoleLine;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/** The parameters every sfperm goal shares, and the one place that turns them into a {@link CheckRequest}. */
abstract class AbstractSfpermMojo extends AbstractMojo {

    /**
     * Skips the goal.
     *
     * @since 0.1.0
     */
    @Parameter(property = "sfperm.skip", defaultValue = "false")
    boolean skip;

    /**
     * The {@code package.xml} to check. When not set, {@code manifest/package.xml}, then {@code package.xml}, then
     * {@code src/package.xml} are tried. {@code destructiveChanges.xml}, {@code destructiveChangesPre.xml} and
     * {@code destructiveChangesPost.xml} beside it are read as deletions.
     *
     * @since 0.1.0
     */
    @Parameter(property = "sfperm.manifest")
    File manifest;

    /**
     * Who deploys: {@code <permissionSets>}, {@code <permissionSetGroups>}, {@code <profile>}, {@code <permissions>},
     * {@code <license>} and {@code <licensePermissions>}, in any combination; the deploying user holds the union.
     *
     * @since 0.1.0
     */
    @Parameter
    DeployerConfig deployer;

    /**
     * Rule files in sfperm's rule format, applied after the built-in catalogue: a rule with a built-in rule's id
     * replaces it, other rules are added.
     *
     * @since 0.1.0
     */
    @Parameter
    List<File> ruleFiles = new ArrayList<>();

    /**
     * The level of UNKNOWN_TYPE findings (a type no rule covers): ERROR, WARN or INFO.
     *
     * @since 0.1.0
     */
    @Parameter(property = "sfperm.unknownTypeLevel", defaultValue = "WARN")
    String unknownTypeLevel;

    /**
     * Where report files are written.
     *
     * @since 0.1.0
     */
    @Parameter(property = "sfperm.outputDirectory", defaultValue = "${project.build.directory}/sfperm")
    File outputDirectory;

    /**
     * The Salesforce project: the directory of {@code sfdx-project.json} (or of the Metadata API folder), where the
     * default manifests, the source tree and the members of permission set groups are looked for. Set it when the
     * Salesforce project lies in a sub-directory of the Maven module, such as {@code salesforce}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "sfperm.projectDirectory", defaultValue = "${project.basedir}")
    File projectDirectory;

    /**
     * What the org deployed to holds, declared, never fetched: {@code <usernames><username>}, {@code <roles><role>},
     * {@code <groups><group>}, {@code <queues><queue>} (developer names), and/or {@code <usernamesFile>},
     * {@code <rolesFile>}, {@code <groupsFile>}, {@code <queuesFile>}: the output of {@code sf data query ...
     * --result-format csv|json} as it is (docs/references.md). A reference of a declared kind to a name not there is
     * a MISSING_REFERENCE error; without a declaration it is a warning.
     *
     * @since 0.1.0
     */
    @Parameter
    TargetOrgConfig targetOrg;

    @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
    File basedir;

    @Parameter(defaultValue = "${project.file}", readonly = true)
    File pomFile;

    /** Set by GitHub Actions: the file the job's step summary is appended to. */
    @Parameter(defaultValue = "${env.GITHUB_STEP_SUMMARY}", readonly = true)
    String githubStepSummary;

    @Parameter(defaultValue = "${plugin}", readonly = true)
    PluginDescriptor plugin;

    @Parameter(defaultValue = "${project}", readonly = true)
    MavenProject project;

    /** The build log, every line of it one printable line: findings quote names a pull request chose. */
    @Override
    public Log getLog() {
        return PrintableLog.of(super.getLog());
    }

    /** The project directory, absolute. */
    Path base() {
        return basedir.toPath().toAbsolutePath();
    }

    /** The request built from the shared parameters; goals add their own. */
    CheckRequest.Builder request() throws InputException {
        Level unknownLevel;
        try {
            unknownLevel = Level.parse(unknownTypeLevel);
        } catch (IllegalArgumentException e) {
            throw new InputException("<unknownTypeLevel>: " + e.getMessage());
        }
        return CheckRequest.builder(base())
                .projectDir(projectDirectory == null ? base() : projectDirectory.toPath())
                .configFile(pom())
                .manifest(Optional.ofNullable(manifest).map(File::toPath))
                .deployer(deployerSpec())
                .ruleFiles(ruleFiles.stream().map(File::toPath).toList())
                .unknownTypeLevel(unknownLevel)
                .targetOrg(targetOrgSpec());
    }

    private TargetOrgSpec targetOrgSpec() {
        if (targetOrg == null) {
            return TargetOrgSpec.none();
        }
        Map<ReferenceKind, List<String>> names = new EnumMap<>(ReferenceKind.class);
        Map<ReferenceKind, Path> files = new EnumMap<>(ReferenceKind.class);
        declare(names, files, ReferenceKind.USER, targetOrg.usernames, targetOrg.usernamesFile);
        declare(names, files, ReferenceKind.ROLE, targetOrg.roles, targetOrg.rolesFile);
        declare(names, files, ReferenceKind.GROUP, targetOrg.groups, targetOrg.groupsFile);
        declare(names, files, ReferenceKind.QUEUE, targetOrg.queues, targetOrg.queuesFile);
        declare(names, files, ReferenceKind.PERMISSION_SET, targetOrg.permissionSets, targetOrg.permissionSetsFile);
        declare(names, files, ReferenceKind.COMPONENT, targetOrg.components, null);
        return new TargetOrgSpec(names, files);
    }

    private static void declare(
            Map<ReferenceKind, List<String>> names,
            Map<ReferenceKind, Path> files,
            ReferenceKind kind,
            List<String> inline,
            File file) {
        List<String> values = trimmed(inline == null ? List.of() : inline);
        if (!values.isEmpty()) {
            names.put(kind, values);
        }
        if (file != null) {
            files.put(kind, file.toPath());
        }
    }

    Path pom() {
        return pomFile == null ? basedir.toPath().resolve("pom.xml") : pomFile.toPath();
    }

    /**
     * A user mistake, as Maven reports it: the message names the file and line, no stack trace is needed. The cause is
     * not attached: Maven would append its message, with the file's absolute path, to the same line.
     */
    MojoExecutionException failure(InputException e) {
        return new MojoExecutionException("sfperm: " + e.describe(base()));
    }

    /** A file sfperm could not write: {@code what} and the system's reason, paths shown relative to the project. */
    MojoExecutionException failure(String what, IOException e) {
        return new MojoExecutionException("sfperm: " + DisplayPath.scrub(base(), what + ": " + e.getMessage()));
    }

    /** How {@code file} is shown: relative to the project when inside it. */
    String display(File file) {
        return DisplayPath.of(base(), file.toPath());
    }

    void log(List<ConsoleLine> lines) {
        for (ConsoleLine line : lines) {
            switch (line.level()) {
                case ERROR -> getLog().error(line.text());
                case WARN -> getLog().warn(line.text());
                default -> getLog().info(line.text());
            }
        }
    }

    private DeployerSpec deployerSpec() {
        if (deployer == null) {
            return DeployerSpec.none();
        }
        return new DeployerSpec(
                deployer.permissionSets.stream().map(File::toPath).toList(),
                deployer.permissionSetGroups.stream().map(File::toPath).toList(),
                Optional.ofNullable(deployer.profile).map(File::toPath),
                trimmed(deployer.permissions),
                Optional.ofNullable(deployer.license).map(String::trim).filter(l -> !l.isEmpty()),
                trimmed(deployer.licensePermissions));
    }

    private static List<String> trimmed(List<String> values) {
        return values.stream().map(String::trim).filter(v -> !v.isEmpty()).toList();
    }
}
