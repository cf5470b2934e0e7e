package io.github.sfperm.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The manifest goal: version from sfdx-project.json or the parameter, output where told, errors named. */
class ManifestMojoTest {

    @TempDir
    Path project;

    private ManifestMojo mojo;

    @BeforeEach
    void mojo() throws Exception {
        Files.writeString(
                project.resolve("sfdx-project.json"),
                "{\"packageDirectories\": [{\"path\": \"force-app\"}], \"sourceApiVersion\": \"61.0\"}");
        Path classes = Files.createDirectories(project.resolve("force-app/classes"));
        Files.writeString(classes.resolve("Hello.cls"), "");
        Files.writeString(classes.resolve("Hello.cls-meta.xml"), "<ApexClass/>");
        mojo = new ManifestMojo();
        mojo.basedir = project.toFile();
        mojo.outputFile = project.resolve("target/sfperm/package.xml").toFile();
    }

    @Test
    void writesTheManifestWithTheProjectsSourceApiVersion() throws Exception {
        mojo.execute();
        assertThat(project.resolve("target/sfperm/package.xml"))
                .content()
                .contains("<members>Hello</members>", "<name>ApexClass</name>", "<version>61.0</version>");
    }

    @Test
    void theApiVersionParameterWinsAndTheOutputFileCanBeChosen() throws Exception {
        mojo.apiVersion = " 62.0 ";
        mojo.outputFile = new File(project.toFile(), "manifest/generated.xml");
        mojo.execute();
        assertThat(project.resolve("manifest/generated.xml")).content().contains("<version>62.0</version>");
    }

    @Test
    void aMalformedApiVersionIsAnExecutionError() {
        mojo.apiVersion = "sixty-two";
        assertThatThrownBy(mojo::execute)
                .isInstanceOf(MojoExecutionException.class)
                .hasMessage("sfperm: the API version \"sixty-two\" is not a version such as 62.0: correct"
                        + " <apiVersion> (-Dsfperm.apiVersion) or \"sourceApiVersion\" in sfdx-project.json");
    }

    @Test
    void noApiVersionAnywhereIsAnExecutionErrorSayingWhereToSetIt() throws Exception {
        Files.writeString(
                project.resolve("sfdx-project.json"), "{\"packageDirectories\": [{\"path\": \"force-app\"}]}");
        assertThatThrownBy(mojo::execute)
                .isInstanceOf(MojoExecutionException.class)
                .hasMessageContaining("no API version for the manifest");
    }

    @Test
    void aBrokenProjectFileIsAnExecutionErrorNamingTheFile() throws Exception {
        Files.writeString(project.resolve("sfdx-project.json"), "{");
        assertThatThrownBy(mojo::execute)
                .isInstanceOf(MojoExecutionException.class)
                .hasMessageStartingWith("sfperm: sfdx-project.json:1:");
    }
}
