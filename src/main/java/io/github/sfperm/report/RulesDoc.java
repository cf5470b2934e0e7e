package io.github.sfperm.report;

import io.github.sfperm.catalogue.Catalogue;
import io.github.sfperm.catalogue.Confidence;
import io.github.sfperm.catalogue.PermissionFact;
import io.github.sfperm.catalogue.Rule;
import io.github.sfperm.catalogue.UnknownTypes;
import io.github.sfperm.registry.MetadataRegistry;
import io.github.sfperm.registry.MetadataType;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** Renders {@code docs/rules.md}: every registry type with its requirement, confidence and source, from the data. */
public final class RulesDoc {

    private RulesDoc() {}

    public static String render(Catalogue catalogue, MetadataRegistry registry) {
        StringBuilder md = new StringBuilder();
        Rule base =
                catalogue.baseRules(io.github.sfperm.deploy.Operation.DEPLOY).get(0);
        md.append("# sfperm rule catalogue\n\n")
                .append("<!-- Generated from src/main/resources/io/github/sfperm/catalogue/catalogue.xml by RulesDoc;")
                .append(" do not edit. Refresh: ./mvnw test -Dtest=RulesDocTest -Dsfperm.updateDocs=true -->\n\n")
                .append("Catalogue ")
                .append(catalogue.version())
                .append(", metadata registry from ")
                .append(registry.derivedFrom().packageName())
                .append(' ')
                .append(registry.derivedFrom().version())
                .append(".\n\n")
                .append("Every component needs the base rule, `")
                .append(base.requires().render())
                .append("` ([")
                .append(base.confidence().label())
                .append("](")
                .append(base.source())
                .append(")), and the rules of")
                .append(" its type; a child type (`CustomField`) also needs its parent's rules. Confidence:")
                .append(" **documented** — a Salesforce page says so; **community** — a vendor knowledge base, issue")
                .append(" or blog; **inferred** — reasoned, no direct source. `NONE`: the Metadata API guide says no")
                .append(" additional access is needed. **unknown**: components give an `UNKNOWN_TYPE` finding.")
                .append(" A rule with **when** applies only when the file of the component being deployed has that")
                .append(
                        " element (and value), e.g. a connected app that assigns profiles; sfperm reads the file only for")
                .append(
                        " types with such rules, and such a rule does not apply to a deletion or to a component whose file")
                .append(
                        " is not in the project. User rule files can use `<when element=\"...\" value=\"...\"/>` too.\n\n");
        summary(catalogue, registry, md);
        md.append("## Choosing `failOnConfidence`\n")
                .append("\n")
                .append(
                        "A rule's confidence decides whether its gap fails the build (`<failOnConfidence>`, `-Dsfperm.failOnConfidence`); a gap of a rule below the threshold is a WARN that says so, and the fix still closes it, marked.\n")
                .append("\n")
                .append("| threshold | what fails | for a team that |\n")
                .append("|---|---|---|\n")
                .append(
                        "| `inferred` (default) | every rule | wants every gap sfperm knows of to stop the deployment, and answers a wrong rule by overriding it by id in a rule file or allowlisting it with a reason |\n")
                .append(
                        "| `community` | documented and community rules | is adopting sfperm for a deploying user that works today: a failure then rests on a Salesforce page or on someone who saw Salesforce refuse the deploy; inferred rules only warn |\n")
                .append(
                        "| `documented` | rules a Salesforce page states for that type | must never block a deployment Salesforce would accept (a CI template shared by many orgs), and reads the warnings |\n")
                .append("\n");
        md.append("## Types\n\n| Type | Requires (beyond the base rule) | Rule | Confidence | Source |\n")
                .append("|---|---|---|---|---|\n");
        for (MetadataType type : registry.types()) {
            List<Rule> own = new ArrayList<>();
            for (Rule rule : catalogue.rules()) {
                if (!rule.isBase() && rule.types().contains(type.name())) {
                    own.add(rule);
                }
            }
            String name = type.parent() == null
                    ? "`" + type.name() + "`"
                    : "`" + type.name() + "` (in `" + type.parent() + "`)";
            Optional<UnknownTypes> unknown = catalogue.unknown(type.name());
            if (!own.isEmpty()) {
                for (Rule rule : own) {
                    md.append("| ")
                            .append(name)
                            .append(" | `")
                            .append(rule.requires().render())
                            .append('`')
                            .append(
                                    rule.isConditional()
                                            ? " when `" + rule.when().describe() + "`"
                                            : "")
                            .append(
                                    rule.appliesTo().label().equals("both")
                                            ? ""
                                            : " (" + rule.appliesTo().label() + ")")
                            .append(" | `")
                            .append(rule.id())
                            .append("` | ")
                            .append(rule.confidence().label())
                            .append(" | ")
                            .append(link(rule.source()))
                            .append(" |\n");
                }
            } else if (unknown.isPresent()) {
                md.append("| ")
                        .append(name)
                        .append(" | unknown | `")
                        .append(unknown.get().id())
                        .append("` | — | — |\n");
            } else if (type.parent() != null && catalogue.hasRulesFor(type.parent())) {
                md.append("| ").append(name).append(" | its parent's rules | — | — | — |\n");
            } else {
                md.append("| ").append(name).append(" | **no rule** | — | — | — |\n");
            }
        }
        md.append("\n## Permission facts\n\n| Permission | Fact | Other | Only with | Confidence | Source |\n")
                .append("|---|---|---|---|---|---|\n");
        for (PermissionFact fact : catalogue.facts()) {
            if (fact.kind() == PermissionFact.Kind.DANGEROUS) {
                continue;
            }
            md.append("| `")
                    .append(fact.permission())
                    .append("` | ")
                    .append(fact.kind() == PermissionFact.Kind.IMPLIES ? "implies" : "depends on")
                    .append(" | `")
                    .append(fact.other())
                    .append("` | ")
                    .append(fact.onlyWith().isEmpty() ? "every org" : fact.onlyWith())
                    .append(" | ")
                    .append(fact.confidence().label())
                    .append(" | ")
                    .append(link(fact.source()))
                    .append(" |\n");
        }
        md.append(
                "\n## Dangerous permissions\n\nFlagged when the deployer holds them and nothing in the deployment needs"
                        + " them (`EXCESS_PERMISSION`); the fix chooses them only where no rule accepts anything narrower.\n\n"
                        + "| Permission | When | Why | Source |\n|---|---|---|---|\n");
        for (PermissionFact fact : catalogue.facts()) {
            if (fact.kind() == PermissionFact.Kind.DANGEROUS) {
                md.append("| `")
                        .append(fact.permission())
                        .append("` | ")
                        .append(fact.other().isEmpty() ? "always" : "with `" + fact.other() + "`")
                        .append(" | ")
                        .append(fact.note())
                        .append(" | ")
                        .append(link(fact.source()))
                        .append(" |\n");
            }
        }
        payloadRules(io.github.sfperm.check.PayloadRules.builtIn(), md);
        payloadReferences(io.github.sfperm.check.PayloadRules.builtIn(), md);
        return md.toString();
    }

