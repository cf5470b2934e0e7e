package io.github.sfperm.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.util.List;
import org.apache.maven.api.plugin.testing.Basedir;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoParameter;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;

/** Parameter wiring of the check goal, through the plugin descriptor, as Maven configures it. */
@MojoTest
@Basedir("src/test/resources/unit/check")
class CheckMojoTest {

    private static final String POM = "pom.xml";

    @Test
    @InjectMojo(goal = "check", pom = POM)
    void readsNestedDeployerAndAllowlistConfiguration(CheckMojo mojo) {
        assertThat(mojo.manifest).isEqualTo(new File(mojo.basedir, "manifest/package.xml"));
        assertThat(mojo.deployer.permissionSets)
                .containsExactly(new File(mojo.basedir, "permissionsets/Deployer.permissionset-meta.xml"));
        assertThat(mojo.deployer.permissions).containsExactly("AuthorApex");
        assertThat(mojo.allowlist).singleElement().satisfies(entry -> {
            assertThat(entry.type).isEqualTo("Flow");
            assertThat(entry.member).isEqualTo("Legacy_*");
            assertThat(entry.reason).isEqualTo("INC-123");
            assertThat(entry.until).isEqualTo("2999-12-31");
        });
        assertThat(mojo.failOnViolation).isTrue();
        assertThat(mojo.unknownTypeLevel).isEqualTo("WARN");
        assertThat(mojo.skip).isFalse();
    }

    @Test
    @InjectMojo(goal = "check", pom = POM)
    void passesWhenTheOnlyGapIsAllowlisted(CheckMojo mojo) {
        // ApiEnabled from the permission set, AuthorApex inline (which implies ModifyMetadata): the class passes;
        // the flow lacks ManageInteraction, which the allowlist entry accepts.
        assertThatCode(mojo::execute).doesNotThrowAnyException();
    }

    @Test
    @InjectMojo(goal = "check", pom = POM)
    void failsWithMojoFailureExceptionWhenAGapRemains(CheckMojo mojo) {
        mojo.allowlist = List.of();
        assertThatThrownBy(mojo::execute)
                .isInstanceOf(MojoFailureException.class)
                .hasMessageContaining("sfperm found 1 error(s)");
    }

    @Test
    @InjectMojo(goal = "check", pom = POM)
    @MojoParameter(name = "failOnViolation", value = "false")
    void onlyWarnsWhenFailOnViolationIsFalse(CheckMojo mojo) {
        mojo.allowlist = List.of();
        assertThatCode(mojo::execute).doesNotThrowAnyException();
    }

    @Test
    @InjectMojo(goal = "check", pom = POM)
    @MojoParameter(name = "skip", value = "true")
    @MojoParameter(name = "manifest", value = "does/not/exist.xml")
    void skipReadsNothing(CheckMojo mojo) {
        assertThatCode(mojo::execute).doesNotThrowAnyException();
    }

    @Test
    @InjectMojo(goal = "check", pom = POM)
    @MojoParameter(name = "manifest", value = "does/not/exist.xml")
    void aMissingManifestIsAConfigurationError(CheckMojo mojo) {
        assertThatThrownBy(mojo::execute)
                .isInstanceOf(MojoExecutionException.class)
                .hasMessageStartingWith("sfperm: does/not/exist.xml: the configured manifest does not exist");
    }

    @Test
    @InjectMojo(goal = "check", pom = POM)
    @MojoParameter(name = "unknownTypeLevel", value = "LOUD")
    void anUnknownLevelIsAConfigurationError(CheckMojo mojo) {
        assertThatThrownBy(mojo::execute)
                .isInstanceOf(MojoExecutionException.class)
                .hasMessageContaining("'LOUD' is not a level");
    }
}
