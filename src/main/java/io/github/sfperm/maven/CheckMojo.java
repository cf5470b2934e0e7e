package io.github.sfperm.maven;

import io.github.sfperm.catalogue.Confidence;
import io.github.sfperm.check.AllowlistEntry;
import io.github.sfperm.check.CheckResult;
import io.github.sfperm.check.Level;
import io.github.sfperm.common.DisplayPath;
import io.github.sfperm.common.InputException;
import io.github.sfperm.deploy.Origin;
import io.github.sfperm.engine.CheckEngine;
import io.github.sfperm.engine.CheckRequest;
import io.github.sfperm.engine.Timings;
import io.github.sfperm.report.ConsoleReport;
import io.github.sfperm.report.Format;
import io.github.sfperm.report.GithubAnnotations;
import io.github.sfperm.report.ReportContext;
import io.github.sfperm.report.Reports;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.maven.execution.MavenSession;
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
public class CheckMojo extends AbstractSfpermMojo {

    /**
     * Accepted gaps: {@code <entry>} elements with {@code type}, {@code member}, {@code permission}, {@code ruleId}
     * (patterns; set at least one), a required {@code reason} and an optional {@code until} date.
     *
     * @since 0.1.0
     */
    @Parameter
    List<AllowlistEntryConfig> allowlist = new ArrayList<>();

    /**
     * A shared allowlist file (schema {@code sfperm-allowlist-1.xsd}), read in addition to {@code allowlist}, so that
     * several modules or repositories can share one.
     *
     * @since 0.1.0
     */
    @Parameter(property = "sfperm.allowlistFile")
    File allowlistFile;

    /**
     * Makes an allowlist entry that matched nothing (ALLOWLIST_UNUSED) an ERROR instead of a WARN.
     *
     * @since 0.1.0
     */
    @Parameter(property = "sfperm.failOnUnusedAllowlist", defaultValue = "false")
    boolean failOnUnusedAllowlist;

    /**
     * A baseline written by {@code sfperm:baseline}: findings listed there do not fail the build; entries that no
     * longer occur are reported (BASELINE_RESOLVED).
     *
     * @since 0.1.0
     */
    @Parameter(property = "sfperm.baselineFile")
    File baselineFile;

    /**
     * Permissions the deploying user holds for reasons other than this deployment (running tests, data loads):
     * never reported as EXCESS_PERMISSION.
     *
     * @since 0.1.0
     */
    @Parameter
    List<String> expectedPermissions = new ArrayList<>();

    /**
     * The level of EXCESS_PERMISSION findings (the deployer holds a permission nothing in the deployment needs):
     * ERROR, WARN or INFO.
     *
     * @since 0.1.0
     */
    @Parameter(property = "sfperm.excessPermissionLevel", defaultValue = "WARN")
    String excessPermissionLevel;

    /**
     * The least confidence a rule needs for its MISSING_PERMISSION findings to fail the build: {@code documented} (a
     * Salesforce page states the requirement), {@code community} (also vendor knowledge bases, issues, blogs) or
     * {@code inferred} (every rule, the default). A finding of a rule below it is a WARN that says so; the fix still
     * closes it, marked.
     *
     * @since 0.1.0
     */
    @Parameter(property = "sfperm.failOnConfidence", defaultValue = "inferred")
    String failOnConfidence;

    /**
     * Fails the build when an ERROR finding remains after the allowlist; otherwise only logs.
     *
     * @since 0.1.0
     */
    @Parameter(property = "sfperm.failOnViolation", defaultValue = "true")
    boolean failOnViolation;

    /**
     * The report files to write to {@code outputDirectory}: a comma list of {@code json}, {@code sarif},
     * {@code junit}, {@code markdown}, or {@code all}; empty for none.
     *
     * @since 0.1.0
     */
    @Parameter(property = "sfperm.formats", defaultValue = "all")
    String formats;

    /** Set by GitHub Actions to {@code true}: findings are then also printed as workflow annotations. */
    @Parameter(defaultValue = "${env.GITHUB_ACTIONS}", readonly = true)
    String githubActions;

