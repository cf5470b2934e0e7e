package io.github.sfperm.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes test fixture files. */
public final class Files2 {

    private Files2() {}

    public static Path write(Path base, String relative, String content) {
        try {
            Path file = base.resolve(relative);
            Files.createDirectories(file.getParent());
            Files.writeString(file, content, StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A package.xml with one {@code <types>} block per {@code name:member,member} argument. */
    public static String packageXml(String... types) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<Package xmlns=\"http://soap.sforce.com/2006/04/metadata\">\n");
        for (String type : types) {
            String[] parts = type.split(":", 2);
            xml.append("    <types>\n");
            for (String member : parts[1].split(",")) {
                xml.append("        <members>").append(member).append("</members>\n");
            }
            xml.append("        <name>").append(parts[0]).append("</name>\n    </types>\n");
        }
        return xml.append("    <version>62.0</version>\n</Package>\n").toString();
    }

    /** A permission set enabling {@code permissions}. */
    public static String permissionSet(String... permissions) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<PermissionSet xmlns=\"http://soap.sforce.com/2006/04/metadata\">\n    <label>Test</label>\n");
        for (String permission : permissions) {
            xml.append("    <userPermissions>\n        <enabled>true</enabled>\n        <name>")
                    .append(permission)
                    .append("</name>\n    </userPermissions>\n");
        }
        return xml.append("</PermissionSet>\n").toString();
    }
}
