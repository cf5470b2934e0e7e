package io.github.sfperm.diagnose;

import io.github.sfperm.catalogue.Requirement;
import io.github.sfperm.catalogue.RequirementParser;
import io.github.sfperm.common.InputException;
import io.github.sfperm.deploy.Origin;
import io.github.sfperm.xml.Schemas;
import io.github.sfperm.xml.SecureXml;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import javax.xml.validation.Schema;
import org.dom4j.Document;
import org.dom4j.Element;

/**
 * Reads pattern files (schema {@code sfperm-diagnose-patterns-1.xsd}, namespace {@value #NAMESPACE}): the built-in
 * patterns and users' own. Every problem (schema, regular expression, requirement, unknown placeholder group) is an
 * {@link InputException} with the file and line.
 */
public final class PatternFileReader {

    public static final String NAMESPACE = "https://sfperm.github.io/schema/diagnose-patterns/1";
    static final String BUILT_IN = "/io/github/sfperm/diagnose/diagnose-patterns.xml";
    static final Path BUILT_IN_NAME = Path.of("sfperm-diagnose-patterns.xml");
    private static final String SCHEMA_RESOURCE = "/io/github/sfperm/diagnose/sfperm-diagnose-patterns-1.xsd";
    private static final Pattern GROUP_NAME = Pattern.compile("\\(\\?<([a-zA-Z][a-zA-Z0-9]*)>");

    private static final class SchemaHolder {
        static final Schema SCHEMA = Schemas.load(PatternFileReader.class, SCHEMA_RESOURCE);
    }

    private PatternFileReader() {}

    /** The built-in patterns of the plugin. */
    public static List<MessagePattern> builtIn() throws InputException {
        try (InputStream in = PatternFileReader.class.getResourceAsStream(BUILT_IN)) {
            if (in == null) {
                throw new IllegalStateException("missing plugin resource " + BUILT_IN);
            }
            return interpret(BUILT_IN_NAME, SecureXml.read(in, BUILT_IN_NAME, SchemaHolder.SCHEMA));
        } catch (IOException e) {
            throw new InputException("cannot read plugin resource " + BUILT_IN, BUILT_IN_NAME, e);
        }
    }

    /** A user's pattern file. */
    public static List<MessagePattern> read(Path file) throws InputException {
        Document document;
        try {
            document = SecureXml.read(file, SchemaHolder.SCHEMA);
        } catch (InputException e) {
            if (e.problem().contains("cvc-elt.1")) {
                throw new InputException(
                        "not an sfperm pattern file: the root element must be <patterns xmlns=\"" + NAMESPACE + "\"> ("
                                + e.problem() + ")",
                        file,
                        e.line(),
                        e.column(),
                        e);
            }
            throw e;
        }
        return interpret(file, document);
    }

    /**
     * The patterns in force: the user's files first, in order (a user pattern with a built-in pattern's id replaces
     * it), then the built-in ones.
     */
    public static List<MessagePattern> inForce(List<Path> userFiles) throws InputException {
        Map<String, MessagePattern> user = new LinkedHashMap<>();
        for (Path file : userFiles) {
            for (MessagePattern pattern : read(file)) {
                user.put(pattern.id(), pattern);
            }
        }
        List<MessagePattern> patterns = new ArrayList<>(user.values());
        for (MessagePattern pattern : builtIn()) {
            if (!user.containsKey(pattern.id())) {
                patterns.add(pattern);
            }
        }
        return patterns;
    }

    private static List<MessagePattern> interpret(Path file, Document document) throws InputException {
        List<MessagePattern> patterns = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Element element : document.getRootElement().elements("pattern")) {
            int line = SecureXml.line(element);
            String id = element.attributeValue("id");
            if (!ids.add(id)) {
                throw new InputException("the pattern id '" + id + "' is used twice in this file", file, line, 0, null);
            }
            Element messageElement = element.element("message");
            Pattern message;
            try {
                message = Pattern.compile(messageElement.getText().trim());
            } catch (PatternSyntaxException e) {
                throw new InputException(
                        "pattern " + id + ": <message> is not a valid regular expression: " + e.getDescription()
                                + " near index " + e.getIndex(),
                        file,
                        SecureXml.line(messageElement),
                        0,
                        e);
            }
            Set<String> groups = groups(message);
            Optional<Requirement> requires = Optional.empty();
            Element requiresElement = element.element("requires");
            if (requiresElement != null) {
                try {
                    requires = Optional.of(RequirementParser.parse(requiresElement.getTextTrim()));
                } catch (RequirementParser.SyntaxException e) {
                    throw new InputException(
                            "pattern " + id + ": <requires> " + e.getMessage(),
                            file,
                            SecureXml.line(requiresElement),
                            0,
                            e);
                }
            }
            Optional<String> locate =
                    Optional.ofNullable(element.elementTextTrim("locate")).filter(s -> !s.isEmpty());
            if (locate.isPresent() && !groups.contains(locate.get())) {
                throw new InputException(
                        "pattern " + id + ": <locate> names the group '" + locate.get()
                                + "', which <message> does not define (groups: " + String.join(", ", groups) + ")",
                        file,
                        SecureXml.line(element.element("locate")),
                        0,
                        null);
            }
            List<MessagePattern.Seen> seen = new ArrayList<>();
            for (Element s : element.elements("seen")) {
                seen.add(new MessagePattern.Seen(
                        s.attributeValue("url"),
                        Optional.ofNullable(s.attributeValue("type")).orElse(""),
                        s.getTextTrim()));
            }
            patterns.add(new MessagePattern(
                    id,
                    message,
                    element.elements("type").stream().map(Element::getTextTrim).toList(),
                    Cause.valueOf(element.attributeValue("cause")),
                    Optional.ofNullable(element.attributeValue("whenDeleted")).map(Cause::valueOf),
                    Optional.ofNullable(element.attributeValue("whenDeployerLacks"))
                            .map(Cause::valueOf),
                    requires,
                    locate,
                    byCause(element, "explain"),
                    byCause(element, "fix"),
                    seen,
                    new Origin(file, line)));
        }
        return patterns;
    }

    /** The named groups of a regular expression. */
    static Set<String> groups(Pattern pattern) {
        Set<String> names = new java.util.TreeSet<>();
        Matcher m = GROUP_NAME.matcher(pattern.pattern());
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    private static Map<String, String> byCause(Element pattern, String name) {
        Map<String, String> texts = new LinkedHashMap<>();
        for (Element text : pattern.elements(name)) {
            texts.put(Optional.ofNullable(text.attributeValue("cause")).orElse(""), oneLine(text.getText()));
        }
        return texts;
    }

    private static String oneLine(String text) {
        return text.trim().replaceAll("\\s+", " ");
    }
}