    /** The object and field permission rules of the permission sets and profiles being deployed. */
    private static void payloadRules(io.github.sfperm.check.PayloadRules rules, StringBuilder md) {
        md.append("\n## Object and field permissions of the permission sets and profiles being deployed\n\n")
                .append(
                        "From `src/main/resources/io/github/sfperm/check/payload-rules.xml`: what Salesforce rejects in")
                .append(" the `<objectPermissions>` and `<fieldPermissions>` of a permission set or profile being")
                .append(" deployed (`PAYLOAD_MISSING_DEPENDENCY`, `PAYLOAD_REQUIRED_FIELD`). Masters and required")
                .append(
                        " fields come from the fields in the source tree (`<type>MasterDetail</type>`, `<referenceTo>`,")
                .append(" `<required>true</required>`, `<formula>`). For a profile, which Salesforce merges with the")
                .append(" org's, a")
                .append(" missing element the profile leaves out is a WARN; one it sets to false is an ERROR. Muting")
                .append(" permission sets are not checked. A user permission rule applies when the file enables the")
                .append(" user permission (and not Modify All Data); a rule for an org feature (Person Accounts) only")
                .append(" where the source tree or the file shows the feature.\n\n")
                .append("| Rule | When | Needs | Where | Confidence | Source |\n|---|---|---|---|---|---|\n");
        for (io.github.sfperm.check.PayloadRules.Rule rule : rules.rules()) {
            String where = switch (rule.scope()) {
                case OBJECT -> "the same `<objectPermissions>`";
                case FIELD -> "the same `<fieldPermissions>`";
                case MASTER_DETAIL -> "the `<objectPermissions>` of each master object";
                case CROSS_OBJECT -> "the `<objectPermissions>` of the objects named";
                case USER_PERMISSION -> "the `<objectPermissions>` of the objects named";
                case REQUIRED_FIELD -> "no `<fieldPermissions>` for a required or master-detail field";
                case NOT_EDITABLE_FIELD ->
                    "no `editable` true in the `<fieldPermissions>` of a " + rule.subject() + " field";
            };
            String when = switch (rule.scope()) {
                case CROSS_OBJECT ->
                    codes(rule.permissions(), " or ") + " on `" + rule.subject() + "`"
                            + (rule.onlyWith() == null ? "" : ", in an org with " + rule.onlyWith());
                case USER_PERMISSION -> "user permission `" + rule.subject() + "`";
                case NOT_EDITABLE_FIELD -> "`editable`";
                default -> rule.permissions().isEmpty() ? "—" : codes(rule.permissions(), " or ");
            };
            String needs = rule.requires().isEmpty()
                    ? rule.needs().isEmpty() ? "—" : codes(rule.needs(), " and ")
                    : String.join(
                            " and ",
                            rule.requires().stream()
                                    .map(n -> "`" + n.permission() + "` on `" + n.object() + "`")
                                    .toList());
            md.append("| `")
                    .append(rule.id())
                    .append("` | ")
                    .append(when)
                    .append(" | ")
                    .append(needs)
                    .append(" | ")
                    .append(where)
                    .append(" | ")
                    .append(rule.confidence().label())
                    .append(" | ")
                    .append(link(rule.source()))
                    .append(" |\n");
        }
    }

