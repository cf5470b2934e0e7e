package io.github.sfperm.report;

import io.github.sfperm.catalogue.AppliesTo;
import io.github.sfperm.catalogue.Catalogue;
import io.github.sfperm.catalogue.Confidence;
import io.github.sfperm.catalogue.Requirement;
import io.github.sfperm.catalogue.Rule;
import io.github.sfperm.catalogue.RuleFile;
import io.github.sfperm.check.Allowlist;
import io.github.sfperm.check.AllowlistEntry;
import io.github.sfperm.check.CheckResult;
import io.github.sfperm.check.Finding;
import io.github.sfperm.check.Kind;
import io.github.sfperm.check.Level;
import io.github.sfperm.common.InputException;
import io.github.sfperm.deploy.Component;
import io.github.sfperm.deploy.DeploymentPlan;
import io.github.sfperm.deploy.Operation;
import io.github.sfperm.deploy.Origin;
import io.github.sfperm.deployer.Deployer;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * One fixed check result with a bit of everything: permission gaps from several rules (one with a source, one
 * without), a deletion, an unknown type (WARN), allowlist hygiene without a component (expired ERROR, unused WARN),
 * an INFO finding without any origin, an allowlisted gap, a component with no finding, and text with characters that
 * every format must escape ({@code " & < > % : ,}).
 */
public final class ReportFixture {

    /** The project directory; every path in a report must be relative to it. */
    public static final Path BASE =
            Path.of("target", "report-fixture", "project").toAbsolutePath();

    public static final Path PACKAGE_XML = BASE.resolve("manifest/package.xml");
    public static final Path DESTRUCTIVE = BASE.resolve("manifest/destructiveChanges.xml");
    public static final Path POM = BASE.resolve("pom.xml");

    static final Set<String> HELD = Set.of("ApiEnabled", "CustomizeApplication", "ModifyMetadata");

    static final Rule BASE_RULE = new Rule(
            "base",
            List.of("*"),
            AppliesTo.BOTH,
            Requirement.allOf(List.of(
                    Requirement.permission("ApiEnabled"),
                    Requirement.anyOf(List.of(
                            Requirement.permission("ModifyMetadata"), Requirement.permission("ModifyAllData"))))),
            Confidence.DOCUMENTED,
            "https://developer.salesforce.com/docs/atlas.en-us.api_meta.meta/api_meta/meta_metadata_perm.htm",
            "",
            "Every Metadata API deploy or delete needs API Enabled and Modify Metadata or Modify All Data.",
            new Origin(Catalogue.BUILT_IN_NAME, 10));
    static final Rule FLOW = new Rule(
            "flow",
            List.of("Flow", "FlowDefinition"),
            AppliesTo.BOTH,
            Requirement.permission("ManageInteraction"),
            Confidence.COMMUNITY,
            "https://developer.salesforce.com/docs/platform/api-metadata/references/meta-types/metadata-flow.html",
            "the Flow page lists Manage Flow",
            "Deploying or deleting flows needs Manage Flow (ManageInteraction).",
            new Origin(Catalogue.BUILT_IN_NAME, 40));
    static final Rule APEX = new Rule(
            "apex",
            List.of("ApexClass", "ApexTrigger"),
            AppliesTo.DEPLOY,
            Requirement.permission("AuthorApex"),
            Confidence.DOCUMENTED,
            "https://developer.salesforce.com/docs/atlas.en-us.api_meta.meta/api_meta/meta_classes.htm",
            "",
            "",
            new Origin(Catalogue.BUILT_IN_NAME, 50));
    /** A user rule: no source, so reports point at the README. */
    static final Rule TERRITORY = new Rule(
            "territory-model",
            List.of("Territory2Model"),
            AppliesTo.DEPLOY,
            Requirement.allOf(
                    List.of(Requirement.permission("ManageTerritories"), Requirement.permission("ModifyAllData"))),
            Confidence.INFERRED,
            "",
            "",
            "Territory models: \"Manage Territories\" & <Modify All Data>, 100%: always.",
            new Origin(Path.of("rules/team-rules.xml"), 3));

    static final io.github.sfperm.catalogue.PermissionFact MODIFY_ALL_DATA_IS_DANGEROUS =
            new io.github.sfperm.catalogue.PermissionFact(
                    io.github.sfperm.catalogue.PermissionFact.Kind.DANGEROUS,
                    "ModifyAllData",
                    null,
                    Confidence.COMMUNITY,
                    null,
                    "",
                    "Every record and all setup.",
                    new Origin(Catalogue.BUILT_IN_NAME, 60));

    static final Component LEAD_ROUTER = deploy("Flow", "Lead_Router", PACKAGE_XML, 4);
    static final Component LEGACY_LEAD = deploy("Flow", "Legacy_Lead", PACKAGE_XML, 5);
    static final Component ACCOUNT_SERVICE = deploy("ApexClass", "AccountService", PACKAGE_XML, 8);
    static final Component GLOBAL_MODEL = deploy("Territory2Model", "Global_Model", PACKAGE_XML, 12);
    static final Component TYPO = deploy("Flows", "Typo", PACKAGE_XML, 16);
    static final Component INVOICE = deploy("CustomObject", "Invoice__c", PACKAGE_XML, 20);
    static final Component OLD_ROUTER =
            new Component("Flow", "Old_Router", Operation.DELETE, new Origin(DESTRUCTIVE, 4));

    private ReportFixture() {}

    public static CheckResult result() {
        try {
            Catalogue catalogue = Catalogue.of(List.of(new RuleFile(
                    Catalogue.BUILT_IN_NAME,
                    "2026.11.0-test",
                    List.of(BASE_RULE, FLOW, APEX, TERRITORY),
                    List.of(),
                    List.of(MODIFY_ALL_DATA_IS_DANGEROUS))));
            AllowlistEntry legacy = AllowlistEntry.of(
                    1,
                    "Flow",
                    "Legacy_*",
                    "ManageInteraction",
                    null,
                    "Legacy flows are deployed by the release team until INC-123 is done",
                    "2027-03-31",
                    Origin.of(POM),
                    POM);
            List<Finding> findings = List.of(
                    missing(FLOW, LEAD_ROUTER),
                    missing(APEX, ACCOUNT_SERVICE),
                    missing(FLOW, OLD_ROUTER),
                    missing(TERRITORY, GLOBAL_MODEL),
                    new Finding(
                            Kind.UNKNOWN_TYPE,
                            Level.WARN,
                            "unregistered-type",
                            TYPO,
                            TYPO.origin(),
                            null,
                            null,
                            null,
                            "",
                            TYPO.label() + ": 'Flows' is not a Metadata API type sfperm knows (did you mean"
                                    + " Flow?); only the base rule was checked. Add a rule in a ruleFiles file, or"
                                    + " allowlist it"),
                    new Finding(
                            Kind.ALLOWLIST_EXPIRED,
                            Level.ERROR,
                            "allowlist",
                            null,
                            Origin.of(POM),
                            null,
                            null,
                            null,
                            "",
                            "allowlist entry 2 (type=ApexClass) expired after 2026-01-31 and no longer"
                                    + " suppresses anything; fix the gap, or renew the entry with a new <until>"
                                    + " (reason was: \"Apex\" & <triggers>, 100%: INC-7)"),
                    new Finding(
                            Kind.ALLOWLIST_UNUSED,
                            Level.WARN,
                            "allowlist",
                            null,
                            Origin.of(POM),
                            null,
                            null,
                            null,
                            "",
                            "allowlist entry 3 (member=Gone_*) matched no finding; remove it"
                                    + " (reason was: old flows, long gone)"),
                    new Finding(
                            Kind.EXCESS_PERMISSION,
                            Level.INFO,
                            "excess-permission",
                            null,
                            null,
                            null,
                            null,
                            null,
                            "",
                            "the deploying user holds ViewSetup, which nothing in this deployment needs"));
            List<Allowlist.Suppressed> suppressed =
                    List.of(new Allowlist.Suppressed(missing(FLOW, LEGACY_LEAD), legacy));
            DeploymentPlan plan = new DeploymentPlan(
                    List.of(),
                    List.of(LEAD_ROUTER, LEGACY_LEAD, ACCOUNT_SERVICE, GLOBAL_MODEL, TYPO, INVOICE, OLD_ROUTER));
            return new CheckResult(
                    plan,
                    Deployer.of(HELD),
                    HELD,
                    findings,
                    suppressed,
                    Set.of("AuthorApex", "ManageInteraction", "ManageTerritories", "ModifyAllData"),
                    catalogue);
        } catch (InputException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A result without any finding: one component, every rule met. */
    public static CheckResult clean() {
        Catalogue catalogue = Catalogue.of(List.of(
                new RuleFile(Catalogue.BUILT_IN_NAME, "2026.11.0-test", List.of(BASE_RULE), List.of(), List.of())));
        return new CheckResult(
                new DeploymentPlan(List.of(), List.of(INVOICE)),
                Deployer.of(HELD),
                HELD,
                List.of(),
                List.of(),
                Set.of(),
                catalogue);
    }

    public static ReportContext context() {
        return new ReportContext(BASE, "0.1.0", "sales-app", "12.37.2", true);
    }

    static Finding missing(Rule rule, Component component) {
        Requirement unmet = rule.requires().unmet(HELD).orElseThrow();
        return new Finding(
                Kind.MISSING_PERMISSION,
                Level.ERROR,
                rule.id(),
                component,
                component.origin(),
                rule.requires(),
                unmet,
                rule.confidence(),
                rule.source(),
                component.label() + " needs " + unmet.render());
    }

    private static Component deploy(String type, String member, Path file, int line) {
        return new Component(type, member, Operation.DEPLOY, new Origin(file, line));
    }
}
