package io.github.sfperm.catalogue;

import io.github.sfperm.common.InputException;
import io.github.sfperm.xml.SecureXml;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.dom4j.Document;
import org.dom4j.Element;

/**
 * The deletions Salesforce refuses (resource {@code refused-deletions.xml}, schema
 * {@code sfperm-refused-deletions-1.xsd}), by type. Read once; a test validates the resource against its schema.
 */
public final class RefusedDeletions {

    public static final String RESOURCE = "/io/github/sfperm/catalogue/refused-deletions.xml";
    public static final String SCHEMA_RESOURCE = "/io/github/sfperm/catalogue/sfperm-refused-deletions-1.xsd";
    static final Path NAME = Path.of("sfperm-refused-deletions.xml");

    private static volatile RefusedDeletions builtIn;

    private final Map<String, RefusedDeletion> byType;

    RefusedDeletions(List<RefusedDeletion> refusals) {
        Map<String, RefusedDeletion> map = new TreeMap<>();
        for (RefusedDeletion refusal : refusals) {
            map.put(refusal.type(), refusal);
        }
        this.byType = java.util.Collections.unmodifiableMap(map);
    }

    /** The built-in list, read once. */
    public static RefusedDeletions builtIn() throws InputException {
        RefusedDeletions result = builtIn;
        if (result == null) {
            synchronized (RefusedDeletions.class) {
                result = builtIn;
                if (result == null) {
                    result = read();
                    builtIn = result;
                }
            }
        }
        return result;
    }

    /** The refusal of deleting components of {@code type}, if Salesforce refuses it. */
    public Optional<RefusedDeletion> forType(String type) {
        return Optional.ofNullable(byType.get(type));
    }

    /** Every refusal, sorted by type. */
    public List<RefusedDeletion> all() {
        return List.copyOf(byType.values());
    }

    private static RefusedDeletions read() throws InputException {
        Document document;
        try (InputStream in = RefusedDeletions.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing plugin resource " + RESOURCE);
            }
            document = SecureXml.read(in, NAME, null);
        } catch (IOException e) {
            throw new InputException("cannot read plugin resource " + RESOURCE, NAME, e);
        }
        List<RefusedDeletion> refusals = new ArrayList<>();
        for (Element element : document.getRootElement().elements("refusal")) {
            String unless = element.elementTextTrim("unlessMember");
            refusals.add(new RefusedDeletion(
                    element.attributeValue("id"),
                    element.elementTextTrim("type"),
                    unless == null ? Optional.empty() : Optional.of(Pattern.compile(unless)),
                    element.elementTextTrim("message"),
                    element.elementTextTrim("fix"),
                    element.elements("source").stream()
                            .map(Element::getTextTrim)
                            .toList(),
                    Confidence.parse(element.attributeValue("confidence")),
                    element.elementTextTrim("note") == null ? "" : element.elementTextTrim("note")));
        }
        return new RefusedDeletions(refusals);
    }
}
