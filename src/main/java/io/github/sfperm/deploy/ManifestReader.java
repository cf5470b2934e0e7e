package io.github.sfperm.deploy;

import io.github.sfperm.common.InputException;
import io.github.sfperm.xml.SecureXml;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dom4j.Document;
import org.dom4j.Element;

/**
 * Reads a Metadata API manifest the way Salesforce's tooling does: the root element must be {@code Package}
 * (its namespace, normally {@code http://soap.sforce.com/2006/04/metadata}, is not checked, as in
 * {@code @salesforce/source-deploy-retrieve}); each {@code <types>} has one {@code <name>} and any number of
 * {@code <members>}; other elements ({@code fullName}, {@code description}, ...) are ignored. Text is trimmed.
 */
public final class ManifestReader {

    private ManifestReader() {}

    public static Manifest read(Path file, Operation operation) throws InputException {
        return interpret(SecureXml.read(file), file, operation);
    }

    /** The same reading, from bytes in memory ({@code name} names them in messages): for the fuzz tests. */
    static Manifest read(InputStream in, Path name, Operation operation) throws InputException {
        return interpret(SecureXml.read(in, name, null), name, operation);
    }

    private static Manifest interpret(Document document, Path file, Operation operation) throws InputException {
        Element root = document.getRootElement();
        if (!"Package".equals(root.getName())) {
            throw new InputException(
                    "the root element is <" + root.getName() + ">, but a manifest's root element is <Package>",
                    file,
                    SecureXml.line(root),
                    0,
                    null);
        }
        Map<String, Component> components = new LinkedHashMap<>();
        Optional<String> version = Optional.empty();
        for (Element child : root.elements()) {
            switch (child.getName()) {
                case "types" -> readTypes(file, operation, child, components);
                case "version" -> version = Optional.of(child.getTextTrim()).filter(v -> !v.isEmpty());
                default -> {
                    // fullName, description, apiAccessLevel, namespacePrefix, ...: not about permissions
                }
            }
        }
        return new Manifest(file, operation, new ArrayList<>(components.values()), version);
    }

    private static void readTypes(Path file, Operation operation, Element types, Map<String, Component> into)
            throws InputException {
        List<Element> names = types.elements("name");
        if (names.isEmpty()) {
            throw new InputException("<types> has no <name>: say which metadata type its members are", file,
                    SecureXml.line(types), 0, null);
        }
        if (names.size() > 1) {
            throw new InputException("<types> has " + names.size() + " <name> elements; give each type its own"
                    + " <types> block", file, SecureXml.line(names.get(1)), 0, null);
        }
        String type = names.get(0).getTextTrim();
        if (type.isEmpty()) {
            throw new InputException("<name> is empty", file, SecureXml.line(names.get(0)), 0, null);
        }
        for (Element members : types.elements("members")) {
            String member = members.getTextTrim();
            int line = SecureXml.line(members);
            if (member.isEmpty()) {
                throw new InputException("empty <members> in <types> of " + type, file, line, 0, null);
            }
            if (operation == Operation.DELETE && member.contains(Component.WILDCARD)) {
                throw new InputException("a wildcard (" + member + ") is not allowed in a destructive manifest:"
                        + " Salesforce deletes only components named one by one; list each " + type
                        + " member to delete", file, line, 0, null);
            }
            Component component = new Component(type, member, operation, new Origin(file, line));
            into.putIfAbsent(component.key(), component);
        }
    }
}
