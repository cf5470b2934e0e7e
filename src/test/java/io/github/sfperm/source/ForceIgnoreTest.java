package io.github.sfperm.source;

import static io.github.sfperm.source.Fixtures.deployed;
import static io.github.sfperm.source.Fixtures.fixture;
import static io.github.sfperm.source.Fixtures.ignored;
import static io.github.sfperm.source.Fixtures.unclaimed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code .forceignore}: gitignore patterns relative to the project, after Salesforce's default patterns. */
class ForceIgnoreTest {

    private static final String PATTERNS = String.join("\n", ForceIgnore.DEFAULT_PATTERNS) + "\n" + """
            # a comment
            **/profiles/**
            **/jsconfig.json
            force-app/main/default/classes/Secret*
            !force-app/main/default/classes/SecretButShipped.cls*
            legacy/
            **appMenu
            !**/.keepme
            """;

    @ParameterizedTest(name = "{0} (directory: {1}) ignored: {2}")
    @CsvSource({
        "force-app/main/default/profiles/Admin.profile-meta.xml, false, true",
        "force-app/main/default/profiles, true, false",
        "force-app/main/default/lwc/jsconfig.json, false, true",
        "force-app/main/default/classes/SecretKeys.cls, false, true",
        "force-app/main/default/classes/SecretButShipped.cls, false, false",
        "force-app/main/default/classes/Public.cls, false, false",
        "force-app/main/default/legacy, true, true",
        "force-app/main/default/legacy, false, false",
        "force-app/main/default/legacy/classes/Old.cls, false, true",
        "force-app/main/default/appMenus/Foo.appMenu-meta.xml, false, false",
        "force-app/main/default/appMenu, true, true",
        "force-app/main/default/lwc/.eslintrc.json, false, true",
        "force-app/.keepme, false, false",
        "force-app/main/default/classes/Foo.cls.dup, false, true",
        "force-app/package2-descriptor.json, false, true",
        ".sf/orgs/00D/remoteMetadata/x.json, false, false",
        ".sf/config.json, false, true"
    })
    void followsGitignoreRulesAfterTheDefaults(String path, boolean directory, boolean ignored) throws Exception {
        ForceIgnore rules = ForceIgnore.parse(PATTERNS, Path.of(".forceignore"));
        assertThat(rules.denies(path, directory)).isEqualTo(ignored);
    }

    @Test
    void withoutTheFileNothingIsIgnoredNotEvenDotFiles(@TempDir Path dir) throws Exception {
        ForceIgnore none = ForceIgnore.of(dir);
        assertThat(none.isActive()).isFalse();
        assertThat(none.denies("force-app/.eslintrc.json", false)).isFalse();
        assertThat(none.file()).isEmpty();
    }

