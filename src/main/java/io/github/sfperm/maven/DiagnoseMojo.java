package io.github.sfperm.maven;

import io.github.sfperm.common.DisplayPath;
import io.github.sfperm.common.InputException;
import io.github.sfperm.diagnose.DiagnoseEngine;
import io.github.sfperm.report.DiagnosisReport;
import io.github.sfperm.report.ReportContext;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Explains a deployment that has already failed, offline: reads the saved result of {@code sf project deploy
 * start|validate|report|resume --json} (or of {@code sfdx force:source:deploy} / {@code force:mdapi:deploy --json},
 * or the Metadata API's {@code DeployResult} XML) and prints one line per failure: where in the project, the cause
 * (in the vocabulary of sfperm's findings), what the message names, the fix, and whether {@code sfperm:check} with
 * today's configuration would have caught it. Writes {@code diagnosis.json} and appends Markdown to
 * {@code $GITHUB_STEP_SUMMARY}. Fails only when the result (or the configuration) cannot be read.
 *
 * @since 0.1.0
 */
@Mojo(name = "diagnose", threadSafe = true)
public class DiagnoseMojo extends AbstractSfpermMojo {

    /**
     * The saved result of the failed deployment: {@code sf project deploy start ... --json > deploy-result.json ||
     * true}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "sfperm.deployResult")
    File deployResult;

    /**
     * Pattern files (schema {@code sfperm-diagnose-patterns-1.xsd}) with the messages of your own deployments: tried
     * before the built-in patterns; a pattern with a built-in pattern's id replaces it.
     *
     * @since 0.1.0
     */
    @Parameter
    List<File> diagnosePatternFiles = new ArrayList<>();

    @Override
    public void execute() throws MojoExecutionException {
        if (skip) {
            getLog().info("sfperm: diagnose skipped (sfperm.skip=true).");
            return;
        }
        if (deployResult == null) {
            throw new MojoExecutionException("sfperm: no deployment result to diagnose: save it with"
                    + " sf project deploy start ... --json > deploy-result.json || true, then run"
                    + " mvn sfperm:diagnose -Dsfperm.deployResult=deploy-result.json");
        }
        DiagnoseEngine.Outcome outcome;
        try {
            outcome = new DiagnoseEngine()
                    .diagnose(new DiagnoseEngine.Request(
                            request().build(),
                            resolve(deployResult),
                            diagnosePatternFiles.stream().map(this::resolve).toList()));
        } catch (InputException e) {
            throw failure(e);
        }
        log(DiagnosisReport.lines(outcome));
        ReportContext context = ReportContext.of(
                base(),
                plugin == null ? "" : plugin.getVersion(),
                project == null ? base().getFileName().toString() : project.getArtifactId());
        Path output = outputDirectory.toPath();
        try {
            Path file = DiagnosisReport.write(outcome, context, output);
            getLog().info("sfperm: diagnosis written to " + DisplayPath.of(base(), file));
            if (githubStepSummary != null && !githubStepSummary.isBlank()) {
                DiagnosisReport.appendStepSummary(outcome, context, Path.of(githubStepSummary));
            }
        } catch (IOException e) {
            throw failure("cannot write the diagnosis to " + DisplayPath.of(base(), output), e);
        }
    }

    /** A configured path, relative to the project directory when it is not absolute. */
    private Path resolve(File file) {
        Path path = file.toPath();
        return path.isAbsolute() ? path : base().resolve(path);
    }
}
