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
 *   <li>{@link Kind#PAYLOAD_REQUIRED_FIELD}: field permissions on a required or master-detail field ("You cannot
 *       deploy to a required field: Account.Region__c").
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

    private void check(
            PayloadCheck.Payload payload, PayloadAccess access, ObjectFields fields, List<Finding> findings) {
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
        }
        for (PayloadAccess.Entry entry : access.fields()) {
            for (PayloadRules.Rule rule : rules.rules(PayloadRules.Scope.FIELD)) {
                sameEntry(payload, profile, entry, rule, "fieldPermissions", findings);
            }
            for (PayloadRules.Rule rule : rules.rules(PayloadRules.Scope.REQUIRED_FIELD)) {
                required(payload, entry, rule, fields, findings);
            }
        }
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
            PayloadAccess.Entry masterEntry = byObject.get(master);
            List<String> missing = rule.needs().stream()
                    .filter(n -> masterEntry == null || !masterEntry.isTrue(n))
                    .toList();
            if (missing.isEmpty()) {
                continue;
            }
            boolean setFalse = masterEntry != null && missing.stream().anyMatch(masterEntry.values()::containsKey);
            List<String> needed =
                    missing.stream().map(n -> rules.label(n) + " " + master).toList();
            Level level = level(profile, setFalse);
            String salesforce = salesforceMessage(granted.get(), entry.name(), needed);
            String set = String.join(
                    " and ", missing.stream().map(ObjectPayloadCheck::xmlTrue).toList());
            findings.add(finding(
                    Kind.PAYLOAD_MISSING_DEPENDENCY,
                    level,
                    rule,
                    payload,
                    entry.line(),
                    needed,
                    payload.component().label() + " grants " + rules.label(granted.get()) + " on " + entry.name()
                            + ", a detail object of " + master + ", without " + String.join(", ", needed)
                            + "; Salesforce rejects it with \"" + salesforce + "\"; "
                            + (masterEntry == null
                                    ? "add an <objectPermissions> entry for " + master + " with " + set
                                    : "set " + set + " in the <objectPermissions> of " + master + " (line "
                                            + masterEntry.line() + ")")
                            + levelReason(profile, level, masterEntry == null ? "no entry" : "entry")));
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