    @Parameter(defaultValue = "${session}", readonly = true)
    MavenSession session;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        String module = project == null ? base().getFileName().toString() : project.getArtifactId();
        if (skip) {
            getLog().info("sfperm: check skipped (sfperm.skip=true).");
            record(ReactorResults.ModuleResult.skipped(module));
            return;
        }
        CheckEngine.warmUp();
        Timings timings = getLog().isDebugEnabled() ? Timings.start() : Timings.NONE;
        CheckResult result;
        Set<Format> reportFormats;
        try {
            reportFormats = Format.parse(formats);
            result = new CheckEngine()
                    .check(
                            checkRequest()
                                    .baselineFile(
                                            Optional.ofNullable(baselineFile).map(File::toPath))
                                    .build(),
                            timings);
        } catch (InputException e) {
            record(ReactorResults.ModuleResult.inputError(module));
            throw failure(e);
        }
        log(ConsoleReport.lines(result, base()));
        record(ReactorResults.ModuleResult.checked(module, result.count(Level.ERROR), result.count(Level.WARN)));
        writeReports(result, reportFormats);
        timings.lap("console and reports");
        getLog().debug("sfperm: checked " + timings.summary());
        if (result.hasErrors()) {
            String message = "sfperm found " + result.count(Level.ERROR) + " error(s) in " + module
                    + "; see the lines above for each one and how to close it";
            if (failOnViolation) {
                throw new MojoFailureException(message);
            }
            getLog().warn(message + " (not failing: sfperm.failOnViolation=false)");
        }
    }

    /**
     * Records this module's outcome for the reactor summary and, when it completes the reactor's set of checked
     * modules (the last to finish, whatever the thread count), prints the summary.
     */
    private void record(ReactorResults.ModuleResult result) {
        if (session == null || project == null) {
            return;
        }
        ReactorResults.record(session, project, result);
        ReactorResults.summaryIfComplete(session, plugin).ifPresent(line -> {
            if (line.contains("failing: ")) {
                getLog().error(line);
            } else {
                getLog().info(line);
            }
        });
    }

    /** The report files, the GitHub step summary and the GitHub annotations; written before the build fails. */
    private void writeReports(CheckResult result, Set<Format> reportFormats) throws MojoExecutionException {
        ReportContext context = ReportContext.of(
                        base(),
                        plugin == null ? "" : plugin.getVersion(),
                        project == null ? base().getFileName().toString() : project.getArtifactId())
                .withFailOnViolation(failOnViolation);
        try {
            for (Path file : Reports.write(result, context, outputDirectory.toPath(), reportFormats)) {
                getLog().debug("sfperm: wrote " + DisplayPath.of(base(), file));
            }
            if (githubStepSummary != null && !githubStepSummary.isBlank()) {
                Reports.appendStepSummary(result, context, Path.of(githubStepSummary));
            }
            if ("true".equals(githubActions)) {
                // printed raw: a "[ERROR] " prefix would hide them from GitHub
                GithubAnnotations.lines(result, context).forEach(System.out::println);
            }
        } catch (IOException e) {
            throw failure("cannot write reports to " + display(outputDirectory), e);
        }
    }

    /** The request of a check: the shared parameters, the allowlist and the least-privilege options. */
    CheckRequest.Builder checkRequest() throws InputException {
        Level excessLevel;
        try {
            excessLevel = Level.parse(excessPermissionLevel);
        } catch (IllegalArgumentException e) {
            throw new InputException("<excessPermissionLevel>: " + e.getMessage());
        }
        Confidence threshold;
        try {
            threshold = Confidence.parseThreshold(failOnConfidence);
        } catch (IllegalArgumentException e) {
            throw new InputException("<failOnConfidence>: " + e.getMessage());
        }
        return request()
                .allowlist(allowlistEntries())
                .allowlistFile(Optional.ofNullable(allowlistFile).map(File::toPath))
                .failOnUnusedAllowlist(failOnUnusedAllowlist)
                .expectedPermissions(expectedPermissions.stream()
                        .map(String::trim)
                        .filter(p -> !p.isEmpty())
                        .toList())
                .excessPermissionLevel(excessLevel)
                .failOnConfidence(threshold);
    }

    private List<AllowlistEntry> allowlistEntries() throws InputException {
        List<AllowlistEntry> entries = new ArrayList<>();
        Path pom = pom();
        for (int i = 0; i < allowlist.size(); i++) {
            AllowlistEntryConfig e = allowlist.get(i);
            entries.add(AllowlistEntry.of(
                    i + 1, e.type, e.member, e.permission, e.ruleId, e.reason, e.until, Origin.of(pom), pom));
        }
        return entries;
    }
}
