package io.github.sfperm.source;

import static io.github.sfperm.source.Fixtures.fixture;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The written {@code package.xml} is Salesforce's, byte for byte. */
class ManifestWriterTest {

    @Test
    void sortsTypesAndMembersAsSalesforceDoesAndEscapes() {
        String xml = ManifestWriter.toXml(
                Map.of(
                        "WorkflowRule", List.of("Case.Escalate & Notify"),
                        "ApexClass", List.of("b", "B", "a_Z", "A")),
                "62.0");
        assertThat(xml).isEqualTo("""
                <?xml version="1.0" encoding="UTF-8"?>
                <Package xmlns="http://soap.sforce.com/2006/04/metadata">
                    <types>
                        <members>A</members>
                        <members>B</members>
                        <members>a_Z</members>
                        <members>b</members>
                        <name>ApexClass</name>
                    </types>
                    <types>
                        <members>Case.Escalate &amp; Notify</members>
                        <name>WorkflowRule</name>
                    </types>
                    <version>62.0</version>
                </Package>
                """);
    }

    @Test
    void writesTheFileAndItsDirectory(@TempDir Path dir) throws Exception {
        SourceTree tree = SourceTreeReader.read(fixture("folders"));
        Path out = dir.resolve("target/sfperm/package.xml");
        ManifestWriter.write(tree, "62.0", out);
        assertThat(out).content().contains("<members>Sales/Emea/Forecast</members>", "<version>62.0</version>");
    }

    @Test
    void equalsTheManifestOfSalesforcesToolingForACorpusProject() throws Exception {
        String corpus = System.getProperty("sfperm.corpus");
        Path project = corpus == null ? null : Path.of(corpus, "trailheadapps__lwc-recipes");
        assumeTrue(project != null && Files.isDirectory(project), "the test corpus is not available");
        SourceTree tree = SourceTreeReader.read(project);
        assertThat(ManifestWriter.toXml(tree, tree.sourceApiVersion().orElseThrow()))
                .isEqualTo(Files.readString(project.resolve(".oracle/package.xml")));
    }
}
