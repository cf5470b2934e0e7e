package io.github.sfperm.deployer;

import io.github.sfperm.common.InputException;
import io.github.sfperm.xml.SecureXml;
import io.github.sfperm.xml.ShallowElement;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads permission sets, muting permission sets, permission set groups and profiles, in source format
 * ({@code *.permissionset-meta.xml}) or Metadata API format ({@code *.permissionset}). Only what decides user
 * permissions is read: enabled {@code <userPermissions>}, the licence, and a group's members.
 */
public final class PermissionFileReader {

    private PermissionFileReader() {}

    /** Reads {@code file} and checks that its root element is one of {@code expectedKinds}. */
    public static PermissionFile read(Path file, String... expectedKinds) throws InputException {
        // the root, its children and theirs are all that is read: no document is built
        return interpret(SecureXml.readShallow(file, 3), file, expectedKinds);
    }

    /** The same reading, from bytes in memory ({@code name} names them in messages): for the fuzz tests. */
    static PermissionFile read(InputStream in, Path name, String... expectedKinds) throws InputException {
        return interpret(SecureXml.readShallow(in, name, 3), name, expectedKinds);
    }

    private static PermissionFile interpret(ShallowElement root, Path file, String... expectedKinds)
            throws InputException {
        String kind = root.getName();
        if (expectedKinds.length > 0 && !List.of(expectedKinds).contains(kind)) {
            throw new InputException(
                    "expected a " + String.join(" or ", expectedKinds) + " file, but its root" + " element is <" + kind
                            + ">",
                    file,
                    root.line(),
                    0,
                    null);
        }
        Set<String> enabled = new LinkedHashSet<>();
        Map<String, Integer> lines = new LinkedHashMap<>();
        for (ShallowElement grant : root.elements("userPermissions")) {
            ShallowElement name = grant.element("name");
            if (name == null || name.getTextTrim().isEmpty()) {
                throw new InputException("<userPermissions> without a <name>", file, grant.line(), 0, null);
            }
            lines.putIfAbsent(name.getTextTrim(), name.line());
            if ("true".equals(grant.elementTextTrim("enabled"))) {
                enabled.add(name.getTextTrim());
            }
        }
        ShallowElement licence =
                root.element("license") != null ? root.element("license") : root.element("userLicense");
        Optional<String> license =
                Optional.ofNullable(licence).map(ShallowElement::getTextTrim).filter(l -> !l.isEmpty());
        return new PermissionFile(
                file,
                kind,
                enabled,
                lines,
                license,
                licence == null ? 0 : licence.line(),
                texts(root, "permissionSets"),
                texts(root, "mutingPermissionSets"));
    }

    private static List<String> texts(ShallowElement root, String name) {
        List<String> values = new ArrayList<>();
        for (ShallowElement element : root.elements(name)) {
            String text = element.getTextTrim();
            if (!text.isEmpty()) {
                values.add(text);
            }
        }
        return values;
    }
}
