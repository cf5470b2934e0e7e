package io.github.sfperm.check;

import io.github.sfperm.common.InputException;
import io.github.sfperm.xml.SecureXml;
import io.github.sfperm.xml.ShallowElement;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The {@code <objectPermissions>} and {@code <fieldPermissions>} of a permission set, muting permission set or
 * profile: each entry with the line of its start tag and its elements set to true.
 *
 * @param objects the object entries, in file order
 * @param fields the field entries, in file order
 */
public record PayloadAccess(List<Entry> objects, List<Entry> fields) {

    /** Nothing: a file without object or field permissions. */
    public static final PayloadAccess NONE = new PayloadAccess(List.of(), List.of());

    private static final Set<String> NAME_ELEMENTS = Set.of("object", "field");

    /**
     * One entry.
     *
     * @param name the object ({@code Account}) or field ({@code Account.Region__c})
     * @param line the line of the entry's start tag
     * @param values every element of the entry but its name, with its value: {@code allowRead} to {@code true}
     */
    public record Entry(String name, int line, Map<String, Boolean> values) {

        public Entry {
            values = Map.copyOf(values);
        }

        public boolean isTrue(String element) {
            return Boolean.TRUE.equals(values.get(element));
        }
    }

    public PayloadAccess {
        objects = List.copyOf(objects);
        fields = List.copyOf(fields);
    }

    /** Reads {@code file}: the root, its entries and their elements. */
    public static PayloadAccess read(Path file) throws InputException {
        return of(SecureXml.readShallow(file, 3));
    }

    static PayloadAccess of(ShallowElement root) {
        return new PayloadAccess(
                entries(root, "objectPermissions", "object"), entries(root, "fieldPermissions", "field"));
    }

    private static List<Entry> entries(ShallowElement root, String element, String nameElement) {
        List<Entry> entries = new ArrayList<>();
        for (ShallowElement entry : root.elements(element)) {
            String name = entry.elementTextTrim(nameElement);
            if (name == null || name.isEmpty()) {
                continue;
            }
            Map<String, Boolean> values = new TreeMap<>();
            for (ShallowElement child : entry.elements()) {
                if (!NAME_ELEMENTS.contains(child.getName())) {
                    values.put(child.getName(), "true".equals(child.getTextTrim()));
                }
            }
            entries.add(new Entry(name, entry.line(), values));
        }
        return entries;
    }
}
