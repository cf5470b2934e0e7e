package io.github.sfperm.xml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sfperm.common.InputException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dom4j.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A shallow read shows, down to its depth, what a dom4j document of the same file shows. */
class ShallowElementTest {

    private static final Path FILE = Path.of("package.xml");

    private static void describe(Element element, int depth, int maxDepth, List<String> into) {
        into.add("  ".repeat(depth) + element.getName() + "@" + SecureXml.line(element) + " [" + element.getTextTrim()
                + "]");
        if (depth + 1 < maxDepth) {
            for (Element child : element.elements()) {
                describe(child, depth + 1, maxDepth, into);
            }
        }
    }

    private static void describe(ShallowElement element, int depth, List<String> into) {
        into.add("  ".repeat(depth) + element.getName() + "@" + element.line() + " [" + element.getTextTrim() + "]");
        for (ShallowElement child : element.elements()) {
            describe(child, depth + 1, into);
        }
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Package xmlns=\"http://soap.sforce.com/2006/04/metadata\">\n"
                        + "    <types>\n        <members>A</members>\n        <members>  B  c </members>\n"
                        + "        <name>ApexClass</name>\n    </types>\n    <version>62.0</version>\n</Package>\n",
                "<Package><types><members><![CDATA[x&y]]>&lt;z&gt;<!-- no -->w</members><name>T<b>not</b>ype</name></types>"
                        + "</Package>",
                "<Package>\n<types>\n<members>\n\t spread \n over \r\n lines \r</members></types>text<x/>more</Package>",
                "<p:Package xmlns:p=\"urn:p\"><p:types><p:members>Prefixed</p:members></p:types></p:Package>",
                "<Package><a><b><c><d>deep</d></c></b></a></Package>"
            })
    void showsWhatADom4jDocumentShowsDownToItsDepth(String xml) throws Exception {
        for (int depth = 1; depth <= 4; depth++) {
            List<String> expected = new ArrayList<>();
            describe(SecureXml.parse(xml, FILE).getRootElement(), 0, depth, expected);
            List<String> shallow = new ArrayList<>();
            describe(SecureXml.parseShallow(xml, FILE, depth), 0, shallow);
            assertThat(shallow).as("depth %d", depth).isEqualTo(expected);
        }
    }

    @Test
    void trimsTextAsAStringTokenizerWould() {
        List<String> texts = new ArrayList<>(List.of(""));
        for (int length = 1; length <= 6; length++) {
            List<String> longer = new ArrayList<>();
            for (String text : texts) {
                if (text.length() == length - 1) {
                    for (String c : List.of("a", " ", "\t", "\n", "\r")) {
                        longer.add(text + c);
                    }
                }
            }
            texts.addAll(longer);
        }
        for (String text : texts) {
            java.util.StringTokenizer words = new java.util.StringTokenizer(text);
            StringBuilder expected = new StringBuilder();
            while (words.hasMoreTokens()) {
                expected.append(expected.length() == 0 ? "" : " ").append(words.nextToken());
            }
            assertThat(ShallowElement.textTrim(text)).as("[%s]", text).isEqualTo(expected.toString());
        }
    }

    @Test
    void findsChildrenByName() throws Exception {
        ShallowElement root = SecureXml.parseShallow("<r><a>1</a><b>2</b><a>3</a><c>  </c></r>", FILE, 2);
        assertThat(root.elements("a")).extracting(ShallowElement::getTextTrim).containsExactly("1", "3");
        assertThat(root.element("a").getTextTrim()).isEqualTo("1");
        assertThat(root.elementTextTrim("b")).isEqualTo("2");
        assertThat(root.elementTextTrim("c")).isEmpty();
        assertThat(root.elementTextTrim("d")).isNull();
        assertThat(root.element("d")).isNull();
    }

    @Test
    void anErrorBelowTheDepthReadIsStillAnError() {
        String broken = "<Package><types><members>A</members></types><x><y></x></Package>";
        InputException fromDocument = org.junit.jupiter.api.Assertions.assertThrows(
                InputException.class, () -> SecureXml.parse(broken, FILE));
        assertThatThrownBy(() -> SecureXml.parseShallow(broken, FILE, 1))
                .isInstanceOf(InputException.class)
                .hasMessage(fromDocument.getMessage());
    }

    @Test
    void refusesADoctype() {
        assertThatThrownBy(() -> SecureXml.parseShallow(
                        "<?xml version=\"1.0\"?>\n<!DOCTYPE a [<!ENTITY x \"y\">]>\n<a>&x;</a>", FILE, 3))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("a DOCTYPE declaration is not allowed");
    }
}
