package io.github.sfperm.source;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.sfperm.common.InputException;
import io.github.sfperm.testing.FuzzFiles;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Any bytes as {@code sfdx-project.json} or {@code .forceignore}: read, or an {@link InputException}, nothing else;
 * package directories always inside the project; ignore rules that answer for any path. Read from memory; the project
 * directory (with a {@code force-app} folder) lies under {@code target/}. Seeds:
 * {@code src/test/resources/io/github/sfperm/source/ProjectFilesFuzzTestInputs/<method>/}.
 */
class ProjectFilesFuzzTest {

    private static final Path PROJECT = FuzzFiles.workDirectory("ProjectFilesFuzzTest");

    /** The longest file name common file systems take (255 bytes): no path segment the reader asks about is longer. */
    private static final int MAX_NAME = 255;

    /** How many lines of an input are also asked about as paths. */
    private static final int MAX_LINES_AS_PATHS = 16;

    /**
     * Paths every rule set is asked about, besides each line of the input made a path. Paths are what the source tree
     * reader asks: file names (anything but {@code /} and empty, at most {@link #MAX_NAME} long) joined by {@code /}.
     */
    private static final List<String> PATHS = List.of(
            "force-app/main/default/classes/A.cls",
            "force-app/main/default/classes/A.cls-meta.xml",
            "force-app/main/default/lwc/jsconfig.json",
            "force-app/main/default/profiles/Admin.profile-meta.xml",
            ".sf/orgs/x/remoteMetadata/a",
            "a/b/.hidden",
            "[",
            "\\",
            "*",
            "!x",
            "#",
            " ",
            "a/ /b");

    static {
        FuzzFiles.write(PROJECT.resolve("force-app/.keep"), new byte[0]);
    }

    @FuzzTest
    void sfdxProject(byte[] data) {
        Path file = PROJECT.resolve(SfdxProject.FILE_NAME);
        try {
            SfdxProject project = SfdxProject.read(new ByteArrayInputStream(data), file);
            assertThat(project.packageDirectories())
                    .isNotEmpty()
                    .allSatisfy(d -> assertThat(d.directory()).startsWith(PROJECT));
        } catch (InputException e) {
            assertThat(e.file()).contains(file);
            assertThat(e.describe(PROJECT)).doesNotContain("\n");
        }
    }

    @FuzzTest
    void forceIgnore(byte[] data) {
        Path file = PROJECT.resolve(ForceIgnore.FILE_NAME);
        // every file is accepted, as the Salesforce CLI accepts it; one it could not apply ignores nothing, as there
        ForceIgnore rules = ForceIgnore.read(data, file);
        assertThat(rules.isActive()).isNotEqualTo(rules.disregarded().isPresent());
        for (String path : PATHS) {
            rules.denies(path, false);
            rules.denies(path, true);
        }
        // the first lines of the input as paths too (not all: every path is matched against every pattern, and a long
        // input would make each execution quadratic in its length)
        for (String line : new String(data, StandardCharsets.UTF_8)
                .lines()
                .limit(MAX_LINES_AS_PATHS)
                .toList()) {
            String path = Arrays.stream(line.split("/"))
                    .filter(part -> !part.isEmpty())
                    .map(part -> part.length() > MAX_NAME ? part.substring(0, MAX_NAME) : part)
                    .collect(Collectors.joining("/"));
            if (!path.isEmpty()) {
                rules.denies(path, false);
                rules.denies(path, true);
            }
        }
    }
}
