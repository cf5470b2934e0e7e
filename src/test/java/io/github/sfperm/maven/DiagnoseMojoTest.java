package io.github.sfperm.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import org.apache.maven.api.plugin.testing.Basedir;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.Test;

/** Parameter wiring of the diagnose goal, through the plugin descriptor, as Maven configures it. */
@MojoTest
@Basedir("src/test/resources/unit/diagnose")
class DiagnoseMojoTest {

    private static final String POM = "pom.xml";

    @Test
    @InjectMojo(goal = "diagnose", pom = POM)
    void readsTheResultThePatternFilesAndTheDeployerOfCheck(DiagnoseMojo mojo) {
        assertThat(mojo.deployResult).isEqualTo(new File(mojo.basedir, "deploy-result.json"));
        assertThat(mojo.diagnosePatternFiles).containsExactly(new File(mojo.basedir, "patterns.xml"));
        assertThat(mojo.deployer.permissionSets)
                .containsExactly(new File(mojo.basedir, "permissionsets/Deployer.permissionset-meta.xml"));
    }

    @Test
    @InjectMojo(goal = "diagnose", pom = POM)
    void withoutAResultItSaysHowToSaveOne(DiagnoseMojo mojo) {
        mojo.deployResult = null;
        assertThatThrownBy(mojo::execute)
                .isInstanceOf(MojoExecutionException.class)
                .hasMessageContaining("--json > deploy-result.json || true");
    }

    @Test
    @InjectMojo(goal = "diagnose", pom = POM)
    void anUnreadableResultIsAnExecutionErrorNamingIt(DiagnoseMojo mojo) {
        mojo.deployResult = new File(mojo.basedir, "pom.xml");
        assertThatThrownBy(mojo::execute)
                .isInstanceOf(MojoExecutionException.class)
                .hasMessageStartingWith("sfperm: pom.xml: is not the result of a deployment");
    }
}
