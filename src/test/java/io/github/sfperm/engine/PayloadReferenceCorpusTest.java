package io.github.sfperm.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.sfperm.catalogue.Catalogue;
import io.github.sfperm.catalogue.PermissionNames;
import io.github.sfperm.check.Finding;
import io.github.sfperm.check.Kind;
import io.github.sfperm.check.ObjectFields;
import io.github.sfperm.check.ObjectPayloadCheck;
import io.github.sfperm.check.PayloadCheck;
import io.github.sfperm.check.PayloadReferenceCheck;
import io.github.sfperm.check.PayloadRules;
import io.github.sfperm.deploy.Component;
import io.github.sfperm.deploy.Operation;
import io.github.sfperm.deploy.Origin;
import io.github.sfperm.deployer.Deployer;
import io.github.sfperm.deployer.DeployerLoader;
import io.github.sfperm.deployer.DeployerSpec;
import io.github.sfperm.deployer.PermissionFileIndex;
import io.github.sfperm.deployer.PermissionFileReader;
import io.github.sfperm.references.TargetOrg;
import io.github.sfperm.source.SourceTree;
import io.github.sfperm.source.SourceTreeReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What the corpus projects' own permission sets, muting permission sets, profiles and permission set groups would be
 * rejected for ({@code -Dsfperm.corpus}): every such file of each project (also those outside its package
 * directories, such as CumulusCI's {@code unpackaged/config}) checked as deployed, against what the project holds (its
 * source tree, its object folders, its permission set files), without {@code targetOrg}. Every {@code PAYLOAD_*}
 * finding is counted by rule and level and printed for the precision study; the {@code PAYLOAD_MISSING_REFERENCE}
 * ones are asserted one by one, each justified in {@link #EXPECTED}.
 */
class PayloadReferenceCorpusTest {

    /** project, file, line, rule, level of each PAYLOAD_MISSING_REFERENCE finding, with why it is right. */
    static final List<String> EXPECTED = List.of(
            // ChangePasswordController and its test are not in the project: Salesforce itself creates them in an org
            // with Sites or Experience Cloud (the standard site controllers), which is where CumulusCI's dev config
            // deploys this permission set. A WARN (the target org may have it) is the right level: in an org without
            // them, Salesforce would reject the permission set.
            "SalesforceFoundation__Volunteers-for-Salesforce V4S_Internal_Minimum.permissionset:11"
                    + " reference-apex-class WARN",
            "SalesforceFoundation__Volunteers-for-Salesforce V4S_Internal_Minimum.permissionset:15"
                    + " reference-apex-class WARN");

    private static final List<String> SUFFIXES = List.of(
            ".permissionset-meta.xml",
            ".permissionset",
            ".profile-meta.xml",
            ".profile",
            ".mutingpermissionset-meta.xml",
            ".permissionsetgroup-meta.xml");

    @Test
    void theCorpusPayloadsByRule() throws Exception {
        String property = System.getProperty("sfperm.corpus");
        assumeTrue(property != null && Files.isDirectory(Path.of(property)), "no corpus");
        Path corpus = Path.of(property).toAbsolutePath().normalize();
        List<Path> projects;
        try (Stream<Path> dirs = Files.list(corpus)) {
            projects = dirs.filter(d -> Files.isDirectory(d.resolve(".oracle")))
                    .sorted()
                    .toList();
        }
        Map<String, Integer> byRule = new TreeMap<>();
        List<String> references = new ArrayList<>();
        int payloadCount = 0;
        Deployer nobody = new DeployerLoader(corpus, new PermissionFileIndex(List.of()))
                .load(new DeployerSpec(
                        List.of(), List.of(), Optional.empty(), List.of("ApiEnabled"), Optional.empty()));
        for (Path project : projects) {
            Path salesforce = FieldSuiteTest.salesforceProject(project);
            Optional<SourceTree> tree = SourceTreeReader.readIfPresent(salesforce);
            PermissionFileIndex index = new PermissionFileIndex(List.of(project));
            List<PayloadCheck.Payload> payloads = new ArrayList<>();
            try (Stream<Path> walk = Files.walk(project)) {
                for (Path file : walk.filter(
                                f -> !project.relativize(f).toString().startsWith("."))
                        .filter(f -> !f.toString().contains("node_modules"))
                        .filter(f -> f.toFile().length() > 0) // the corpus keeps some files as empty stubs
                        .sorted()
                        .toList()) {
                    String name = file.getFileName().toString();
                    for (String suffix : SUFFIXES) {
                        if (name.endsWith(suffix)) {
                            String kind = kind(suffix);
                            payloads.add(new PayloadCheck.Payload(
                                    new Component(
                                            kind,
                                            name.substring(0, name.length() - suffix.length()),
                                            Operation.DEPLOY,
                                            new Origin(file, 0)),
                                    PermissionFileReader.read(file, kind)));
                        }
                    }
                }
            }
            payloadCount += payloads.size();
            ObjectFields fields = ObjectFields.read(List.of(project));
            PayloadReferenceCheck.Project holds = (type, member) ->
                    tree.flatMap(t -> t.component(type, member)).isPresent()
                            || ((type.equals("PermissionSet") || type.equals("MutingPermissionSet"))
                                    && index.find(type, member).isPresent());
            List<Finding> findings = new ArrayList<>();
            findings.addAll(new PayloadCheck(Catalogue.builtIn(), PermissionNames.builtIn()).check(payloads, nobody));
            findings.addAll(new ObjectPayloadCheck(PayloadRules.builtIn()).check(payloads, fields));
            findings.addAll(
                    new PayloadReferenceCheck(PayloadRules.builtIn(), TargetOrg.none()).check(payloads, fields, holds));
            for (Finding finding : findings) {
                byRule.merge(finding.kind() + " " + finding.ruleId() + " " + finding.level(), 1, Integer::sum);
                if (finding.kind() == Kind.PAYLOAD_MISSING_REFERENCE) {
                    String line = project.getFileName() + " "
                            + finding.origin().file().getFileName() + ":"
                            + finding.origin().line() + " " + finding.ruleId() + " " + finding.level();
                    references.add(line);
                    System.out.println("payload references: " + line + ": " + finding.message());
                }
            }
        }
        System.out.println("payload references: " + projects.size() + " projects, " + payloadCount
                + " permission sets, muting permission sets, profiles and groups; PAYLOAD_* findings by rule: "
                + byRule);
        assertThat(payloadCount).isPositive();
        assertThat(references).containsExactlyInAnyOrderElementsOf(EXPECTED);
    }

    private static String kind(String suffix) {
        if (suffix.startsWith(".permissionsetgroup")) {
            return "PermissionSetGroup";
        }
        if (suffix.startsWith(".mutingpermissionset")) {
            return "MutingPermissionSet";
        }
        return suffix.startsWith(".profile") ? "Profile" : "PermissionSet";
    }
}
