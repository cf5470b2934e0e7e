package io.github.sfperm.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.sfperm.deploy.Component;
import io.github.sfperm.deploy.Operation;
import io.github.sfperm.deploy.Origin;
import io.github.sfperm.deployer.PermissionFileReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The object and field permission rules on the permission sets and profiles of the corpus projects
 * ({@code -Dsfperm.corpus}): what Salesforce would reject in each project's own payloads, by rule, printed for the
 * precision study (the closing note of issue 16 justifies each).
 */
class PayloadCorpusTest {

    @Test
    void theCorpusPayloadsByRule() throws Exception {
        String property = System.getProperty("sfperm.corpus");
        assumeTrue(property != null && Files.isDirectory(Path.of(property)), "no corpus");
        Path corpus = Path.of(property).toAbsolutePath().normalize();
        Map<String, Integer> byRule = new TreeMap<>();
        List<String> lines = new ArrayList<>();
        int payloads = 0;
        int[] entries = new int[2];
        List<Path> projects;
        try (Stream<Path> dirs = Files.list(corpus)) {
            projects = dirs.filter(d -> Files.isDirectory(d.resolve(".oracle")))
                    .sorted()
                    .toList();
        }
        for (Path project : projects) {
            List<Path> files;
            try (Stream<Path> walk = Files.walk(project)) {
                files = walk.filter(f -> !project.relativize(f).toString().startsWith(".")
                                && !f.toString().contains("node_modules"))
                        .filter(f -> {
                            String n = f.getFileName().toString();
                            return n.endsWith(".permissionset-meta.xml")
                                    || n.endsWith(".profile-meta.xml")
                                    || n.endsWith(".permissionset")
                                    || n.endsWith(".profile");
                        })
                        .filter(f -> f.toFile().length() > 0) // the corpus keeps some files as empty stubs
                        .sorted()
                        .toList();
            }
            ObjectFields fields = ObjectFields.read(List.of(project));
            for (Path file : files) {
                String kind = file.getFileName().toString().contains(".profile") ? "Profile" : "PermissionSet";
                String name = file.getFileName().toString().replaceFirst("\\..*$", "");
                PayloadCheck.Payload payload = new PayloadCheck.Payload(
                        new Component(kind, name, Operation.DEPLOY, new Origin(file, 0)),
                        PermissionFileReader.read(file, kind));
                payloads++;
                PayloadAccess access = PayloadAccess.read(file);
                entries[0] += access.objects().size();
                entries[1] += access.fields().size();
                for (Finding finding : new ObjectPayloadCheck(PayloadRules.builtIn()).check(List.of(payload), fields)) {
                    byRule.merge(finding.ruleId() + " " + finding.level(), 1, Integer::sum);
                    lines.add(corpus.relativize(file) + ":" + finding.origin().line() + ": " + finding.kind() + " ["
                            + finding.ruleId() + "] " + finding.level() + " " + finding.message());
                }
            }
        }
        System.out.println("payload corpus: " + projects.size() + " projects, " + payloads
                + " permission sets and profiles, " + entries[0] + " object and " + entries[1]
                + " field permission entries; findings by rule: " + byRule);
        lines.forEach(l -> System.out.println("payload corpus: " + l));
        assertThat(payloads).isPositive();
    }
}
