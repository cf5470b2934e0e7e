package io.github.sfperm.deployer;

import io.github.sfperm.common.InputException;
import io.github.sfperm.xml.SecureXml;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dom4j.Element;

/**
 * Reads permission sets, muting permission sets, permission set groups and profiles, in source format
 * ({@code *.permissionset-meta.xml}) or Metadata API format ({@code *.permissionset}). Only what decides user
 * permissions is read: enabled {@code <userPermissions>}, the licence, and a group's members.
 */
public final class PermissionFileReader {

    private PermissionFileReader() {}

    /** Reads {@code file} and checks that its root element is one of {@code expectedKinds}. */
    public static PermissionFile read(Path file, String... expectedKinds) throws InputException {
        return interpret(SecureXml.read(file).getRootElement(), file, expectedKinds);
    }

    /** The same reading, from bytes in memory ({@code name} names them in messages): for the fuzz tests. */
    static PermissionFile read(InputStream in, Path name, String... expectedKinds) throws InputException {
        return interpret(SecureXml.read(in, name, null).getRootElement(), name, expectedKinds);
    }

    private static PermissionFile interpret(Element root, Path file, String... expectedKinds) throws InputException {
        String kind = root.getName();
        if (expectedKinds.length > 0 && !List.of(expectedKinds).contains(kind)) {
            throw new InputException("expected a " + String.join(" or ", expectedKinds) + " file, but its root"
                    + " element is <" + kind + ">", file, SecureXml.line(root), 0, null);
        }
        Set<String> enabled = new LinkedHashSet<>();
        Map<String, Integer> lines = new LinkedHashMap<>();
        for (Element grant : root.elements("userPermissions")) {
            Element name = grant.element("name");
            if (name == null || name.getTextTrim().isEmpty()) {
                throw new InputException("<userPermissions> without a <name>", file, SecureXml.line(grant), 0, null);
            }
            lines.putIfAbsent(name.getTextTrim(), SecureXml.line(name));
            if ("true".equals(grant.elementTextTrim("enabled"))) {
                enabled.add(name.getTextTrim());
            }
        }
        Element licence = root.element("license") != null ? root.element("license") : root.element("userLicense");
        Optional<String> license = Optional.ofNullable(licence).map(Element::getTextTrim).filter(l -> !l.isEmpty());
        return new PermissionFile(file, kind, enabled, lines, license, licence == null ? 0 : SecureXml.line(licence),
                texts(root, "permissionSets"), texts(root, "mutingPermissionSets"));
    }

    private static List<String> texts(Element root, String name) {
        List<String> values = new ArrayList<>();
        for (Element element : root.elements(name)) {
            String text = element.getTextTrim();
            if (!text.isEmpty()) {
                values.add(text);
            }
        }
        return values;
    }
}
