package io.github.sfperm.xml;

import io.github.sfperm.common.LineEndWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import org.dom4j.Document;
import org.dom4j.io.OutputFormat;
import org.dom4j.io.XMLWriter;

/** The one way sfperm writes XML: UTF-8, pretty-printed, {@code \n} line ends and a final newline, same bytes on every OS. */
public final class XmlOutput {

    private XmlOutput() {}

    /** {@code document} as text, each level indented by {@code indent} ({@code "    "} as Salesforce writes metadata). */
    public static String render(Document document, String indent) {
        StringWriter out = new StringWriter();
        try {
            XMLWriter writer = new XMLWriter(out, format(indent));
            writer.write(document);
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory cannot fail", e);
        }
        String xml = out.toString().replace("\r\n", "\n");
        return xml.endsWith("\n") ? xml : xml + "\n";
    }

    /**
     * {@link #render} straight to {@code out}, for large documents, except for the final newline, which the caller
     * ensures ({@code out} cannot look back). {@code \r\n} becomes {@code \n} on the way; {@code out} stays open.
     */
    public static void write(Document document, String indent, Writer out) throws IOException {
        Writer lineEnds = LineEndWriter.keepingOpen(out);
        XMLWriter writer = new XMLWriter(lineEnds, format(indent));
        writer.write(document);
        writer.flush();
        lineEnds.close();
    }

    private static OutputFormat format(String indent) {
        OutputFormat format = OutputFormat.createPrettyPrint();
        format.setIndent(indent);
        format.setEncoding("UTF-8");
        format.setLineSeparator("\n");
        format.setNewLineAfterDeclaration(false);
        format.setTrimText(false);
        format.setPadText(false);
        format.setExpandEmptyElements(false);
        return format;
    }
}
