package io.github.sfperm.maven;

import io.github.sfperm.check.AllowlistEntry;
import io.github.sfperm.check.CheckResult;
import io.github.sfperm.check.Level;
import io.github.sfperm.common.InputException;
import io.github.sfperm.deploy.Origin;
import io.github.sfperm.deployer.DeployerSpec;
import io.github.sfperm.engine.CheckEngine;
import io.github.sfperm.engine.CheckRequest;
import io.github.sfperm.report.ConsoleLine;
import io.github.sfperm.report.ConsoleReport;
import java.io.File;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Checks that the deploying user holds every user permission the deployment needs, before anything is sent to an
 * org. Reads {@code package.xml} and the destructive manifests beside it, works out what each component needs from
 * the rule catalogue, compares it with the deployer's permission sets, groups and profile, and fails the build with
 * every gap at once and the {@code <userPermissions>} XML that closes them.
 *
 * @since 0.1.0
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VALIDATE, threadSafe = true)
public class CheckMojo extends AbstractMojo {

    /**
     * Skips the check.
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
     * Who deploys: {@code <permissionSets>}, {@code <permissionSetGroups>}, {@code <profile>}, {@code <permissions>}
     * and {@code <license>}, in any combination; the deploying user holds the union. Required.
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
     * Accepted gaps: {@code <entry>} elements with {@code type}, {@code member}, {@code permission}, {@code ruleId}
     * (patterns; set at least one), a required {@code reason} and an optional {@code until} date.
     *
     * @since 0.1.0
     */
    @Parameter
    List<AllowlistEntryConfig> allowlist = new ArrayList<>();

    /**
     * Fails the build when an ERROR finding remains after the allowlist; otherwise only logs.
     *
     * @since 0.1.0
     */
    @Parameter(property = "sfperm.failOnViolation", defaultValue = "true")
    boolean failOnViolation;

    /**
     * The level of UNKNOWN_TYPE findings (a type no rule covers): ERROR, WARN or INFO.
     *
     * @since 0.1.0
     */
    @Parameter(property = "sfperm.unknownTypeLevel", defaultValue = "WARN")
    String unknownTypeLevel;

    @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
    File basedir;

    @Parameter(defaultValue = "${project.file}", readonly = true)
    File pomFile;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("sfperm: check skipped (sfperm.skip=true).");
            return;
        }
        Path base = basedir.toPath().toAbsolutePath();
        CheckResult result;
        try {
            result = new CheckEngine().check(request(base));
        } catch (InputException e) {
            throw new MojoExecutionException("sfperm: " + e.describe(base), e);
        }
        for (ConsoleLine line : ConsoleReport.lines(result, base)) {
            log(line);
        }
        if (result.hasErrors()) {
            String message = "sfperm found " + result.count(Level.ERROR) + " permission error(s); see the lines above"
                    + " for each gap and the XML that closes them";
            if (failOnViolation) {
                throw new MojoFailureException(message);
            }
            getLog().warn(message + " (not failing: sfperm.failOnViolation=false)");
        }
    }

    private CheckRequest request(Path base) throws InputException {
        Level unknownLevel;
        try {
            unknownLevel = Level.parse(unknownTypeLevel);
        } catch (IllegalArgumentException e) {
            throw new InputException("<unknownTypeLevel>: " + e.getMessage());
        }
        return CheckRequest.builder(base)
                .configFile(pom())
                .manifest(Optional.ofNullable(manifest).map(File::toPath))
                .deployer(deployerSpec())
                .ruleFiles(ruleFiles.stream().map(File::toPath).toList())
                .allowlist(allowlistEntries())
                .unknownTypeLevel(unknownLevel)
                .build();
    }

    private DeployerSpec deployerSpec() {
        if (deployer == null) {
            return DeployerSpec.none();
        }
        return new DeployerSpec(
                deployer.permissionSets.stream().map(File::toPath).toList(),
                deployer.permissionSetGroups.stream().map(File::toPath).toList(),
                Optional.ofNullable(deployer.profile).map(File::toPath),
                deployer.permissions.stream().map(String::trim).filter(p -> !p.isEmpty()).toList(),
                Optional.ofNullable(deployer.license).map(String::trim).filter(l -> !l.isEmpty()),
                deployer.licensePermissions.stream().map(String::trim).filter(p -> !p.isEmpty()).toList());
    }

    private List<AllowlistEntry> allowlistEntries() throws InputException {
        List<AllowlistEntry> entries = new ArrayList<>();
        Path pom = pom();
        for (int i = 0; i < allowlist.size(); i++) {
            AllowlistEntryConfig e = allowlist.get(i);
            entries.add(AllowlistEntry.of(i + 1, e.type, e.member, e.permission, e.ruleId, e.reason, e.until,
                    Origin.of(pom), pom));
        }
        return entries;
    }

    private Path pom() {
        return pomFile == null ? basedir.toPath().resolve("pom.xml") : pomFile.toPath();
    }

    private void log(ConsoleLine line) {
        switch (line.level()) {
            case ERROR -> getLog().error(line.text());
            case WARN -> getLog().warn(line.text());
            default -> getLog().info(line.text());
        }
    }
}