    /** The elements of the payloads that name components ({@code PAYLOAD_MISSING_REFERENCE}). */
    private static void payloadReferences(io.github.sfperm.check.PayloadRules rules, StringBuilder md) {
        md.append("\n## Components the permission sets, profiles and permission set groups being deployed name\n\n")
                .append("From the `<reference>` elements of `payload-rules.xml` (`PAYLOAD_MISSING_REFERENCE`): each")
                .append(" name must be a component this deployment deploys, the source tree holds, or `<targetOrg>`")
                .append(
                        " declares (`<components>` as `Type:Member`, `<permissionSets>`). Standard components (no custom")
                .append(" suffix, `standard-X` tabs, `standard__X` apps, layouts of standard objects), managed-package")
                .append(" ones (`ns__X`, `ns.X`) and names holding a deploy-time token (`%%%NAMESPACE%%%`) are not")
                .append(" checked. A custom field or record type of a custom object the project defines but lacks is")
                .append(
                        " an ERROR, as is a name absent from a declared `<targetOrg>` list; anything else not found is a")
                .append(
                        " WARN (the target org may have it). A profile's findings are WARN: Salesforce merges a profile")
                .append(" with the org's.\n\n")
                .append(
                        "| Rule | Element | Names | Salesforce's answer | Confidence | Source |\n|---|---|---|---|---|---|\n");
        for (io.github.sfperm.check.PayloadRules.Reference reference : rules.references()) {
            md.append("| `")
                    .append(reference.id())
                    .append("` | ")
                    .append(codes(reference.elements(), ", "))
                    .append(" | ")
                    .append(reference.type())
                    .append(" | ")
                    .append(reference.message().replace("|", "\\|"))
                    .append(" | ")
                    .append(reference.confidence().label())
                    .append(" | ")
                    .append(link(reference.source()))
                    .append(" |\n");
        }
    }

    private static String codes(List<String> elements, String separator) {
        return String.join(separator, elements.stream().map(e -> "`" + e + "`").toList());
    }

    private static void summary(Catalogue catalogue, MetadataRegistry registry, StringBuilder md) {
        Map<Confidence, Set<String>> specific = new EnumMap<>(Confidence.class);
        for (Rule rule : catalogue.rules()) {
            if (!rule.isBase() && !rule.id().equals("customize-application")) {
                specific.computeIfAbsent(rule.confidence(), c -> new TreeSet<>())
                        .addAll(rule.types());
            }
        }
        int general = catalogue
                .rule("customize-application")
                .map(r -> r.types().size())
                .orElse(0);
        long unknown = registry.types().stream()
                .filter(t -> catalogue.unknown(t.name()).isPresent())
                .count();
        md.append("| | types |\n|---|---|\n");
        for (Confidence confidence : Confidence.values()) {
            md.append("| specific rule, ")
                    .append(confidence.label())
                    .append(" | ")
                    .append(specific.getOrDefault(confidence, Set.of()).size())
                    .append(" |\n");
        }
        md.append("| general rule `customize-application` (inferred) | ")
                .append(general)
                .append(" |\n")
                .append("| unknown | ")
                .append(unknown)
                .append(" |\n")
                .append("| registry types in all | ")
                .append(registry.types().size())
                .append(" |\n\n");
    }

    private static String link(String url) {
        if (url == null || url.isEmpty()) {
            return "—";
        }
        String host = url.replaceFirst("^https?://", "").replaceFirst("/.*$", "");
        return "[" + host + "](" + url.replace("|", "%7C").replace(" ", "%20") + ")";
    }
}
