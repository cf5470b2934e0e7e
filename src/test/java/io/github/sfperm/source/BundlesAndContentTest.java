package io.github.sfperm.source;

import static io.github.sfperm.source.Fixtures.component;
import static io.github.sfperm.source.Fixtures.deployed;
import static io.github.sfperm.source.Fixtures.fixture;
import static io.github.sfperm.source.Fixtures.relative;
import static io.github.sfperm.source.Fixtures.unclaimed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Types with content beside their metadata file: bundles ({@code lwc/}, {@code aura/}), mixed content (static
 * resources, experience bundles), matching content files ({@code .cls} + {@code .cls-meta.xml}).
 */
class BundlesAndContentTest {

    private static SourceTree tree;

    @BeforeAll
    static void read() throws Exception {
        tree = SourceTreeReader.read(fixture("bundles"));
    }

    @Test
    void aBundleFolderIsOneComponentNamedByTheFolder() {
        assertThat(deployed(tree))
                .contains(
                        "LightningComponentBundle: myCmp",
                        "LightningComponentBundle: utils",
                        "AuraDefinitionBundle: myAura");
        SourceComponent lwc = component(tree, "LightningComponentBundle", "myCmp");
        assertThat(relative(tree, lwc.file())).isEqualTo("force-app/main/default/lwc/myCmp/myCmp.js-meta.xml");
        assertThat(lwc.content())
                .hasValueSatisfying(c -> assertThat(relative(tree, c)).isEqualTo("force-app/main/default/lwc/myCmp"));
    }

    @Test
    void everyFileOfABundleBelongsToIt() {
        assertThat(unclaimed(tree)).doesNotContainKey("force-app/main/default/lwc/myCmp/__tests__/myCmp.test.js");
    }

    @Test
    void aFileBesideTheBundlesIsUnclaimed() {
        assertThat(unclaimed(tree))
                .contains(
                        entry("force-app/main/default/lwc/jsconfig.json", UnclaimedFile.NOT_METADATA),
                        entry("force-app/main/default/notes/README.md", UnclaimedFile.NOT_METADATA));
    }

    @Test
    void aStaticResourceIsAFileOrAFolderBesideItsMetadataFile() {
        assertThat(deployed(tree)).contains("StaticResource: jquery", "StaticResource: images");
        assertThat(component(tree, "StaticResource", "images").content())
                .hasValueSatisfying(
                        c -> assertThat(relative(tree, c)).isEqualTo("force-app/main/default/staticresources/images"));
        assertThat(unclaimed(tree)).doesNotContainKey("force-app/main/default/staticresources/images/icons/star.svg");
    }

    @Test
    void aStaticResourceWithoutContentIsUnclaimedWithTheReason() {
        assertThat(deployed(tree)).doesNotContain("StaticResource: orphan");
        assertThat(unclaimed(tree))
                .containsEntry(
                        "force-app/main/default/staticresources/orphan.resource-meta.xml",
                        "this StaticResource has no content: expected a file or folder named orphan beside its metadata file");
    }

    @Test
    void anExperienceBundleIsAFolderBesideItsSiteMetadataFile() {
        assertThat(deployed(tree)).contains("ExperienceBundle: portal1");
        assertThat(unclaimed(tree)).doesNotContainKey("force-app/main/default/experiences/portal1/views/home.json");
    }

    @Test
    void aSourceFileAndItsMetadataFileAreOneComponent() {
        assertThat(deployed(tree)).contains("ApexClass: Hello", "ApexTrigger: AccountTrigger");
        SourceComponent hello = component(tree, "ApexClass", "Hello");
        assertThat(relative(tree, hello.file())).isEqualTo("force-app/main/default/classes/Hello.cls-meta.xml");
        assertThat(hello.content())
                .hasValueSatisfying(
                        c -> assertThat(relative(tree, c)).isEqualTo("force-app/main/default/classes/Hello.cls"));
    }

    @Test
    void halfAClassIsUnclaimedWithTheReason() {
        assertThat(deployed(tree)).doesNotContain("ApexClass: NoMeta", "ApexClass: NoSource");
        assertThat(unclaimed(tree))
                .contains(
                        entry(
                                "force-app/main/default/classes/NoMeta.cls",
                                "the source of ApexClass NoMeta needs its metadata file NoMeta.cls-meta.xml beside it"),
                        entry(
                                "force-app/main/default/classes/NoSource.cls-meta.xml",
                                "the ApexClass source file NoSource.cls is missing beside its metadata file"));
    }

    @Test
    void aMemberIsEverythingBeforeTheSuffix() {
        assertThat(deployed(tree)).contains("CustomMetadata: Config.Default", "Layout: Account-Account Layout");
    }

    @Test
    void aMetadataFileOfAnUnknownSuffixIsUnclaimedWithASuggestionWhenOneIsClose() {
        assertThat(unclaimed(tree))
                .containsEntry(
                        "force-app/main/default/weird/Thing.xyz-meta.xml",
                        "no metadata type has the file suffix 'xyz'");
    }

    @Test
    void anEmptyBundleFolderIsNoComponent(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("sfdx-project.json"), "{\"packageDirectories\": [{\"path\": \"force-app\"}]}");
        Files.createDirectories(dir.resolve("force-app/lwc/empty"));
        Files.createDirectories(dir.resolve("force-app/lwc/full"));
        Files.writeString(dir.resolve("force-app/lwc/full/full.js"), "");
        Files.writeString(dir.resolve("force-app/lwc/full/full.js-meta.xml"), "<LightningComponentBundle/>");
        assertThat(deployed(SourceTreeReader.read(dir))).containsExactly("LightningComponentBundle: full");
    }
}
