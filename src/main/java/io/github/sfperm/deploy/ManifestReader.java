package io.github.sfperm.deploy;

import io.github.sfperm.common.InputException;
import io.github.sfperm.xml.SecureXml;
import io.github.sfperm.xml.ShallowElement;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a Metadata API manifest the way Salesforce's tooling does: the root element must be {@code Package}
 * (its namespace, normally {@code http://soap.sforce.com/2006/04/metadata}, is not checked, as in
 * {@code @salesforce/source-deploy-retrieve}); each {@code <types>} has one {@code <name>} and any number of
 * {@code <members>}; other elements ({@code fullName}, {@code description}, ...) are ignored. Text is trimmed.
 */
public final class ManifestReader {

    private ManifestReader() {}

    public static Manifest read(Path file, Operation operation) throws InputException {
        // Package, types, members and name: three levels, read without building a document (a large manifest lists
        // over a hundred thousand members)
        return interpret(SecureXml.readShallow(file, 3), file, operation);
    }

    /** The same reading, from bytes in memory ({@code name} names them in messages): for the fuzz tests. */
    static Manifest read(InputStream in, Path name, Operation operation) throws InputException {
        return interpret(SecureXml.readShallow(in, name, 3), name, operation);
    }

    private static Manifest interpret(ShallowElement root, Path file, Operation operation) throws InputException {
        if (!"Package".equals(root.getName())) {
            throw new InputException(
                    "the root element is <" + root.getName() + ">, but a manifest's root element is <Package>",
                    file,
                    root.line(),
                    0,
                    null);
        }
        Map<Component.Id, Component> components = new LinkedHashMap<>();
        Optional<String> version = Optional.empty();
        for (ShallowElement child : root.elements()) {
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

    private static void readTypes(
            Path file, Operation operation, ShallowElement types, Map<Component.Id, Component> into)
            throws InputException {
        List<ShallowElement> names = types.elements("name");
        if (names.isEmpty()) {
            throw new InputException(
                    "<types> has no <name>: say which metadata type its members are", file, types.line(), 0, null);
        }
        if (names.size() > 1) {
            throw new InputException(
                    "<types> has " + names.size() + " <name> elements; give each type its own" + " <types> block",
                    file,
                    names.get(1).line(),
                    0,
                    null);
        }
        String type = names.get(0).getTextTrim();
        if (type.isEmpty()) {
            throw new InputException("<name> is empty", file, names.get(0).line(), 0, null);
        }
        for (ShallowElement members : types.elements("members")) {
            String member = members.getTextTrim();
            int line = members.line();
            if (member.isEmpty()) {
                throw new InputException("empty <members> in <types> of " + type, file, line, 0, null);
            }
            if (operation == Operation.DELETE && member.contains(Component.WILDCARD)) {
                throw new InputException(
                        "a wildcard (" + member + ") is not allowed in a destructive manifest:"
                                + " Salesforce deletes only components named one by one; list each " + type
                                + " member to delete",
                        file,
                        line,
                        0,
                        null);
            }
            Component component = new Component(type, member, operation, new Origin(file, line));
            into.putIfAbsent(component.id(), component);
        }
    }
}
