package io.github.sfperm.report;

import io.github.sfperm.xml.XmlOutput;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.dom4j.Document;
import org.dom4j.DocumentHelper;
import org.dom4j.Element;

/** Writes a permission set file ({@code *.permissionset-meta.xml}) that enables a set of user permissions. */
public final class PermissionSetWriter {

    static final String NAMESPACE = "http://soap.sforce.com/2006/04/metadata";

    private PermissionSetWriter() {}

    public static void write(Path file, String label, String description, Set<String> permissions) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (OutputStream out = Files.newOutputStream(file)) {
            write(out, label, description, permissions);
        }
    }

    public static void write(OutputStream out, String label, String description, Set<String> permissions)
            throws IOException {
        Document document = DocumentHelper.createDocument();
        Element root = document.addElement("PermissionSet", NAMESPACE);
        root.addElement("description", NAMESPACE).setText(description);
        root.addElement("hasActivationRequired", NAMESPACE).setText("false");
        root.addElement("label", NAMESPACE).setText(label);
        for (String permission : new TreeSet<>(permissions)) {
            Element grant = root.addElement("userPermissions", NAMESPACE);
            grant.addElement("enabled", NAMESPACE).setText("true");
            grant.addElement("name", NAMESPACE).setText(permission);
        }
        out.write(XmlOutput.render(document, "    ").getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
