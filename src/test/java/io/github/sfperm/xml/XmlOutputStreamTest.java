package io.github.sfperm.xml;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import org.dom4j.Document;
import org.dom4j.DocumentHelper;
import org.dom4j.Element;
import org.junit.jupiter.api.Test;

/** Writing a document to a stream gives the text {@link XmlOutput#render} gives, line ends included. */
class XmlOutputStreamTest {

    @Test
    void streamsWhatRenderGives() throws Exception {
        for (String text : new String[] {"plain", "a\r\nb", "a\rb", "\r\r\n", "end\r", "\r", "x\n\ry"}) {
            Document document = DocumentHelper.createDocument();
            Element root = document.addElement("root").addAttribute("name", "n");
            root.addElement("child").addText(text);
            root.addElement("empty");
            StringWriter out = new StringWriter();
            XmlOutput.write(document, "  ", out);
            String streamed = out.toString().endsWith("\n") ? out.toString() : out + "\n";
            assertThat(streamed)
                    .as(text.replace("\r", "\\r").replace("\n", "\\n"))
                    .isEqualTo(XmlOutput.render(document, "  "));
        }
    }
}
