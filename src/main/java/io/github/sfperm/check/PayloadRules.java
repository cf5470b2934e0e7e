package io.github.sfperm.check;

import io.github.sfperm.catalogue.Confidence;
import io.github.sfperm.common.InputException;
import io.github.sfperm.xml.Schemas;
import io.github.sfperm.xml.SecureXml;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.validation.Schema;
import org.dom4j.Element;

/**
 * What Salesforce requires of the object and field permissions of a permission set or profile being deployed, read
 * from the bundled {@code payload-rules.xml} (schema {@code sfperm-payload-rules-1.xsd}): each rule with its source
 * and confidence, as the catalogue's.
 */
public final class PayloadRules {

    static final String RESOURCE = "/io/github/sfperm/check/payload-rules.xml";
    static final String SCHEMA = "/io/github/sfperm/check/sfperm-payload-rules-1.xsd";

    /**
     * Where a rule looks: the same object's entry, the same field's entry, the master object's entry, another named
     * object's entry, the entries a user permission needs, fields no entry may name, fields no entry may make
     * editable.
     */
    public enum Scope {
        OBJECT,
        FIELD,
        MASTER_DETAIL,
        CROSS_OBJECT,
        USER_PERMISSION,
        REQUIRED_FIELD,
        NOT_EDITABLE_FIELD
    }

    /** An element of {@code <objectPermissions>} that must be true for {@code object}. */
    public record Need(String object, String permission) {}

    /**
     * One rule: when any element of {@code permissions} is true, every element of {@code needs} must be true (in the
     * entry {@code scope} says). A {@link Scope#CROSS_OBJECT} rule applies to the entry of {@code subject} (an object)
     * and needs {@code requires} in other objects' entries; a {@link Scope#USER_PERMISSION} rule applies when the user
     * permission {@code subject} is enabled ({@code label} is how Salesforce names it) and needs {@code requires}. A
     * {@link Scope#REQUIRED_FIELD} rule has no elements: no entry may name such a field; a {@link
     * Scope#NOT_EDITABLE_FIELD} rule forbids {@code editable} on fields of the kind {@code subject} names ({@code
     * formula}). {@code onlyWith} names the org feature a rule holds in ({@code PersonAccounts}), or is null.
     */
    public record Rule(
            String id,
            Scope scope,
            String subject,
            String label,
            List<String> permissions,
            List<String> needs,
            List<Need> requires,
            String onlyWith,
            Confidence confidence,
            String source,
            String note) {

        public Rule {
            permissions = List.copyOf(permissions);
            needs = List.copyOf(needs);
            requires = List.copyOf(requires);
        }
    }

    /**
     * An element of a payload that names a component (finding {@code PAYLOAD_MISSING_REFERENCE}).
     *
     * @param elements where the name is: a child of the root ({@code permissionSets}) or a child of one
     *     ({@code fieldPermissions/field})
     * @param type the metadata type it names
     * @param message Salesforce's answer when the org has no such component, {@code {name}} standing for the name
     */
    public record Reference(
            String id,
            List<String> elements,
            String type,
            String message,
            Confidence confidence,
            String source,
            String note) {

        public Reference {
            elements = List.copyOf(elements);
        }

        /** Salesforce's answer for {@code name}. */
        public String salesforceMessage(String name) {
            return message.replace("{name}", name);
        }
    }

    private static final class Holder {
        static final PayloadRules BUILT_IN = load();
    }

    private final Map<String, String> labels;
    private final List<Rule> rules;
    private final List<Reference> references;

    private PayloadRules(Map<String, String> labels, List<Rule> rules, List<Reference> references) {
        this.labels = Map.copyOf(labels);
        this.rules = List.copyOf(rules);
        this.references = List.copyOf(references);
    }

    public static PayloadRules builtIn() {
        return Holder.BUILT_IN;
    }

    /** The rules, in file order. */
    public List<Rule> rules() {
        return rules;
    }

    /** The elements that name components, in file order. */
    public List<Reference> references() {
        return references;
    }

    public List<Rule> rules(Scope scope) {
        return rules.stream().filter(r -> r.scope() == scope).toList();
    }

    /** How Salesforce's messages name an element ({@code allowCreate} is {@code Create}). */
    public String label(String element) {
        return labels.getOrDefault(element, element);
    }

    /** The schema of the rules file; the built-in file is validated against it by a test, not at every start. */
    static Schema schema() {
        return Schemas.load(PayloadRules.class, SCHEMA);
    }

    private static PayloadRules load() {
        // compiling the schema would cost a fresh JVM (a Maven build) a tenth of a second on every run
        try (InputStream in = PayloadRules.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing plugin resource " + RESOURCE);
            }
            Element root =
                    SecureXml.read(in, Path.of("payload-rules.xml"), null).getRootElement();
            Map<String, String> labels = new LinkedHashMap<>();
            List<Rule> rules = new ArrayList<>();
            List<Reference> references = new ArrayList<>();
            for (Element element : root.elements()) {
                switch (element.getName()) {
                    case "label" -> labels.put(element.attributeValue("element"), element.attributeValue("text"));
                    case "objectDependency" -> rules.add(rule(element, Scope.OBJECT));
                    case "fieldDependency" -> rules.add(rule(element, Scope.FIELD));
                    case "masterDetail" -> rules.add(rule(element, Scope.MASTER_DETAIL));
                    case "crossObjectDependency" -> rules.add(rule(element, Scope.CROSS_OBJECT));
                    case "userPermissionDependency" -> rules.add(rule(element, Scope.USER_PERMISSION));
                    case "requiredField" -> rules.add(rule(element, Scope.REQUIRED_FIELD));
                    case "notEditableField" -> rules.add(rule(element, Scope.NOT_EDITABLE_FIELD));
                    case "reference" ->
                        references.add(new Reference(
                                element.attributeValue("id"),
                                words(element.attributeValue("element")),
                                element.attributeValue("type"),
                                element.attributeValue("message"),
                                confidence(element),
                                element.elementTextTrim("source"),
                                element.elementTextTrim("note")));
                    default -> throw new IllegalStateException("unexpected <" + element.getName() + "> in " + RESOURCE);
                }
            }
            return new PayloadRules(labels, rules, references);
        } catch (InputException e) {
            throw new IllegalStateException("plugin resource " + RESOURCE + " is invalid: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Rule rule(Element element, Scope scope) {
        String subject = switch (scope) {
            case CROSS_OBJECT -> element.attributeValue("object");
            case USER_PERMISSION -> element.attributeValue("userPermission");
            case NOT_EDITABLE_FIELD -> element.attributeValue("fieldKind");
            default -> null;
        };
        List<Need> requires = element.elements("needs").stream()
                .map(n -> new Need(n.attributeValue("object"), n.attributeValue("permission")))
                .toList();
        return new Rule(
                element.attributeValue("id"),
                scope,
                subject,
                element.attributeValue("label"),
                scope == Scope.NOT_EDITABLE_FIELD ? List.of("editable") : words(element.attributeValue("permission")),
                words(element.attributeValue("needs")),
                requires,
                element.attributeValue("onlyWith"),
                confidence(element),
                element.elementTextTrim("source"),
                element.elementTextTrim("note"));
    }

    private static Confidence confidence(Element element) {
        return Confidence.valueOf(element.attributeValue("confidence").toUpperCase(Locale.ROOT));
    }

    private static List<String> words(String list) {
        return list == null || list.isBlank()
                ? List.of()
                : Arrays.asList(list.trim().split("\\s+"));
    }
}
