package io.github.sfperm.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sfperm.common.InputException;
import io.github.sfperm.xml.SecureXml;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dom4j.Document;
import org.dom4j.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The one-pass scan of container and object files sees what a dom4j document of the same file shows: the root's name,
 * whether the root is empty, and each child element's line and naming text ({@code getTextTrim}).
 */
class ContainerScanTest {

    private static final Path FILE = Path.of("CustomLabels.labels-meta.xml");

    private static ContainerScan scan(String xml) throws InputException {
        ContainerScan scan = new ContainerScan(Map.of("labels", Set.of("fullName")));
        SecureXml.scan(xml.getBytes(StandardCharsets.UTF_8), FILE, scan);
        return scan;
    }

    /** What the dom4j document of {@code xml} says, in the scan's terms. */
    private static List<String> dom4j(String xml) throws InputException {
        Document document = SecureXml.parse(xml, FILE);
        Element root = document.getRootElement();
        List<String> facts = new ArrayList<>();
        facts.add(root.getName() + " empty="
                + (root.elements().isEmpty() && root.getTextTrim().isEmpty()));
        for (Element labels : root.elements("labels")) {
            facts.add(SecureXml.line(labels) + ":" + labels.elementTextTrim("fullName"));
        }
        return facts;
    }

    private static List<String> scanned(String xml) throws InputException {
        ContainerScan scan = scan(xml);
        List<String> facts = new ArrayList<>();
        facts.add(scan.root() + " empty=" + scan.rootIsEmpty());
        for (ContainerScan.Child child : scan.children("labels")) {
            facts.add(child.line() + ":" + child.names().get("fullName"));
        }
        return facts;
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "<CustomLabels xmlns=\"http://soap.sforce.com/2006/04/metadata\">\n  <labels>\n    <fullName>A</fullName>\n"
                        + "    <value>x</value>\n  </labels>\n  <labels><fullName>B</fullName></labels>\n</CustomLabels>",
                "<CustomLabels>\n<labels><fullName>  two\n\twords  here </fullName></labels></CustomLabels>",
                "<CustomLabels><labels><fullName><![CDATA[Cdata]]>&amp;<!-- a comment -->More</fullName></labels></CustomLabels>",
                "<CustomLabels><labels><fullName>Own<b>not this</b>Text</fullName></labels></CustomLabels>",
                "<CustomLabels><labels><fullName>First</fullName><fullName>Second</fullName></labels></CustomLabels>",
                "<CustomLabels><labels><fullName></fullName><fullName>Second</fullName></labels></CustomLabels>",
                "<CustomLabels><labels><value>no name</value></labels></CustomLabels>",
                "<CustomLabels><other><labels><fullName>Nested</fullName></labels></other></CustomLabels>",
                "<m:CustomLabels xmlns:m=\"urn:x\"><m:labels><m:fullName>Prefixed</m:fullName></m:labels></m:CustomLabels>",
                "<CustomObject xmlns=\"http://soap.sforce.com/2006/04/metadata\"/>",
                "<?xml version=\"1.0\"?>\n<!-- only a comment -->\n<CustomObject>\n  <!-- inside -->\n  \n</CustomObject>",
                "<CustomObject>text only</CustomObject>",
                "<CustomObject>&#160;</CustomObject>",
                "<CustomObject><![CDATA[ ]]></CustomObject>",
                "<CustomObject><label>x</label></CustomObject>"
            })
    void seesWhatADom4jDocumentShows(String xml) throws Exception {
        assertThat(scanned(xml)).isEqualTo(dom4j(xml));
    }

    @Test
    void collapsesWhitespaceAsDom4jDoes() {
        assertThat(ContainerScan.textTrim(" \t a \n\r b\f c  ")).isEqualTo("a b c");
        assertThat(ContainerScan.textTrim("\u00a0x")).isEqualTo("\u00a0x");
        assertThat(ContainerScan.textTrim("  ")).isEmpty();
    }

    @Test
    void aFileThatIsNotWellFormedIsTheSameErrorAsForADocument() {
        String broken = "<CustomLabels>\n  <labels><fullName>A</fullName>\n</CustomLabels>";
        InputException fromDocument = org.junit.jupiter.api.Assertions.assertThrows(
                InputException.class, () -> SecureXml.parse(broken, FILE));
        assertThatThrownBy(() -> scan(broken))
                .isInstanceOf(InputException.class)
                .hasMessage(fromDocument.getMessage());
    }

    @Test
    void refusesADoctypeLikeTheDocumentReader() {
        String doctype = "<?xml version=\"1.0\"?>\n<!DOCTYPE a [<!ENTITY x \"y\">]>\n<CustomLabels>&x;</CustomLabels>";
        assertThatThrownBy(() -> scan(doctype))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("a DOCTYPE declaration is not allowed");
    }

    @Test
    void aDocumentReadAfterAScanIsComplete() throws Exception {
        scan("<CustomLabels><!-- c --><labels><fullName>A</fullName></labels></CustomLabels>");
        Document document = SecureXml.parse("<a><!-- kept --><b>v</b></a>", FILE);
        assertThat(document.getRootElement().elementText("b")).isEqualTo("v");
        assertThat(document.getRootElement().content()).hasSize(2); // the comment went to dom4j, not to the scan
    }
}
