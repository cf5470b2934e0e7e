package io.github.sfperm.check;

import io.github.sfperm.common.InputException;
import io.github.sfperm.deploy.Origin;
import io.github.sfperm.references.ReferenceKind;
import io.github.sfperm.references.TargetOrg;
import io.github.sfperm.xml.SecureXml;
import io.github.sfperm.xml.ShallowElement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The components that the permission sets, muting permission sets, profiles and permission set groups being deployed
 * name ({@link Kind#PAYLOAD_MISSING_REFERENCE}): each element {@link PayloadRules#references()} lists must name a
 * component the deployment deploys, the source tree holds, or {@code <targetOrg>} declares.
 *
 * <ul>
 *   <li>Standard components (a name without a custom suffix, {@code standard-Account}, {@code standard__Sales}) and
 *       managed-package ones ({@code ns__Obj__c}, {@code ns.Class}) are never reported: whether the org has them
 *       depends on its features and installed packages, which cannot be seen offline.
 *   <li>A custom field or record type of a custom object the project defines ({@code X.object-meta.xml} or {@code
 *       X.object}) but does not have is an ERROR: the project holds the object, so the entry is stale.
 *   <li>A component of a kind {@code <targetOrg>} declares ({@code <permissionSets>}, {@code <components>}) that is
 *       not among the declared ones is an ERROR.
 *   <li>Anything else not found is a WARN: the target org may have it.
 *   <li>A name holding a token that a build tool replaces at deploy time (CumulusCI's {@code %%%NAMESPACE%%%}) is
 *       not checked: what is deployed cannot be known.
 *   <li>A profile's findings are WARN: Salesforce merges a profile with the org's, and deployment tools report that
 *       it does not reliably reject a profile's entries for missing components.
 * </ul>
 */
public final class PayloadReferenceCheck {

    /** Whether the deployment deploys, or the source tree holds, a component ({@code CustomTab}, {@code Fund__c}). */
    @FunctionalInterface
    public interface Project {
        boolean holds(String type, String member) throws InputException;
    }

    private static final Set<String> KINDS =
            Set.of("PermissionSet", "MutingPermissionSet", "Profile", "PermissionSetGroup");

    /** The suffixes of custom objects a permission set can name. */
    private static final Pattern CUSTOM_OBJECT = Pattern.compile(".+__(c|mdt|e|x|b|kav|ka)");

    /** Suffixes that end custom names; what precedes them may still hold a namespace ({@code ns__Obj__c}). */
    private static final Pattern SUFFIX =
            Pattern.compile("__(c|mdt|e|x|b|kav|ka|r|pc|dlm|chn|xo|hd|p|Share|History|Feed|ChangeEvent)$");

    private final PayloadRules rules;
    private final TargetOrg targetOrg;

    public PayloadReferenceCheck(PayloadRules rules, TargetOrg targetOrg) {
        this.rules = rules;
        this.targetOrg = targetOrg;
    }

    public List<Finding> check(List<PayloadCheck.Payload> payloads, ObjectFields fields, Project project)
            throws InputException {
        List<Finding> findings = new ArrayList<>();
        for (PayloadCheck.Payload payload : payloads) {
            if (!KINDS.contains(payload.file().kind())) {
                continue;
            }
            ShallowElement root = SecureXml.readShallow(payload.file().file(), 3);
            for (PayloadRules.Reference reference : rules.references()) {
                for (String path : reference.elements()) {
                    String[] parts = path.split("/", 2);
                    for (ShallowElement entry : root.elements(parts[0])) {
                        ShallowElement named = parts.length == 1 ? entry : entry.element(parts[1]);
                        String name = named == null ? "" : named.getTextTrim();
                        if (!name.isEmpty()) {
                            check(payload, reference, parts[0], name, entry.line(), fields, project)
                                    .ifPresent(findings::add);
                        }
                    }
                }
            }
        }
        return findings;
    }

    private Optional<Finding> check(
            PayloadCheck.Payload payload,
            PayloadRules.Reference reference,
            String element,
            String name,
            int line,
            ObjectFields fields,
            Project project)
            throws InputException {
        String type = reference.type();
        if (!checked(type, name) || held(type, name, fields, project)) {
            return Optional.empty();
        }
        boolean group = type.equals("PermissionSet") || type.equals("MutingPermissionSet");
        ReferenceKind kind = group ? ReferenceKind.PERMISSION_SET : ReferenceKind.COMPONENT;
        String declaredAs = group ? name : type + ":" + name;
        if (targetOrg.holds(kind, declaredAs)) {
            return Optional.empty();
        }
        boolean declared = targetOrg.names(kind).isPresent();
        Optional<String> definedObject = definedParent(type, name, fields);
        boolean profile = payload.file().kind().equals("Profile");
        Level level = profile || (!declared && definedObject.isEmpty()) ? Level.WARN : Level.ERROR;

        String declaration = group
                ? "<targetOrg><permissionSets><permissionSet>" + name + "</permissionSet></permissionSets>"
                : "<targetOrg><components><component>" + declaredAs + "</component></components>";
        String entry = parentsOf(element).isEmpty()
                ? "<" + element + ">" + name + "</" + element + ">"
                : "the <" + element + "> entry of " + name;
        StringBuilder message = new StringBuilder(payload.component().label())
                .append(" names the ")
                .append(type)
                .append(' ')
                .append(name)
                .append(" in <")
                .append(element)
                .append(">, which ");
        if (definedObject.isPresent()) {
            message.append("the project's ")
                    .append(parentOf(name))
                    .append(" (")
                    .append(definedObject.get())
                    .append(") does not have and this deployment does not deploy");
        } else if (declared) {
            message.append("neither this deployment, the source tree nor <targetOrg><")
                    .append(kind.plural())
                    .append("> holds");
        } else {
            message.append("neither this deployment nor the source tree holds");
        }
        message.append(
                        level == Level.ERROR
                                ? "; Salesforce rejects it with \""
                                : "; if the target org has none," + " Salesforce rejects it with \"")
                .append(reference.salesforceMessage(name))
                .append("\": remove ")
                .append(entry)
                .append(", or add ")
                .append(type)
                .append(' ')
                .append(name)
                .append(" to the deployment");
        if (!declared) {
            message.append(", or, if the target org has it, declare it: ").append(declaration);
        }
        message.append(reason(level, profile, declared, definedObject, kind));
        return Optional.of(new Finding(
                Kind.PAYLOAD_MISSING_REFERENCE,
                level,
                reference.id(),
                payload.component(),
                new Origin(payload.file().file(), line),
                null,
                null,
                reference.confidence(),
                reference.source(),
                message.toString()));
    }

    private static String reason(
            Level level, boolean profile, boolean declared, Optional<String> definedObject, ReferenceKind kind) {
        if (profile) {
            return " (WARN: a profile; Salesforce merges it with the org's profile, and deployment tools report that it"
                    + " does not reliably reject a profile's entries for missing components)";
        }
        if (level == Level.WARN) {
            return " (WARN: the target org may have it)";
        }
        if (definedObject.isPresent()) {
            return " (ERROR: the project defines the object, so an entry for something it lacks is stale: deleted or"
                    + " renamed)";
        }
        return " (ERROR: <targetOrg><" + kind.plural() + "> declares what the org holds, and it is not there)";
    }

    /** For an entry in a child element ({@code fieldPermissions/field}): its parent; empty for a root child. */
    private static String parentsOf(String element) {
        return Set.of("permissionSets", "mutingPermissionSets").contains(element) ? "" : element;
    }

    /**
     * Whether a reference to {@code name} of {@code type} is checked at all: custom components only, not those of
     * managed packages.
     */
    static boolean checked(String type, String name) {
        if (name.contains("%%%")) {
            return false; // a token a build tool replaces at deploy time (CumulusCI's %%%NAMESPACE%%%)
        }
        switch (type) {
            case "CustomObject":
                return CUSTOM_OBJECT.matcher(name).matches() && !namespaced(name);
            case "CustomField": {
                int dot = name.indexOf('.');
                if (dot <= 0) {
                    return false;
                }
                String object = name.substring(0, dot);
                String field = name.substring(dot + 1);
                return field.endsWith("__c") && !namespaced(field) && !namespaced(object);
            }
            case "RecordType": {
                int dot = name.indexOf('.');
                if (dot <= 0) {
                    return false;
                }
                String object = name.substring(0, dot);
                return !object.equals("PersonAccount") && !namespaced(object) && !namespaced(name.substring(dot + 1));
            }
            case "Layout": {
                int dash = name.indexOf('-');
                if (dash <= 0) {
                    return false;
                }
                String object = name.substring(0, dash);
                return CUSTOM_OBJECT.matcher(object).matches()
                        && !namespaced(object)
                        && !namespaced(name.substring(dash + 1));
            }
            case "CustomTab":
                return !name.startsWith("standard-") && !namespaced(name);
            case "CustomApplication":
                return !name.startsWith("standard__") && !namespaced(name);
            case "ApexClass", "ApexPage", "PermissionSet", "MutingPermissionSet":
                return !namespaced(name) && name.indexOf('.') < 0;
            default:
                return false;
        }
    }

    /** Whether {@code name} carries a namespace prefix ({@code ns__Obj__c}, {@code ns__Tab}): a managed package's. */
    static boolean namespaced(String name) {
        return SUFFIX.matcher(name).replaceFirst("").contains("__");
    }

    private static boolean held(String type, String name, ObjectFields fields, Project project) throws InputException {
        // the object folders first: they are read anyway, the whole source tree only when needed
        boolean inObjects = switch (type) {
            case "CustomObject" -> fields.hasObject(name);
            case "CustomField" -> containsIgnoreCase(fields.fields(parentOf(name)), childOf(name));
            case "RecordType" -> containsIgnoreCase(fields.recordTypes(parentOf(name)), childOf(name));
            default -> false;
        };
        return inObjects || project.holds(type, name);
    }

    /**
     * For a custom field or record type of a custom object the project defines: the file that defines it, relative to
     * its package directory's parent when that can be told ({@code objects/Fund__c/Fund__c.object-meta.xml}).
     */
    private static Optional<String> definedParent(String type, String name, ObjectFields fields) throws InputException {
        if (!type.equals("CustomField") && !type.equals("RecordType")) {
            return Optional.empty();
        }
        String object = parentOf(name);
        if (!CUSTOM_OBJECT.matcher(object).matches()) {
            return Optional.empty();
        }
        return fields.definition(object).map(file -> {
            java.nio.file.Path objects = file.getParent();
            while (objects != null
                    && objects.getFileName() != null
                    && !objects.getFileName().toString().equals("objects")) {
                objects = objects.getParent();
            }
            return objects == null
                    ? file.getFileName().toString()
                    : objects.getParent().relativize(file).toString().replace('\\', '/');
        });
    }

    private static boolean containsIgnoreCase(Set<String> names, String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return names.stream().anyMatch(n -> n.toLowerCase(Locale.ROOT).equals(lower));
    }

    private static String parentOf(String name) {
        int dot = name.indexOf('.');
        return dot < 0 ? name : name.substring(0, dot);
    }

    private static String childOf(String name) {
        return name.substring(name.indexOf('.') + 1);
    }
}
