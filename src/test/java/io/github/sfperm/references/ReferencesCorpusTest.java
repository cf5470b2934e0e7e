package io.github.sfperm.references;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.sfperm.check.Finding;
import io.github.sfperm.check.Kind;
import io.github.sfperm.common.InputException;
import io.github.sfperm.engine.CheckEngine;
import io.github.sfperm.engine.CheckRequest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * On every project of the test corpus ({@code -Dsfperm.corpus}): what sfperm deploys by default (the project
 * directory) and every Metadata API folder with a {@code package.xml} (deployed with that manifest), the hard-coded
 * usernames, roles, groups, queues and record ids reported are exactly those listed in docs/references.md.
 */
class ReferencesCorpusTest {

    /** Every reference and id in the corpus, as {@code project/path:line: value}; docs/references.md lists them. */
    static final List<String> EXPECTED = List.of(
            "SalesforceFoundation__Volunteers-for-Salesforce/src/dashboards/Volunteer_Dashboards/Panel_de_Voluntarios.dashboard:149: MISSING_REFERENCE [reference-user] davidhabibvol@groundwire.org",
            "SalesforceFoundation__Volunteers-for-Salesforce/src/dashboards/Volunteer_Dashboards/Volunteers_Dashboard2.dashboard:149: MISSING_REFERENCE [reference-user] davidhabibvol@groundwire.org",
            "SalesforceFoundation__Volunteers-for-Salesforce/unpackaged/config/dev/sites/Volunteers.site:25: MISSING_REFERENCE [reference-user] jsohn@npsp385.salesforce.com",
            "trailheadapps__apex-recipes/force-app/main/default/flows/Test.flow-meta.xml:37: HARDCODED_ID [hardcoded-id] 0018A00000buJJrQAM");

    @Test
    void everyHardCodedReferenceOfTheCorpusIsReportedAndNothingElse() throws Exception {
        String corpus = System.getProperty("sfperm.corpus");
        assumeTrue(
                corpus != null && Files.isDirectory(Path.of(corpus)),
                "the test corpus is absent: set -Dsfperm.corpus to ../shared/corpus to run this test");
        Path root = Path.of(corpus).toAbsolutePath().normalize();
        TreeSet<String> found = new TreeSet<>();
        List<String> notRead = new ArrayList<>();
        try (Stream<Path> projects = Files.list(root)) {
            for (Path project : projects.filter(Files::isDirectory)
                    .filter(p -> !p.getFileName().toString().startsWith("_"))
                    .sorted()
                    .toList()) {
                run(root, project, project, null, found, notRead);
                for (Path sfdx : sfdxProjects(project)) {
                    run(root, project, sfdx.getParent(), null, found, notRead);
                }
                for (Path manifest : manifests(project)) {
                    run(root, project, manifest.getParent(), manifest, found, notRead);
                }
            }
        }
        System.out.println("references in the corpus:\n  " + String.join("\n  ", found));
        System.out.println("not read: " + notRead);
        assertThat(found).containsExactlyElementsOf(EXPECTED);
        // and every XML file of the corpus, deployed or not, read on its own, names nothing more
        assertThat(everyFile(root))
                .isSubsetOf(found.stream()
                        .map(line ->
                                line.substring(0, line.indexOf(": ")) + " " + line.substring(line.lastIndexOf(' ') + 1))
                        .toList());
    }

    private static TreeSet<String> everyFile(Path root) throws Exception {
        ReferenceScanner scanner = new ReferenceScanner(ReferenceData.builtIn());
        TreeSet<String> found = new TreeSet<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(Files::isRegularFile)
                    .filter(f ->
                            !f.toString().contains(".oracle") && !f.toString().contains("_registry"))
                    .sorted()
                    .toList()) {
                String name = file.getFileName().toString();
                if (name.endsWith(".json") || name.endsWith(".js") || Files.size(file) == 0) {
                    continue;
                }
                ReferenceScanner.Scan scan;
                try {
                    scan = scanner.scan(file, "");
                } catch (InputException e) {
                    continue; // not well-formed XML: Salesforce would not deploy it either
                }
                String path = root.relativize(file).toString().replace('\\', '/');
                scan.references().forEach(r -> found.add(path + ":" + r.origin().line() + " " + r.value()));
                scan.ids().forEach(i -> found.add(path + ":" + i.origin().line() + " " + i.id()));
            }
        }
        System.out.println("every file:\n  " + String.join("\n  ", found));
        return found;
    }

    private static List<Path> sfdxProjects(Path project) throws IOException {
        try (Stream<Path> files = Files.walk(project)) {
            return files.filter(f -> f.getFileName().toString().equals("sfdx-project.json"))
                    .filter(f ->
                            !f.toString().contains(".oracle") && !f.getParent().equals(project))
                    .sorted()
                    .toList();
        }
    }

    private static List<Path> manifests(Path project) throws IOException {
        try (Stream<Path> files = Files.walk(project)) {
            return files.filter(f -> f.getFileName().toString().equals("package.xml"))
                    .filter(f -> !f.toString().contains(".oracle"))
                    .filter(f -> Files.isDirectory(f.getParent().resolve("..").normalize()))
                    .sorted()
                    .toList();
        }
    }

    private static void run(
            Path root, Path project, Path projectDir, Path manifest, TreeSet<String> found, List<String> notRead) {
        CheckRequest.Builder request =
                CheckRequest.builder(project).projectDir(projectDir).environment(Map.of());
        if (manifest != null) {
            request.manifest(java.util.Optional.of(manifest));
        }
        try {
            for (Finding finding : new CheckEngine().needs(request.build()).findings()) {
                if (finding.kind() == Kind.MISSING_REFERENCE
                        || finding.kind() == Kind.HARDCODED_ID
                        || finding.kind() == Kind.REFUSED_DELETION) {
                    String path =
                            root.relativize(finding.origin().file()).toString().replace('\\', '/');
                    String value = finding.message()
                            .replaceAll(".* names the \\w+ (\\S+?)[,;].*", "$1")
                            .replaceAll(".* holds the record id (\\S+) .*", "$1");
                    found.add(path + ":" + finding.origin().line() + ": " + finding.kind() + " [" + finding.ruleId()
                            + "] " + value);
                }
            }
        } catch (InputException e) {
            notRead.add(root.relativize(projectDir) + (manifest == null ? "" : " " + manifest.getFileName()) + ": "
                    + e.getMessage());
        }
    }
}
