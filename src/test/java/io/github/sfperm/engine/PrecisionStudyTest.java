package io.github.sfperm.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.sfperm.check.CheckResult;
import io.github.sfperm.check.Finding;
import io.github.sfperm.check.Kind;
import io.github.sfperm.common.InputException;
import io.github.sfperm.deployer.DeployerSpec;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The precision study (docs/precision.md, generated here and kept current): every project of the test corpus
 * ({@code -Dsfperm.corpus}) checked, as a plain {@code sf project deploy start} would deploy it, for two deploying
 * users. A System Administrator must meet every rule except those of features its profile lacks ({@link #LACKING});
 * the Gearset minimum plus Author Apex and Manage Flow gives findings that are accounted for rule by rule
 * ({@link #JUDGEMENTS}). Skipped, saying so, when the corpus is absent.
 */
class PrecisionStudyTest {

    private static final Path DOC = Path.of("docs/precision.md");
    private static final String ADMIN_RESOURCE = "/io/github/sfperm/precision/system-administrator.txt";

    /** The Gearset minimum (ApiEnabled, ModifyMetadata, CustomizeApplication, ViewSetup, ViewRoles) + two. */
    static final List<String> GEARSET_PLUS = List.of(
            "ApiEnabled",
            "ModifyMetadata",
            "CustomizeApplication",
            "ViewSetup",
            "ViewRoles",
            "AuthorApex",
            "ManageInteraction");

    /** Permissions the System Administrator profile used here lacks, because the feature is off in its org; sorted. */
    static final Map<String, String> LACKING = new TreeMap<>(Map.of(
            "ManageTerritories",
            "Enterprise Territory Management: the permission exists only in orgs with the feature enabled, and the"
                    + " profile's org did not have it",
            "CanEditPrompts",
            "Manage Prompts (In-App Guidance): the profile file does not list it (retrieved from an org, or at an API"
                    + " version, without it); a System Administrator of a current org holds it"));

    /** Per rule: is a finding with the Gearset minimum right? */
    static final Map<String, String> JUDGEMENTS = new TreeMap<>(Map.ofEntries(
            Map.entry(
                    "custom-metadata",
                    "right: documented; Customize Application is in the minimum, so a finding means a rule beyond it"),
            Map.entry(
                    "permission-sets-and-profiles",
                    "right (documented): deploying permission sets or profiles needs Manage Profiles and Permission Sets, which the minimum lacks"),
            Map.entry("group", "right (documented): public groups need Manage Users"),
            Map.entry(
                    "queue",
                    "right (documented): queues need Manage Public List Views as well as Customize Application"),
            Map.entry("role", "right (documented): roles need Manage Roles"),
            Map.entry("sharing-rules", "right (documented): sharing rules need Manage Sharing"),
            Map.entry(
                    "report",
                    "plausible (inferred): a report in a public folder needs the report permissions, or Editor access to the folder, which sfperm cannot see"),
            Map.entry(
                    "report-folder",
                    "right (documented): a report folder needs Manage Reports in Public Folders or Create Report Folders"),
            Map.entry(
                    "dashboard",
                    "right (documented): dashboards need the dashboard permissions, or Editor access to the folder"),
            Map.entry("dashboard-folder", "right (documented): a dashboard folder needs its folder permission"),
            Map.entry("dashboard-specified-user", "right (documented): a dashboard that runs as a specified user"),
            Map.entry("dashboard-dynamic", "right (documented): a dynamic dashboard"),
            Map.entry("document", "plausible (inferred): documents in public folders need Manage Public Documents"),
            Map.entry("document-folder", "right (documented): document folders need Modify All Data"),
            Map.entry(
                    "email-template",
                    "right (documented): public email templates need Manage Public Classic or Lightning templates"),
            Map.entry(
                    "email-folder",
                    "right (documented): Classic email folders need Manage Public Classic Email Templates"),
            Map.entry("email-template-folder", "right (documented)"),
            Map.entry("email-template-html", "right (documented): Classic HTML templates need Edit HTML Templates"),
            Map.entry("email-template-custom", "plausible (inferred): Classic custom templates are HTML templates"),
            Map.entry("list-view", "plausible (inferred): public list views need Manage Public List Views"),
            Map.entry(
                    "experience-cloud-sites",
                    "plausible (inferred): Experience Cloud sites need Create and Set Up Experiences"),
            Map.entry("community", "plausible (inferred)"),
            Map.entry(
                    "custom-permission",
                    "right (documented), and a gap in the Gearset minimum as usually listed: Customize Application depends on Manage Custom Permissions, so a working deployer holds it anyway"),
            Map.entry(
                    "prompt",
                    "right (documented): In-App Guidance prompts need Manage Prompts, which the minimum lacks"),
            Map.entry(
                    "report-type",
                    "plausible (inferred since issue 13): Manage Custom Report Types is the Setup permission for report types; the source is the Entitlements page"),
            Map.entry("connected-app", "right (documented): Manage Connected Apps or Modify All Data"),
            Map.entry("connected-app-profiles", "right (documented)"),
            Map.entry("connected-app-permission-sets", "right (documented)"),
            Map.entry(
                    "translations",
                    "plausible (community): a refused deploy is reported publicly; in orgs without Translation Workbench the translations cannot be deployed at all"),
            Map.entry("letterhead", "plausible (inferred)"),
            Map.entry("remote-site-setting", "right (documented)"),
            Map.entry(
                    "csp-trusted-site",
                    "right (documented): Help's Trusted URLs page asks for Customize Application AND Modify All Data"),
            Map.entry("cors-whitelist-origin", "right (documented)"),
            Map.entry("named-credential", "right (documented)"),
            Map.entry("platform-cache-partition", "right (documented)"),
            Map.entry("territory2", "right (documented)"),
            Map.entry("territory2-settings", "plausible (inferred)"),
            Map.entry("sharing-settings", "plausible (inferred)"),
            Map.entry("security-settings-network-access", "plausible (inferred)"),
            Map.entry("sharing-set", "right (documented)"),
            Map.entry("muting-permission-set", "plausible (inferred)"),
            Map.entry("data-category-group", "right (documented)"),
            Map.entry("analytic-snapshot", "plausible (inferred)"),
            Map.entry("entitlements", "right (documented)"),
            Map.entry("installed-package", "right (documented)"),
            Map.entry("certificate", "right (documented)"),
            Map.entry("auth-provider", "right (documented)"),
            Map.entry("user-criteria", "right (documented)"),
            Map.entry("keyword-list", "right (documented)"),
            Map.entry("moderation-rule", "right (documented)"),
            Map.entry("navigation-menu", "plausible (inferred)"),
            Map.entry("network-branding", "plausible (inferred)"),
            Map.entry("managed-topics", "plausible (inferred)"),
            Map.entry("site-dot-com", "plausible (inferred)"),
            Map.entry("audience", "plausible (inferred)"),
            Map.entry("wave-application", "right (documented)"),
            Map.entry("wave-dashboard", "right (documented)"),
            Map.entry("wave-dataflow", "right (documented)"),
            Map.entry("wave-dataset", "plausible (inferred)"),
            Map.entry("wave-lens", "plausible (inferred)"),
            Map.entry("wave-xmd", "plausible (inferred)"),
            Map.entry("wave-recipe", "right (documented)")));

    @Test
    void docsPrecisionMdIsUpToDateWithTheCorpus() throws Exception {
        String corpus = System.getProperty("sfperm.corpus");
        assumeTrue(
                corpus != null && Files.isDirectory(Path.of(corpus)),
                "the precision study needs the test corpus: set -Dsfperm.corpus to ../shared/corpus (surefire does)");
        List<String> admin = adminPermissions();
        StringBuilder md = new StringBuilder();
        md.append("# Precision study\n\n")
                .append("<!-- Generated by PrecisionStudyTest from the test corpus; do not edit. Refresh: ./mvnw test")
                .append(" -Dtest=PrecisionStudyTest -Dsfperm.updateDocs=true -->\n\n")
                .append("Every project of the test corpus (`../shared/corpus`: eleven public Salesforce projects) is")
                .append(" checked as a plain `sf project deploy start` would deploy it (its source tree, or its")
                .append(" `manifest/package.xml`), with the built-in catalogue, for two deploying users:\n\n")
                .append("1. **A System Administrator**: the ")
                .append(admin.size())
                .append(" enabled user permissions of the System Administrator profile (`Admin.profile`) of")
                .append(" Salesforce's own `forcedotcom/source-deploy-retrieve` repository, as recorded in")
                .append(" `research/permission-names.tsv`. It must meet every rule, except those of features the")
                .append(" profile's org lacks:\n");
        LACKING.forEach((p, why) ->
                md.append("   - `").append(p).append("`: ").append(why).append('\n'));
        md.append("2. **The Gearset minimum plus Author Apex and Manage Flow**: `")
                .append(String.join("`, `", GEARSET_PLUS))
                .append("`. Every rule its findings come from is judged below.\n\n");

        Map<String, Map<String, Integer>> gearsetByProject = new TreeMap<>();
        Map<String, Finding> exampleByRule = new TreeMap<>();
        List<String> adminRows = new ArrayList<>();
        List<String> unexpected = new ArrayList<>();
        for (Path project : projects(Path.of(corpus).toAbsolutePath().normalize())) {
            String name = project.getFileName().toString();
            Outcome asAdmin = check(project, admin);
            Outcome asGearset = check(project, GEARSET_PLUS);
            if (asAdmin.isLeft()) {
                adminRows.add("| " + name + " | — | not checked: " + asAdmin.left() + " |");
                continue;
            }
            Map<String, Integer> adminGaps = new TreeMap<>();
            for (Finding finding : missing(asAdmin.right())) {
                String gap = String.join(", ", new TreeSet<>(finding.unmetPermissions()));
                adminGaps.merge("`" + finding.ruleId() + "`: " + gap, 1, Integer::sum);
                if (!LACKING.keySet().containsAll(finding.unmetPermissions())) {
                    unexpected.add(name + ": " + finding.ruleId() + " " + finding.unmetPermissions());
                }
            }
            adminRows.add("| " + name + " | "
                    + asAdmin.right().plan().components().size() + " | "
                    + (adminGaps.isEmpty()
                            ? "none"
                            : String.join(
                                    "; ",
                                    adminGaps.entrySet().stream()
                                            .map(e -> e.getKey() + " (" + e.getValue() + ")")
                                            .toList()))
                    + " |");
            Map<String, Integer> byRule = new TreeMap<>();
            for (Finding finding : missing(asGearset.right())) {
                byRule.merge(finding.ruleId(), 1, Integer::sum);
                exampleByRule.putIfAbsent(finding.ruleId(), finding);
            }
            gearsetByProject.put(name, byRule);
        }
        md.append("## With a System Administrator's permissions\n\n")
                .append("| project | components | MISSING_PERMISSION (rule: unmet, count) |\n|---|---|---|\n");
        adminRows.forEach(r -> md.append(r).append('\n'));
        md.append("\n## With the Gearset minimum plus Author Apex and Manage Flow\n\n")
                .append("| project | rule | confidence | findings | unmet |\n|---|---|---|---|---|\n");
        gearsetByProject.forEach((name, byRule) -> {
            if (byRule.isEmpty()) {
                md.append("| ").append(name).append(" | — | — | 0 | — |\n");
            }
            byRule.forEach((rule, count) -> md.append("| ")
                    .append(name)
                    .append(" | `")
                    .append(rule)
                    .append("` | ")
                    .append(exampleByRule.get(rule).confidence().label())
                    .append(" | ")
                    .append(count)
                    .append(" | `")
                    .append(exampleByRule.get(rule).unmet().render())
                    .append("` |\n"));
        });
        md.append(
                "\n### Judgement per rule\n\n| rule | confidence | findings in all | judgement |\n|---|---|---|---|\n");
        Map<String, Integer> totals = new TreeMap<>();
        gearsetByProject.values().forEach(m -> m.forEach((rule, count) -> totals.merge(rule, count, Integer::sum)));
        List<String> unjudged = new ArrayList<>();
        totals.forEach((rule, count) -> {
            String judgement = JUDGEMENTS.get(rule);
            if (judgement == null) {
                unjudged.add(rule);
            }
            md.append("| `")
                    .append(rule)
                    .append("` | ")
                    .append(exampleByRule.get(rule).confidence().label())
                    .append(" | ")
                    .append(count)
                    .append(" | ")
                    .append(judgement == null ? "(no judgement)" : judgement)
                    .append(" |\n");
        });
        String rendered = md.toString();
        if (Boolean.getBoolean("sfperm.updateDocs")) {
            Files.writeString(DOC, rendered, StandardCharsets.UTF_8);
        }
        assertThat(unexpected)
                .as("a System Administrator meets every rule except those of the features its profile lacks")
                .isEmpty();
        assertThat(unjudged)
                .as("every rule with Gearset-minimum findings has a judgement")
                .isEmpty();
        assertThat(Files.readString(DOC, StandardCharsets.UTF_8))
                .as("docs/precision.md is stale: ./mvnw test -Dtest=PrecisionStudyTest -Dsfperm.updateDocs=true")
                .isEqualTo(rendered);
    }

    private static List<Finding> missing(CheckResult result) {
        return result.findings().stream()
                .filter(f -> f.kind() == Kind.MISSING_PERMISSION)
                .toList();
    }

    /** A check's result, or why the project could not be checked. */
    private record Outcome(String left, CheckResult right) {
        boolean isLeft() {
            return right == null;
        }
    }

    private static Outcome check(Path project, List<String> permissions) {
        try {
            return new Outcome(
                    null,
                    new CheckEngine()
                            .check(CheckRequest.builder(project)
                                    .deployer(new DeployerSpec(
                                            List.of(),
                                            List.of(),
                                            Optional.empty(),
                                            permissions,
                                            Optional.empty(),
                                            List.of()))
                                    .today(LocalDate.of(2026, 12, 1))
                                    .build()));
        } catch (InputException e) {
            return new Outcome(
                    e.getMessage().replace(project.getParent() + "/", "").replace('|', '/'), null);
        }
    }

    private static List<Path> projects(Path corpus) throws IOException {
        try (Stream<Path> dirs = Files.list(corpus)) {
            return dirs.filter(d -> Files.isDirectory(d.resolve(".oracle")))
                    .sorted()
                    .toList();
        }
    }

    private static List<String> adminPermissions() throws IOException {
        try (InputStream in = PrecisionStudyTest.class.getResourceAsStream(ADMIN_RESOURCE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#"))
                    .toList();
        }
    }

    static Set<String> lacking() {
        return LACKING.keySet();
    }
}
