package io.github.sfperm.maven;

import io.github.sfperm.check.Baseline;
import io.github.sfperm.check.CheckResult;
import io.github.sfperm.common.DisplayPath;
import io.github.sfperm.common.InputException;
import io.github.sfperm.engine.CheckEngine;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Writes the current findings of {@code check} to the baseline file ({@code baselineFile}, by default
 * {@code sfperm-baseline.json} in the project directory), to be committed: {@code check} configured with the same
 * {@code baselineFile} then fails only on findings that are not in it. Lets a team with an existing org adopt sfperm
 * without fixing everything first. Never fails on findings.
 *
 * @since 0.1.0
 */
@Mojo(name = "baseline", threadSafe = true)
public class BaselineMojo extends CheckMojo {

    @Override
    public void execute() throws MojoExecutionException {
        if (skip) {
            getLog().info("sfperm: baseline skipped (sfperm.skip=true).");
            return;
        }
        Path file = (baselineFile != null ? baselineFile : new File(basedir, "sfperm-baseline.json")).toPath();
        CheckResult result;
        try {
            result = new CheckEngine().check(checkRequest().build());
        } catch (InputException e) {
            throw failure(e);
        }
        try {
            int written = Baseline.write(file, result.findings(), base());
            getLog().info("sfperm: baseline of " + written + " finding(s) written to " + DisplayPath.of(base(), file)
                    + "; commit it and set <baselineFile> for sfperm:check");
        } catch (IOException e) {
            throw failure("cannot write " + DisplayPath.of(base(), file), e);
        }
    }
}
