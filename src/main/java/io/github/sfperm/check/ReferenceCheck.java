package io.github.sfperm.check;

import io.github.sfperm.deploy.Component;
import io.github.sfperm.references.RecordId;
import io.github.sfperm.references.RecordIds;
import io.github.sfperm.references.Reference;
import io.github.sfperm.references.ReferenceKind;
import io.github.sfperm.references.Replacements;
import io.github.sfperm.references.TargetOrg;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Checks what the deployed files name in the target org ({@link Kind#MISSING_REFERENCE}) and the record ids written
 * into them ({@link Kind#HARDCODED_ID}).
 *
 * <ul>
 *   <li>A user is satisfied only by {@code <targetOrg><usernames>}; a role, group or queue also by a component of the
 *       same deployment ({@code Role}, {@code Group}, {@code Queue}).
 *   <li>Against a declared kind, a name not there is an ERROR; without a declaration of its kind, a username (or a
 *       role, group or queue not deployed) is a WARN that asks for the declaration.
 *   <li>An element that must name something and is empty ({@code <runningUser/>}) is an ERROR either way.
 *   <li>A value that {@code sfdx-project.json}'s {@code replacements} change is checked as deployed, or not at all
 *       when that cannot be known offline.
 * </ul>
 */
public final class ReferenceCheck {

    /** A reference or id with the component whose file holds it. */
    public record Located<T>(Component component, T item) {}

    private final TargetOrg targetOrg;
    private final Map<ReferenceKind, Set<String>> deployed;
    private final Replacements replacements;

    /**
     * @param deployed per kind, the developer names the deployment itself deploys (lower case)
     */
    public ReferenceCheck(TargetOrg targetOrg, Map<ReferenceKind, Set<String>> deployed, Replacements replacements) {
        this.targetOrg = targetOrg;
        this.deployed = deployed;
        this.replacements = replacements;
    }

    public List<Finding> check(List<Located<Reference>> references, List<Located<RecordId>> ids) {
        List<Finding> findings = new ArrayList<>();
        for (Located<Reference> located : references) {
            reference(located.component(), located.item()).ifPresent(findings::add);
        }
        for (Located<RecordId> located : ids) {
            id(located.component(), located.item()).ifPresent(findings::add);
        }
        return findings;
    }

    private Optional<Finding> reference(Component component, Reference reference) {
        String field = reference.fieldName();
        String kind = reference.kind().label();
        if (reference.value().isEmpty()) {
            return Optional.of(finding(
                    Level.ERROR,
                    "reference-empty",
                    component,
                    reference,
                    component.label() + ": <" + field + "> is empty: it must name a " + kind
                            + " of the target org; Salesforce refuses the component without one"));
        }
        Optional<String> deployedValue =
                replacements.deployed(reference.origin().file(), reference.value());
        if (deployedValue.isEmpty()) {
            return Optional.empty(); // replaced at deploy time by a value sfperm cannot know
        }
        String value = deployedValue.get().trim();
        if (value.isEmpty()
                || RecordIds.find(">" + value + "<", p -> true).stream().anyMatch(f -> f.id().equals(value))) {
            return Optional.empty(); // an id: HARDCODED_ID says it
        }
        String replaced = value.equals(reference.value()) ? "" : " (after the sfdx-project.json replacement)";
        ReferenceKind referenceKind = reference.kind();
        if (deployed.getOrDefault(referenceKind, Set.of()).contains(value.toLowerCase(Locale.ROOT))) {
            return Optional.empty();
        }
        String ruleId = "reference-" + kind;
        String names = field + " names the " + kind + " " + value + replaced;
        String refusal = referenceKind == ReferenceKind.USER
                ? "\"In field: " + field + " - no User named " + value + " found\""
                : reference.field().contains("sharedTo/")
                        ? "\"SharedTo not allowed:" + field + " - " + value + "\""
                        : "\"insufficient access rights on cross-reference id\"";
        Optional<Set<String>> declared = targetOrg.names(referenceKind);
        if (declared.isPresent()) {
            if (targetOrg.holds(referenceKind, value)) {
                return Optional.empty();
            }
            return Optional.of(finding(
                    Level.ERROR,
                    ruleId,
                    component,
                    reference,
                    component.label() + ": " + names + ", which is not among the target org's " + referenceKind.plural()
                            + " declared in <targetOrg>" + deployedHint(referenceKind)
                            + "; Salesforce refuses it with " + refusal));
        }
        return Optional.of(finding(
                Level.WARN,
                ruleId,
                component,
                reference,
                component.label() + ": " + names + deployedHint(referenceKind) + "; if the target org has none,"
                        + " Salesforce refuses it with " + refusal + ": declare the org's " + referenceKind.plural()
                        + " in <targetOrg><" + referenceKind.plural() + "> so sfperm can check it"));
    }

    private static String deployedHint(ReferenceKind kind) {
        return kind == ReferenceKind.USER ? "" : " and this deployment does not deploy it";
    }

    private Optional<Finding> id(Component component, RecordId id) {
        Optional<String> deployedValue = replacements.deployed(id.origin().file(), id.id());
        if (deployedValue.isEmpty() || !deployedValue.get().contains(id.id())) {
            return Optional.empty();
        }
        String object = id.object()
                .map(o -> " (key prefix " + id.id().substring(0, 3) + ": " + o + ")")
                .orElse(" (key prefix " + id.id().substring(0, 3) + ")");
        return Optional.of(new Finding(
                Kind.HARDCODED_ID,
                Kind.HARDCODED_ID.defaultLevel(),
                "hardcoded-id",
                component,
                id.origin(),
                null,
                null,
                null,
                "",
                component.label() + ": <" + id.field() + "> holds the record id " + id.id() + object
                        + "; record ids differ from org to org: refer to the record by a name (developer name,"
                        + " username, custom metadata) instead"));
    }

    private static Finding finding(
            Level level, String ruleId, Component component, Reference reference, String message) {
        return new Finding(
                Kind.MISSING_REFERENCE,
                level,
                ruleId,
                component,
                reference.origin(),
                null,
                null,
                null,
                reference.source(),
                message);
    }
}
