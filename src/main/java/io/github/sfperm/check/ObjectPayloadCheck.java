package io.github.sfperm.check;

import io.github.sfperm.catalogue.Requirement;
import io.github.sfperm.common.InputException;
import io.github.sfperm.deploy.Origin;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The object and field permissions of the permission sets and profiles being deployed, against {@link PayloadRules}
 * (part of {@link PayloadCheck}'s payload checks):
 *
 * <ul>
 *   <li>{@link Kind#PAYLOAD_MISSING_DEPENDENCY}: an object permission without those it depends on in the same entry
 *       ("Permission Create X depends on permission(s): Read X"), a detail object's permission without Read on its
 *       master ("Permission Create Fund_4Case__c depends on permission(s): Read Fund_Detail__c"), an editable field
 *       that is not readable;
 *   <li>{@link Kind#PAYLOAD_MISSING_DEPENDENCY} too: an object permission without those it needs on another object
 *       ("Permission Read Contract depends on permission(s): Read Account"), an enabled user permission without the
 *       object permissions it needs ("Permission Edit Case Comments depends on permission(s): Edit Case");
 *   <li>{@link Kind#PAYLOAD_REQUIRED_FIELD}: field permissions on a required or master-detail field ("You cannot
 *       deploy to a required field: Account.Region__c"), and an editable formula field.
 * </ul>
 *
 * Muting permission sets are not checked: their {@code true} mutes a permission, and no source states which
 * dependencies hold for them. For profiles, which Salesforce merges with the org's copy, a needed element the entry
 * leaves out (or an entry left out) is a WARN: the org's profile may grant it; one the profile sets to false is an
 * ERROR.
 */
public final class ObjectPayloadCheck {

    private final PayloadRules rules;

    public ObjectPayloadCheck(PayloadRules rules) {
        this.rules = rules;
    }

    public List<Finding> check(List<PayloadCheck.Payload> payloads, ObjectFields fields) throws InputException {
        List<Finding> findings = new ArrayList<>();
        for (PayloadCheck.Payload payload : payloads) {
            String kind = payload.file().kind();
            if (!kind.equals("PermissionSet") && !kind.equals("Profile")) {
                continue;
            }
            PayloadAccess access = PayloadAccess.read(payload.file().file());
            fields.load(objects(access));
            check(payload, access, fields, findings);
        }
        return findings;
    }

    /** The objects an access names: its objects, and its fields' objects. */
    private static Set<String> objects(PayloadAccess access) {
        Set<String> objects = new TreeSet<>();
        access.objects().forEach(e -> objects.add(e.name()));
        for (PayloadAccess.Entry entry : access.fields()) {
            int dot = entry.name().indexOf('.');
            if (dot > 0) {
                objects.add(entry.name().substring(0, dot));
            }
        }
        return objects;
    }

    private void check(PayloadCheck.Payload payload, PayloadAccess access, ObjectFields fields, List<Finding> findings)
            throws InputException {
        boolean profile = payload.file().kind().equals("Profile");
        Map<String, PayloadAccess.Entry> byObject = new LinkedHashMap<>();
        for (PayloadAccess.Entry entry : access.objects()) {
            byObject.putIfAbsent(entry.name(), entry);
        }
        for (PayloadAccess.Entry entry : access.objects()) {
            for (PayloadRules.Rule rule : rules.rules(PayloadRules.Scope.OBJECT)) {
                sameEntry(payload, profile, entry, rule, "objectPermissions", findings);
            }
            for (PayloadRules.Rule rule : rules.rules(PayloadRules.Scope.MASTER_DETAIL)) {
                master(payload, profile, entry, rule, byObject, fields, findings);
            }
            for (PayloadRules.Rule rule : rules.rules(PayloadRules.Scope.CROSS_OBJECT)) {
                if (rule.subject().equals(entry.name())) {
                    Optional<String> shownBy =
                            rule.onlyWith() == null ? Optional.empty() : personAccounts(access, fields);
                    if (rule.onlyWith() == null || shownBy.isPresent()) {
                        crossObject(payload, profile, entry, rule, byObject, shownBy, findings);
                    }
                }
            }
        }
        for (PayloadRules.Rule rule : rules.rules(PayloadRules.Scope.USER_PERMISSION)) {
            userPermission(payload, profile, rule, byObject, findings);
        }
        for (PayloadAccess.Entry entry : access.fields()) {
            for (PayloadRules.Rule rule : rules.rules(PayloadRules.Scope.FIELD)) {
                sameEntry(payload, profile, entry, rule, "fieldPermissions", findings);
            }
            for (PayloadRules.Rule rule : rules.rules(PayloadRules.Scope.REQUIRED_FIELD)) {
                required(payload, entry, rule, fields, findings);
            }
            for (PayloadRules.Rule rule : rules.rules(PayloadRules.Scope.NOT_EDITABLE_FIELD)) {
                notEditable(payload, entry, rule, fields, findings);
            }
        }
    }

    /**
     * An object's permission that needs permissions on another object ("Permission Read Contract depends on
     * permission(s): Read Account"): found at the line of the object's entry.
     */
    private void crossObject(
            PayloadCheck.Payload payload,
            boolean profile,
            PayloadAccess.Entry entry,
            PayloadRules.Rule rule,
            Map<String, PayloadAccess.Entry> byObject,
            Optional<String> shownBy,
            List<Finding> findings) {
        Optional<String> granted =
                rule.permissions().stream().filter(entry::isTrue).findFirst();
        if (granted.isEmpty()) {
            return;
        }
        List<PayloadRules.Need> missing = unmet(rule.requires(), byObject);
        if (missing.isEmpty()) {
            return;
        }
        findings.add(missingDependency(
                rule,
                payload,
                entry,
                granted.get(),
                "",
                shownBy.map(by -> " in an org with " + rule.onlyWith() + ", which " + by + " shows")
                        .orElse(""),
                missing,
                byObject,
                profile));
    }

    /**
     * A {@code PAYLOAD_MISSING_DEPENDENCY} finding: the payload grants {@code granted} on {@code entry} ({@code about}
     * says more of the object) without {@code missing}; Salesforce's message ({@code when} says when it applies), the
     * fix, and why its level.
     */
    private Finding missingDependency(
            PayloadRules.Rule rule,
            PayloadCheck.Payload payload,
            PayloadAccess.Entry entry,
            String granted,
            String about,
            String when,
            List<PayloadRules.Need> missing,
            Map<String, PayloadAccess.Entry> byObject,
            boolean profile) {
        List<String> needed = needed(missing);
        Level level = level(profile, setFalse(missing, byObject));
        return finding(
                Kind.PAYLOAD_MISSING_DEPENDENCY,
                level,
                rule,
                payload,
                entry.line(),
                needed,
                payload.component().label() + " grants " + rules.label(granted) + " on " + entry.name() + about
                        + " without " + String.join(", ", needed) + "; Salesforce rejects it with \""
                        + salesforceMessage(granted, entry.name(), needed) + "\"" + when + "; "
                        + fix(missing, byObject)
                        + levelReason(profile, level, entryReason(missing, byObject)));
    }

    /**
     * What shows that the org has Person Accounts, the one org feature a rule names ({@code onlyWith}): the source
     * tree ({@link ObjectFields#personAccounts}) or the file's own field permissions on an {@code Account.Person...}
     * or {@code Account...__pc} field; empty when nothing does, and the rule is then not checked.
     */
    private static Optional<String> personAccounts(PayloadAccess access, ObjectFields fields) throws InputException {
        Optional<String> tree = fields.personAccounts();
        if (tree.isPresent()) {
            return tree;
        }
        return access.fields().stream()
                .map(PayloadAccess.Entry::name)
                .filter(f -> f.startsWith("Account.") && (f.endsWith("__pc") || f.startsWith("Account.Person")))
                .findFirst()
                .map(f -> "the field permission on " + f);
    }

    /**
     * An enabled user permission that needs object permissions ("Permission Edit Case Comments depends on
     * permission(s): Edit Case"): found at the line of the {@code <userPermissions>} entry. A file that enables
     * Modify All Data is left alone: that permission grants every object permission, and no source shows Salesforce
     * refusing such a file for these dependencies.
     */
    private void userPermission(
            PayloadCheck.Payload payload,
            boolean profile,
            PayloadRules.Rule rule,
            Map<String, PayloadAccess.Entry> byObject,
            List<Finding> findings) {
        Set<String> enabled = payload.file().enabledPermissions();
        if (!enabled.contains(rule.subject()) || enabled.contains("ModifyAllData")) {
            return;
        }
        List<PayloadRules.Need> missing = unmet(rule.requires(), byObject);
        if (missing.isEmpty()) {
            return;
        }
        List<String> needed = needed(missing);
        Level level = level(profile, setFalse(missing, byObject));
        String salesforce = "Permission " + rule.label() + " depends on permission(s): " + String.join(", ", needed);
        findings.add(finding(
                Kind.PAYLOAD_MISSING_DEPENDENCY,
                level,
                rule,
                payload,
                payload.file().permissionLines().getOrDefault(rule.subject(), 0),
                needed,
                payload.component().label() + " enables " + rule.subject() + " without " + String.join(", ", needed)
                        + "; Salesforce rejects it with \"" + salesforce + "\"; " + fix(missing, byObject)
                        + levelReason(profile, level, entryReason(missing, byObject))));
    }

    /** The needs that no entry of the file sets to true, in the rule's order. */
    private static List<PayloadRules.Need> unmet(
            List<PayloadRules.Need> needs, Map<String, PayloadAccess.Entry> byObject) {
        return needs.stream()
                .filter(n -> byObject.get(n.object()) == null
                        || !byObject.get(n.object()).isTrue(n.permission()))
                .toList();
    }

    /** Whether the file itself sets one of the missing elements to false (so that a profile cannot get it). */
    private static boolean setFalse(List<PayloadRules.Need> missing, Map<String, PayloadAccess.Entry> byObject) {
        return missing.stream()
                .anyMatch(n -> byObject.get(n.object()) != null
                        && byObject.get(n.object()).values().containsKey(n.permission()));
    }

    /** Salesforce's words for the missing permissions: {@code Read Account}. */
    private List<String> needed(List<PayloadRules.Need> missing) {
        return missing.stream()
                .map(n -> rules.label(n.permission()) + " " + n.object())
                .toList();
    }

    /** What to change, object by object: set the elements in its entry (with its line), or add an entry. */
    private static String fix(List<PayloadRules.Need> missing, Map<String, PayloadAccess.Entry> byObject) {
        Map<String, List<String>> byTarget = new LinkedHashMap<>();
        for (PayloadRules.Need need : missing) {
            byTarget.computeIfAbsent(need.object(), o -> new ArrayList<>()).add(xmlTrue(need.permission()));
        }
        List<String> parts = new ArrayList<>();
        byTarget.forEach((object, elements) -> {
            PayloadAccess.Entry entry = byObject.get(object);
            String set = String.join(" and ", elements);
            parts.add(
                    entry == null
                            ? "add an <objectPermissions> entry for " + object + " with " + set
                            : "set " + set + " in the <objectPermissions> of " + object + " (line " + entry.line()
                                    + ")");
        });
        return String.join("; ", parts);
    }

    private static String entryReason(List<PayloadRules.Need> missing, Map<String, PayloadAccess.Entry> byObject) {
        return missing.stream().anyMatch(n -> byObject.get(n.object()) == null) ? "no entry" : "entry";
    }

    /** A field Salesforce lets no permission set or profile make editable (a formula field). */
    private void notEditable(
            PayloadCheck.Payload payload,
            PayloadAccess.Entry entry,
            PayloadRules.Rule rule,
            ObjectFields fields,
            List<Finding> findings) {
        if (!entry.isTrue("editable") || !rule.subject().equals("formula")) {
            return;
        }
        Optional<ObjectFields.Required> formula = fields.formula(entry.name());
        if (formula.isEmpty()) {
            return;
        }
        findings.add(finding(
                Kind.PAYLOAD_REQUIRED_FIELD,
                Kind.PAYLOAD_REQUIRED_FIELD.defaultLevel(),
                rule,
                payload,
                entry.line(),
                List.of(entry.name()),
                payload.component().label() + " grants Edit on " + entry.name() + ", "
                        + formula.get().reason()
                        + " (" + formula.get().file().getFileName() + ":"
                        + formula.get().line()
                        + "), which no permission set or profile can make editable; set <editable>false</editable> in"
                        + " the <fieldPermissions> of " + entry.name()));
    }

    private void sameEntry(
            PayloadCheck.Payload payload,
            boolean profile,
            PayloadAccess.Entry entry,
            PayloadRules.Rule rule,
            String element,
            List<Finding> findings) {
        Optional<String> granted =
                rule.permissions().stream().filter(entry::isTrue).findFirst();
        if (granted.isEmpty()) {
            return;
        }
        List<String> missing =
                rule.needs().stream().filter(n -> !entry.isTrue(n)).toList();
        if (missing.isEmpty()) {
            return;
        }
        boolean setFalse = missing.stream().anyMatch(entry.values()::containsKey);
        List<String> needed =
                missing.stream().map(n -> rules.label(n) + " " + entry.name()).toList();
        String salesforce = salesforceMessage(granted.get(), entry.name(), needed);
        Level level = level(profile, setFalse);
        findings.add(finding(
                Kind.PAYLOAD_MISSING_DEPENDENCY,
                level,
                rule,
                payload,
                entry.line(),
                needed,
                payload.component().label() + " grants " + rules.label(granted.get()) + " on " + entry.name()
                        + " without "
                        + String.join(", ", missing.stream().map(rules::label).toList())
                        + "; Salesforce rejects it with \"" + salesforce + "\"; set "
                        + String.join(
                                " and ",
                                missing.stream()
                                        .map(ObjectPayloadCheck::xmlTrue)
                                        .toList())
                        + " in the <" + element + "> of " + entry.name()
                        + levelReason(profile, level, "entry")));
    }

    /** Salesforce's own words for the gap: {@code Permission Create X depends on permission(s): Read Y}. */
    private String salesforceMessage(String granted, String name, List<String> needed) {
        return "Permission " + rules.label(granted) + " " + name + " depends on permission(s): "
                + String.join(", ", needed);
    }

    /** A profile merges with the org's: a missing element is a WARN, one the profile itself sets false an ERROR. */
    private static Level level(boolean profile, boolean setFalse) {
        return profile && !setFalse ? Level.WARN : Kind.PAYLOAD_MISSING_DEPENDENCY.defaultLevel();
    }

    private void master(
            PayloadCheck.Payload payload,
            boolean profile,
            PayloadAccess.Entry entry,
            PayloadRules.Rule rule,
            Map<String, PayloadAccess.Entry> byObject,
            ObjectFields fields,
            List<Finding> findings) {
        Optional<String> granted =
                rule.permissions().stream().filter(entry::isTrue).findFirst();
        if (granted.isEmpty()) {
            return;
        }
        for (String master : ancestors(entry.name(), fields)) {
            List<PayloadRules.Need> missing = unmet(
                    rule.needs().stream()
                            .map(n -> new PayloadRules.Need(master, n))
                            .toList(),
                    byObject);
            if (missing.isEmpty()) {
                continue;
            }
            findings.add(missingDependency(
                    rule,
                    payload,
                    entry,
                    granted.get(),
                    ", a detail object of " + master + ",",
                    "",
                    missing,
                    byObject,
                    profile));
        }
    }

    private void required(
            PayloadCheck.Payload payload,
            PayloadAccess.Entry entry,
            PayloadRules.Rule rule,
            ObjectFields fields,
            List<Finding> findings) {
        Optional<ObjectFields.Required> required = fields.required(entry.name());
        if (required.isEmpty()) {
            return;
        }
        findings.add(finding(
                Kind.PAYLOAD_REQUIRED_FIELD,
                Kind.PAYLOAD_REQUIRED_FIELD.defaultLevel(),
                rule,
                payload,
                entry.line(),
                List.of(entry.name()),
                payload.component().label() + " has <fieldPermissions> for " + entry.name() + ", "
                        + required.get().reason() + " (" + required.get().file().getFileName() + ":"
                        + required.get().line() + "); Salesforce rejects it with \"You cannot deploy to a required"
                        + " field: " + entry.name() + "\"; remove the <fieldPermissions> entry of " + entry.name()
                        + ": a required field is readable and editable with its object's permissions"));
    }

    /** The masters of {@code object}, their masters and so on, in order, without repeats. */
    private static Set<String> ancestors(String object, ObjectFields fields) {
        Set<String> seen = new java.util.LinkedHashSet<>();
        Deque<String> todo = new ArrayDeque<>(new TreeSet<>(fields.masters(object)));
        while (!todo.isEmpty()) {
            String next = todo.removeFirst();
            if (!next.equals(object) && seen.add(next)) {
                todo.addAll(new TreeSet<>(fields.masters(next)));
            }
        }
        return seen;
    }

    private static String xmlTrue(String element) {
        return "<" + element + ">true</" + element + ">";
    }

    private static String levelReason(boolean profile, Level level, String what) {
        if (!profile) {
            return "";
        }
        if (level == Level.WARN) {
            return what.equals("no entry")
                    ? " (WARN: a profile is merged with the org's, whose profile may already grant it)"
                    : " (WARN: a profile is merged with the org's, and an element the entry leaves out keeps the org's"
                            + " value, which may grant it)";
        }
        return " (ERROR although a profile: the profile itself sets it to false, so the org's value cannot supply"
                + " it)";
    }

    private static Finding finding(
            Kind kind,
            Level level,
            PayloadRules.Rule rule,
            PayloadCheck.Payload payload,
            int line,
            List<String> unmet,
            String message) {
        return new Finding(
                kind,
                level,
                rule.id(),
                payload.component(),
                new Origin(payload.file().file(), line),
                null,
                Requirement.allOf(unmet.stream().map(Requirement::permission).toList()),
                rule.confidence(),
                rule.source(),
                message);
    }
}
