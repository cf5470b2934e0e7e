package io.github.sfperm.xml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sfperm.common.InputException;
import io.github.sfperm.testing.Files2;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dom4j.Document;
import org.dom4j.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecureXmlTest {

    @TempDir
    Path dir;

    @Test
    void everyElementKnowsTheLineItStartsOn() throws Exception {
        Path file = Files2.write(
                dir, "a.xml", "<?xml version=\"1.0\"?>\n<root>\n  <a>x</a>\n\n  <b>\n    y</b>\n</root>\n");
        Document document = SecureXml.read(file);
        Element root = document.getRootElement();
        assertThat(SecureXml.line(root)).isEqualTo(2);
        assertThat(SecureXml.line(root.element("a"))).isEqualTo(3);
        assertThat(SecureXml.line(root.element("b"))).isEqualTo(5);
    }

    @Test
    void documentsReadOnOneThreadShareOneFactoryAndItKeepsNoParser() throws Exception {
        // a dom4j DocumentFactory leaves thread-local caches behind: one per parse leaked memory with every file
        Document first = SecureXml.parse("<a/>", dir.resolve("a.xml"));
        Document second = SecureXml.read(
                new java.io.ByteArrayInputStream("<b/>".getBytes(StandardCharsets.UTF_8)), dir.resolve("b.xml"), null);
        java.lang.reflect.Field field = org.dom4j.tree.DefaultDocument.class.getDeclaredField("documentFactory");
        field.setAccessible(true);
        Object factory = field.get(first);
        assertThat(factory).isInstanceOf(LocatingDocumentFactory.class);
        assertThat(field.get(second)).isSameAs(factory);
        java.lang.reflect.Field locator = LocatingDocumentFactory.class.getDeclaredField("locator");
        locator.setAccessible(true);
        assertThat(locator.get(factory)).isNull();
    }

    @Test
    void refusesADoctypeWithAnExternalEntityAndNeverReadsTheEntity() throws Exception {
        Path secret = Files2.write(dir, "secret.txt", "TOP-SECRET");
        Path file = Files2.write(
                dir,
                "xxe.xml",
                "<?xml version=\"1.0\"?>\n<!DOCTYPE r [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>\n<r>&x;</r>\n");
        assertThatThrownBy(() -> SecureXml.read(file))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("a DOCTYPE declaration is not allowed")
                .hasMessageNotContaining("TOP-SECRET")
                .satisfies(e -> assertThat(((InputException) e).line()).isEqualTo(2));
    }

    @Test
    void refusesEntityExpansionBombs() {
        Path file = Files2.write(
                dir,
                "lol.xml",
                "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [<!ENTITY lol \"lol\">"
                        + "<!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">]>\n<lolz>&lol2;</lolz>\n");
        assertThatThrownBy(() -> SecureXml.read(file)).hasMessageContaining("DOCTYPE");
    }

    @Test
    void aMalformedFileIsReportedWithFileLineAndColumn() {
        Path file = Files2.write(dir, "bad.xml", "<?xml version=\"1.0\"?>\n<Package>\n  <types>\n</Package>\n");
        assertThatThrownBy(() -> SecureXml.read(file)).isInstanceOfSatisfying(InputException.class, e -> {
            assertThat(e.line()).isEqualTo(4);
            assertThat(e.column()).isPositive();
            assertThat(e.describe(dir)).startsWith("bad.xml:4:");
            assertThat(e.describe(dir)).contains("must be terminated by the matching end-tag \"</types>\"");
        });
    }

    @Test
    void aCommentBeforeTheXmlDeclarationIsRejectedAsSalesforceDoes() {
        Path file = Files2.write(dir, "package.xml", "<!-- licence -->\n\n<?xml version=\"1.0\"?>\n<Package/>\n");
        assertThatThrownBy(() -> SecureXml.read(file)).isInstanceOfSatisfying(InputException.class, e -> {
            assertThat(e.line()).isEqualTo(3);
            assertThat(e.problem()).startsWith("the XML declaration <?xml ...?> must be the very first thing");
        });
    }

    @Test
    void anEmptyFileGetsAPlainMessage() {
        Path file = Files2.write(dir, "empty.xml", "");
        assertThatThrownBy(() -> SecureXml.read(file))
                .hasMessageContaining("the file is empty or ends before its root element is closed");
    }

    @Test
    void aMissingFileOrADirectoryIsNamed() {
        assertThatThrownBy(() -> SecureXml.read(dir.resolve("nope.xml")))
                .hasMessageEndingWith("nope.xml: file not found");
        assertThatThrownBy(() -> SecureXml.read(dir))
                .hasMessageContaining("is a directory, but an XML file was expected");
    }

    @Test
    void readsUtf16AndUtf8WithByteOrderMark() throws Exception {
        Path utf16 = dir.resolve("utf16.xml");
        Files.write(utf16, "<?xml version=\"1.0\" encoding=\"UTF-16\"?><r>é</r>".getBytes(StandardCharsets.UTF_16));
        assertThat(SecureXml.read(utf16).getRootElement().getText()).isEqualTo("é");
        Path bom = dir.resolve("bom.xml");
        byte[] body = "<?xml version=\"1.0\"?><r>ok</r>".getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        Files.write(bom, withBom);
        assertThat(SecureXml.read(bom).getRootElement().getText()).isEqualTo("ok");
    }

    @Test
    void boundsElementDepth() {
        String deep = "<a>".repeat(SecureXml.MAX_ELEMENT_DEPTH + 10) + "</a>".repeat(SecureXml.MAX_ELEMENT_DEPTH + 10);
        Path file = Files2.write(dir, "deep.xml", deep);
        assertThatThrownBy(() -> SecureXml.read(file)).isInstanceOf(InputException.class);
    }

    @Test
    void aFileCutShortSaysSo() {
        Path file = Files2.write(
                dir, "cut.xml", "<?xml version=\"1.0\"?>\n<Package>\n  <types>\n    <members>A</members>\n");
        assertThatThrownBy(() -> SecureXml.read(file)).isInstanceOfSatisfying(InputException.class, e -> {
            assertThat(e.line()).isEqualTo(5);
            assertThat(e.problem())
                    .isEqualTo("the file ends before its root element is closed: it is cut short, or an"
                            + " element is not closed");
        });
    }

    @Test
    void aFileLargerThanTheBoundIsRefusedBeforeParsing() throws Exception {
        Path file = dir.resolve("huge.xml");
        try (java.io.RandomAccessFile sparse = new java.io.RandomAccessFile(file.toFile(), "rw")) {
            sparse.setLength(io.github.sfperm.common.InputFiles.MAX_BYTES + 1);
        }
        assertThatThrownBy(() -> SecureXml.read(file)).hasMessageContaining("huge.xml: is 32.0 MiB, larger than");
    }

    @Test
    void xincludeIsNotProcessed() throws Exception {
        Path secret = Files2.write(dir, "secret.xml", "<secret>TOP-SECRET</secret>");
        Path file = Files2.write(
                dir,
                "x.xml",
                "<r xmlns:xi=\"http://www.w3.org/2001/XInclude\"><xi:include href=\"" + secret.toUri() + "\"/></r>");
        Element root = SecureXml.read(file).getRootElement();
        assertThat(root.asXML()).doesNotContain("TOP-SECRET").contains("xi:include");
    }

    @Test
    void overlongNamesAndTooManyAttributesAreRefusedInPlainWords() {
        Path longName = Files2.write(dir, "name.xml", "<Package><" + "n".repeat(2_000) + "/></Package>");
        assertThatThrownBy(() -> SecureXml.read(longName))
                .isInstanceOfSatisfying(
                        InputException.class,
                        e -> assertThat(e.problem())
                                .isEqualTo(
                                        "a name (of an element, attribute or entity) is longer than 1,000 characters;"
                                                + " this is not Salesforce metadata"));
        StringBuilder attributes = new StringBuilder("<Package");
        for (int i = 0; i <= 10_000; i++) {
            attributes.append(" a").append(i).append("=\"x\"");
        }
        Path many = Files2.write(dir, "attributes.xml", attributes + "/>");
        assertThatThrownBy(() -> SecureXml.read(many))
                .hasMessageContaining("an element has more than 10,000 attributes");
    }
}
