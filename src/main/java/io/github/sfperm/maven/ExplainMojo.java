package io.github.sfperm.maven;

import io.github.sfperm.catalogue.Catalogue;
import io.github.sfperm.check.Level;
import io.github.sfperm.common.DisplayPath;
import io.github.sfperm.common.InputException;
import io.github.sfperm.engine.CheckEngine;
import io.github.sfperm.registry.MetadataRegistry;
import io.github.sfperm.report.CatalogueExport;
import io.github.sfperm.report.ConsoleLine;
import io.github.sfperm.report.ExplainReport;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Explains what the deployment needs, whoever deploys: for each rule, the requirement, its confidence and source, and
 * the components that need it; then the least privileged set of permissions. Needs no deployer. With
 * {@code -Dsfperm.type=Flow}, prints the rules for one metadata type instead; with {@code -Dsfperm.catalogue=true},
 * also writes the whole catalogue as JSON.
 *
 * @since 0.1.0
 */
@Mojo(name = "explain", threadSafe = true)
public class ExplainMojo extends AbstractSfpermMojo {

    /**
     * Prints the rules for this metadata type ({@code Flow}) instead of explaining the manifest.
     *
     * @since 0.1.0
     */
    @Parameter(property = "sfperm.type")
    String type;

    /**
     * Also writes the catalogue in force, per type and operation, to {@code catalogue.json} in
     * {@code outputDirectory}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "sfperm.catalogue", defaultValue = "false")
    boolean catalogue;

    @Override
    public void execute() throws MojoExecutionException {
        if (skip) {
            getLog().info("sfperm: explain skipped (sfperm.skip=true).");
            return;
        }
        try {
            if (catalogue) {
                Catalogue rules = Catalogue.withUserFiles(
                        ruleFiles.stream().map(File::toPath).toList());
                Path file = outputDirectory.toPath().resolve("catalogue.json");
                CatalogueExport.write(rules, MetadataRegistry.builtIn(), file);
                getLog().info("sfperm: catalogue written to " + DisplayPath.of(base(), file));
            }
            if (type != null && !type.isBlank()) {
                Catalogue rules = Catalogue.withUserFiles(
                        ruleFiles.stream().map(File::toPath).toList());
                info(ExplainReport.type(type.trim(), rules, MetadataRegistry.builtIn()));
            } else if (!catalogue || manifest != null) {
                info(ExplainReport.needs(new CheckEngine().needs(request().build()), base()));
            }
        } catch (InputException e) {
            throw failure(e);
        } catch (IOException e) {
            throw failure("cannot write to " + display(outputDirectory), e);
        }
    }

    private void info(List<String> lines) {
        log(lines.stream().map(text -> new ConsoleLine(Level.INFO, text)).toList());
    }
}