    @Test
    void ignoringHalfOfAClassLeavesTheOtherHalfUnclaimedWithTheReason(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("sfdx-project.json"), "{\"packageDirectories\": [{\"path\": \"force-app\"}]}");
        Files.writeString(dir.resolve(".forceignore"), "**/A.cls\n**/B.cls-meta.xml\n");
        Path classes = Files.createDirectories(dir.resolve("force-app/classes"));
        for (String file : new String[] {"A.cls", "A.cls-meta.xml", "B.cls", "B.cls-meta.xml"}) {
            Files.writeString(classes.resolve(file), "");
        }
        SourceTree tree = SourceTreeReader.read(dir);
        assertThat(deployed(tree)).isEmpty();
        assertThat(unclaimed(tree))
                .containsOnly(
                        entry(
                                "force-app/classes/A.cls-meta.xml",
                                "its source file A.cls is"
                                        + " force-ignored, but this metadata file is not: .forceignore must ignore both or neither"),
                        entry(
                                "force-app/classes/B.cls",
                                "its metadata file B.cls-meta.xml is"
                                        + " force-ignored, so ApexClass B is not deployed: .forceignore must ignore both or neither"));
    }

    @Test
    void ignoredComponentsAreNeitherDeployedNorUnclaimed() throws Exception {
        SourceTree tree = SourceTreeReader.read(fixture("forceignore"));
        assertThat(deployed(tree))
                .containsExactly(
                        "ApexClass: Public", "ApexClass: SecretButShipped", "LightningComponentBundle: widget");
        assertThat(ignored(tree))
                .containsExactly(
                        "force-app/main/default/classes/.DS_Store",
                        "force-app/main/default/classes/Notes.cls.dup",
                        "force-app/main/default/classes/SecretKeys.cls",
                        "force-app/main/default/classes/SecretKeys.cls-meta.xml",
                        "force-app/main/default/legacy",
                        "force-app/main/default/lwc/.eslintrc.json",
                        "force-app/main/default/lwc/jsconfig.json",
                        "force-app/main/default/lwc/widget/__tests__/widget.test.js",
                        "force-app/main/default/lwc/widget/widget.ts",
                        "force-app/main/default/profiles/Admin.profile-meta.xml");
        assertThat(unclaimed(tree)).containsOnlyKeys("force-app/test/jest-mocks/apex.js");
    }

    @Test
    void aPatternJavaScriptCannotCompileMakesTheCliIgnoreNothingAndSfpermSaysSo(@TempDir Path dir) throws Exception {
        // node-ignore turns [~-!] into a range JavaScript refuses; it throws, and SDR then ignores no file at all
        Files.writeString(dir.resolve(".forceignore"), "# ours\n**/jsconfig.json\n\nclasses/[~-!]\n");
        ForceIgnore rules = ForceIgnore.of(dir);
        assertThat(rules.isActive()).isFalse();
        assertThat(rules.denies("lwc/jsconfig.json", false)).isFalse();
        assertThat(rules.disregarded())
                .hasValueSatisfying(why -> assertThat(why)
                        .contains("the Salesforce CLI ignores no file by this .forceignore")
                        .contains("range out of order"));
    }

    @Test
    void unclosedAndReversedZeroToZRangesMatchNothingAsInNodeIgnore(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve(".forceignore"), "classes/[z-a\n[z-a]\n!a[b\n");
        ForceIgnore rules = ForceIgnore.of(dir);
        assertThat(rules.isActive()).isTrue();
        assertThat(rules.denies("classes/z", false)).isFalse();
        assertThat(rules.denies("classes/[z-a", false)).isFalse();
        assertThat(rules.denies("z", false)).isFalse();
    }

    @ParameterizedTest(name = "{0} denies {1}: {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                // patterns from public projects the Salesforce CLI accepts and sfperm 0.1 refused
                "**quickActions** | force-app/main/default/quickActions | true",
                "**quickActions** | force-app/main/default/quickActions/Account.New.quickAction-meta.xml | true",
                "**SomeClass.cls** | force-app/main/default/classes/SomeClass.cls | true",
                "**SomeClass.cls** | force-app/main/default/classes/OtherClass.cls | false",
                "**SomeClass.cls** | force-app/main/default/classes/SomeClass.cls-meta.xml | true",
                // node-ignore matches case-insensitively
                "**/PROFILES/** | force-app/main/default/profiles/Admin.profile-meta.xml | true",
                "*.CLS | force-app/main/default/classes/A.cls | true",
                // but as JavaScript does: the Kelvin sign is not k
                "k.cls | force-app/\u212A.cls | false"
            })
    void patternsMatchAsTheSalesforceCliMatchesThem(String pattern, String path, boolean denied) throws Exception {
        ForceIgnore rules = ForceIgnore.parse(pattern, Path.of(".forceignore"));
        String unescaped = path.replace("\\u212A", "\u212A");
        assertThat(rules.denies(unescaped, !unescaped.contains("."))).isEqualTo(denied);
    }

    @Test
    @Timeout(60) // a guard against a hang, not a speed assertion: a backtracking matcher would take centuries here
    void aPatternThatMakesBacktrackingExplodeIsMatchedInLinearTime(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve(".forceignore"), "**/*.dup\n" + "*a".repeat(10) + "*b\n" + "**/*a*a*a*a*a*/**\n");
        ForceIgnore rules = ForceIgnore.of(dir);
        String name = "a".repeat(5_000);
        assertThat(rules.denies("force-app/" + name, false)).isFalse();
        assertThat(rules.denies("force-app/" + name + "b", false)).isTrue();
        assertThat(rules.denies("force-app/" + name + "/x.cls", false)).isTrue();
    }

    @Test
    void bracketsThatAreValidGlobsStillWork(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve(".forceignore"), "**/[Tt]est*.cls\na]\n\\[literal\n");
        ForceIgnore rules = ForceIgnore.of(dir);
        assertThat(rules.denies("classes/TestA.cls", false)).isTrue();
        assertThat(rules.denies("classes/Prod.cls", false)).isFalse();
    }

    @Test
    void bytesThatAreNotUtf8AreReadAsReplacementCharactersAsSalesforceToolingDoes(@TempDir Path dir) throws Exception {
        Files.write(
                dir.resolve(".forceignore"), new byte[] {'*', '*', '/', 'x', (byte) 0xE9, '\n', 'l', 'e', 'g', '/'});
        ForceIgnore rules = ForceIgnore.of(dir);
        assertThat(rules.denies("a/leg/b.cls", false)).isTrue();
        assertThat(rules.denies("a/x\uFFFD", false)).isTrue();
    }

    @Test
    void aForceIgnoreLinkedOutOfTheProjectIsRefused(@TempDir Path dir) throws Exception {
        Path project = Files.createDirectories(dir.resolve("project"));
        Path outside = Files.writeString(dir.resolve("ignore"), "**/*.cls\n");
        try {
            Files.createSymbolicLink(project.resolve(".forceignore"), outside);
        } catch (UnsupportedOperationException | java.io.IOException e) {
            org.junit.jupiter.api.Assumptions.assumeTrue(false, "no symbolic links here");
        }
        assertThatThrownBy(() -> ForceIgnore.of(project)).hasMessageContaining(".forceignore: is a symbolic link");
    }
}
