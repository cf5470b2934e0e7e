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

    /** Where a rule looks: the same object's entry, the same field's entry, or the master object's entry. */
    public enum Scope {
        OBJECT,
        FIELD,
        MASTER_DETAIL,
        REQUIRED_FIELD
    }

    /**
     * One rule: when any element of {@code permissions} is true, every element of {@code needs} must be true (in the
     * entry {@code scope} says). A {@link Scope#REQUIRED_FIELD} rule has neither: no entry may name such a field.
     */
    public record Rule(
            String id,
            Scope scope,
            List<String> permissions,
            List<String> needs,
            Confidence confidence,
            String source,
            String note) {

        public Rule {
            permissions = List.copyOf(permissions);
            needs = List.copyOf(needs);
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

    private static PayloadRules load() {
        Schema schema = Schemas.load(PayloadRules.class, "/io/github/sfperm/check/sfperm-payload-rules-1.xsd");
        try (InputStream in = PayloadRules.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing plugin resource " + RESOURCE);
            }
            Element root =
                    SecureXml.read(in, Path.of("payload-rules.xml"), schema).getRootElement();
            Map<String, String> labels = new LinkedHashMap<>();
            List<Rule> rules = new ArrayList<>();
            List<Reference> references = new ArrayList<>();
            for (Element element : root.elements()) {
                switch (element.getName()) {
                    case "label" -> labels.put(element.attributeValue("element"), element.attributeValue("text"));
                    case "objectDependency" -> rules.add(rule(element, Scope.OBJECT));
                    case "fieldDependency" -> rules.add(rule(element, Scope.FIELD));
                    case "masterDetail" -> rules.add(rule(element, Scope.MASTER_DETAIL));
                    case "requiredField" -> rules.add(rule(element, Scope.REQUIRED_FIELD));
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
        return new Rule(
                element.attributeValue("id"),
                scope,
                words(element.attributeValue("permission")),
                words(element.attributeValue("needs")),
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
