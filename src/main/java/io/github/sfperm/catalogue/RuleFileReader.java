package io.github.sfperm.catalogue;

import io.github.sfperm.common.InputException;
import io.github.sfperm.deploy.Origin;
import io.github.sfperm.xml.Schemas;
import io.github.sfperm.xml.SecureXml;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.xml.validation.Schema;
import org.dom4j.Document;
import org.dom4j.Element;

/**
 * Reads rule files (schema {@code sfperm-rules-1.xsd}, namespace {@value #NAMESPACE}): validates them against the
 * schema, parses every requirement expression, and reports any problem with its file, line and column.
 */
public final class RuleFileReader {

    public static final String NAMESPACE = "https://sfperm.github.io/schema/rules/1";
    static final String SCHEMA_RESOURCE = "/io/github/sfperm/catalogue/sfperm-rules-1.xsd";

    private static final class SchemaHolder {
        static final Schema SCHEMA = Schemas.load(RuleFileReader.class, SCHEMA_RESOURCE);
    }

    private RuleFileReader() {}

    /** Reads a user's rule file. */
    public static RuleFile read(Path file) throws InputException {
        Document document;
        try {
            document = SecureXml.read(file, SchemaHolder.SCHEMA);
        } catch (InputException e) {
            throw notRuleFile(e, file);
        }
        return interpret(file, document);
    }

    /** The same reading, from bytes in memory ({@code name} names them in messages): for the fuzz tests. */
    static RuleFile read(InputStream in, Path name) throws InputException {
        Document document;
        try {
            document = SecureXml.read(in, name, SchemaHolder.SCHEMA);
        } catch (InputException e) {
            throw notRuleFile(e, name);
        }
        return interpret(name, document);
    }

    private static InputException notRuleFile(InputException e, Path file) {
        if (e.problem().contains("cvc-elt.1")) {
            return new InputException(
                    "not an sfperm rule file: the root element must be <rules xmlns=\"" + NAMESPACE + "\"> ("
                            + e.problem() + ")",
                    file,
                    e.line(),
                    e.column(),
                    e);
        }
        return e;
    }

    /** Reads a rule file held as a classpath resource of the plugin; {@code name} names it in messages. */
    public static RuleFile readResource(String resource, Path name) throws InputException {
        try (InputStream in = RuleFileReader.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing plugin resource " + resource);
            }
            return interpret(name, SecureXml.read(in, name, SchemaHolder.SCHEMA));
        } catch (IOException e) {
            throw new InputException("cannot read plugin resource " + resource, name, e);
        }
    }

    /**
     * Reads a rule file of the plugin itself without validating it against the schema (compiling the schema costs
     * more than reading the catalogue): for resources a test has validated, such as the built-in catalogue.
     */
    static RuleFile readTrustedResource(String resource, Path name) throws InputException {
        try (InputStream in = RuleFileReader.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing plugin resource " + resource);
            }
            return interpret(name, SecureXml.read(in, name, null));
        } catch (IOException e) {
            throw new InputException("cannot read plugin resource " + resource, name, e);
        }
    }

    private static RuleFile interpret(Path file, Document document) throws InputException {
        Element root = document.getRootElement();
        List<Rule> rules = new ArrayList<>();
        List<UnknownTypes> unknown = new ArrayList<>();
        List<PermissionFact> facts = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Element element : root.elements()) {
            Origin origin = new Origin(file, SecureXml.line(element));
            String id = element.attributeValue("id");
            if (id != null && !ids.add(id)) {
                throw new InputException(
                        "the id '" + id + "' is used twice in this file; ids must be unique",
                        file,
                        origin.line(),
                        0,
                        null);
            }
            switch (element.getName()) {
                case "rule" -> rules.add(rule(file, element, origin));
                case "unknown" ->
                    unknown.add(new UnknownTypes(id, texts(element, "type"), text(element, "note"), origin));
                case "implies" -> facts.add(fact(PermissionFact.Kind.IMPLIES, element, origin));
                case "dependsOn" -> facts.add(fact(PermissionFact.Kind.DEPENDS_ON, element, origin));
                case "dangerous" ->
                    facts.add(new PermissionFact(
                            PermissionFact.Kind.DANGEROUS,
                            element.attributeValue("permission"),
                            element.attributeValue("with"),
                            Confidence.parse(element.attributeValue("confidence")),
                            null,
                            text(element, "source"),
                            text(element, "note"),
                            origin));
                default -> throw new IllegalStateException("schema admitted <" + element.getName() + ">");
            }
        }
        return new RuleFile(file, root.attributeValue("version", ""), rules, unknown, facts);
    }

    private static Rule rule(Path file, Element element, Origin origin) throws InputException {
        Element requires = element.element("requires");
        Requirement requirement;
        try {
            requirement = RequirementParser.parse(requires.getText());
        } catch (RequirementParser.SyntaxException e) {
            throw new InputException(
                    "rule '" + element.attributeValue("id") + "': <requires> " + e.getMessage(),
                    file,
                    SecureXml.line(requires),
                    0,
                    e);
        }
        return new Rule(
                element.attributeValue("id"),
                texts(element, "type"),
                AppliesTo.parse(element.attributeValue("operation")),
                requirement,
                Confidence.parse(element.attributeValue("confidence")),
                text(element, "source"),
                text(element, "evidence"),
                text(element, "note"),
                origin,
                condition(element.element("when")));
    }

    private static Condition condition(Element when) {
        return when == null
                ? null
                : new Condition(when.attributeValue("element").trim(), when.attributeValue("value"));
    }

    private static PermissionFact fact(PermissionFact.Kind kind, Element element, Origin origin) {
        return new PermissionFact(
                kind,
                element.attributeValue("permission"),
                element.attributeValue("other"),
                Confidence.parse(element.attributeValue("confidence")),
                element.attributeValue("onlyWith"),
                text(element, "source"),
                text(element, "note"),
                origin);
    }

    private static List<String> texts(Element parent, String name) {
        List<String> values = new ArrayList<>();
        for (Element child : parent.elements(name)) {
            values.add(child.getTextTrim());
        }
        return values;
    }

    private static String text(Element parent, String name) {
        Element child = parent.element(name);
        return child == null ? "" : child.getText().trim().replaceAll("\\s+", " ");
    }
}
