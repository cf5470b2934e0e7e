package io.github.sfperm.xml;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import org.dom4j.Document;
import org.dom4j.io.OutputFormat;
import org.dom4j.io.XMLWriter;

/** The one way sfperm writes XML: UTF-8, pretty-printed, {@code \n} line ends and a final newline, same bytes on every OS. */
public final class XmlOutput {

    private XmlOutput() {}

    /** {@code document} as text, each level indented by {@code indent} ({@code "    "} as Salesforce writes metadata). */
    public static String render(Document document, String indent) {
        OutputFormat format = OutputFormat.createPrettyPrint();
        format.setIndent(indent);
        format.setEncoding("UTF-8");
        format.setLineSeparator("\n");
        format.setNewLineAfterDeclaration(false);
        format.setTrimText(false);
        format.setPadText(false);
        format.setExpandEmptyElements(false);
        StringWriter out = new StringWriter();
        try {
            XMLWriter writer = new XMLWriter(out, format);
            writer.write(document);
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory cannot fail", e);
        }
        String xml = out.toString().replace("\r\n", "\n");
        return xml.endsWith("\n") ? xml : xml + "\n";
    }
}
