package io.github.sfperm.maven;

import io.github.sfperm.check.AllowlistEntry;
import io.github.sfperm.check.CheckResult;
import io.github.sfperm.check.Level;
import io.github.sfperm.common.InputException;
import io.github.sfperm.deploy.Origin;
import io.github.sfperm.engine.CheckEngine;
import io.github.sfperm.engine.CheckRequest;
import java.io.File;
import java.util.Optional;
import io.github.sfperm.report.ConsoleReport;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
     * Fails the build when an ERROR finding remains after the allowlist; otherwise only logs.
     *
     * @since 0.1.0
     */
    @Parameter(property = "sfperm.failOnViolation", defaultValue = "true")
    boolean failOnViolation;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("sfperm: check skipped (sfperm.skip=true).");
            return;
        }
        CheckResult result;
        try {
            result = new CheckEngine().check(checkRequest().baselineFile(Optional.ofNullable(baselineFile)
                    .map(File::toPath)).build());
        } catch (InputException e) {
            throw failure(e);
        }
        log(ConsoleReport.lines(result, base()));
        if (result.hasErrors()) {
            String message = "sfperm found " + result.count(Level.ERROR) + " permission error(s); see the lines above"
                    + " for each gap and the XML that closes them";
            if (failOnViolation) {
                throw new MojoFailureException(message);
            }
            getLog().warn(message + " (not failing: sfperm.failOnViolation=false)");
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
        return request()
                .allowlist(allowlistEntries())
                .allowlistFile(Optional.ofNullable(allowlistFile).map(File::toPath))
                .failOnUnusedAllowlist(failOnUnusedAllowlist)
                .expectedPermissions(expectedPermissions.stream().map(String::trim).filter(p -> !p.isEmpty()).toList())
                .excessPermissionLevel(excessLevel);
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
}
