package io.github.sfperm.source;

import io.github.sfperm.common.InputException;
import io.github.sfperm.xml.XmlOutput;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.dom4j.Document;
import org.dom4j.DocumentHelper;
import org.dom4j.Element;

/**
 * Writes a {@code package.xml} as Salesforce's tooling writes it ({@code sf project generate manifest}): types sorted
 * by name, members sorted (both by UTF-16 code units, as JavaScript sorts), four-space indentation, then
 * {@code <version>}. Byte for byte the same for the same components.
 */
public final class ManifestWriter {

    /** The namespace of {@code package.xml}. */
    public static final String NAMESPACE = "http://soap.sforce.com/2006/04/metadata";

    private ManifestWriter() {}

    /** The {@code package.xml} of a source tree's deployed components. */
    public static String toXml(SourceTree tree, String apiVersion) {
        return toXml(tree.members(), apiVersion);
    }

    /** The {@code package.xml} of these members by type; types and members are sorted here. */
    public static String toXml(Map<String, ? extends Collection<String>> membersByType, String apiVersion) {
        Document document = DocumentHelper.createDocument();
        Element root = document.addElement("Package", NAMESPACE);
        for (Map.Entry<String, TreeSet<String>> entry : sorted(membersByType).entrySet()) {
            Element types = root.addElement("types", NAMESPACE);
            for (String member : entry.getValue()) {
                types.addElement("members", NAMESPACE).setText(member);
            }
            types.addElement("name", NAMESPACE).setText(entry.getKey());
        }
        if (apiVersion != null) {
            root.addElement("version", NAMESPACE).setText(apiVersion);
        }
        return XmlOutput.render(document, "    ");
    }

    /** Writes the {@code package.xml} of {@code tree} to {@code file}, creating its directory. */
    public static void write(SourceTree tree, String apiVersion, Path file) throws InputException {
        write(tree.members(), apiVersion, file);
    }

    /**
     * Writes a {@code package.xml} of these members to {@code file}, creating its directory. A member whose name holds
     * a character XML 1.0 cannot carry (a control character in a file name) is an error: the manifest would not parse.
     */
    public static void write(Map<String, ? extends Collection<String>> membersByType, String apiVersion, Path file)
            throws InputException {
        for (Map.Entry<String, ? extends Collection<String>> entry : membersByType.entrySet()) {
            for (String member : entry.getValue()) {
                int bad = member.codePoints()
                        .filter(c -> !isXmlChar(c))
                        .findFirst()
                        .orElse(-1);
                if (bad >= 0) {
                    throw new InputException(
                            String.format(
                                    "cannot list %s %s: its name holds U+%04X, which no"
                                            + " manifest can carry (XML 1.0); rename the file in the source tree",
                                    entry.getKey(), member, bad),
                            file);
                }
            }
        }
        String xml = toXml(membersByType, apiVersion);
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                out.write(xml.getBytes(StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new InputException("cannot be written: " + e.getMessage(), file, e);
        }
    }

    /** A character XML 1.0 documents may hold (production [2] Char). */
    private static boolean isXmlChar(int c) {
        return c == 0x9
                || c == 0xA
                || c == 0xD
                || (c >= 0x20 && c <= 0xD7FF)
                || (c >= 0xE000 && c <= 0xFFFD)
                || (c >= 0x10000 && c <= 0x10FFFF);
    }

    private static Map<String, TreeSet<String>> sorted(Map<String, ? extends Collection<String>> membersByType) {
        Map<String, TreeSet<String>> sorted = new TreeMap<>();
        membersByType.forEach((type, members) -> {
            if (!members.isEmpty()) {
                sorted.computeIfAbsent(type, t -> new TreeSet<>()).addAll(members);
            }
        });
        return sorted;
    }
}
