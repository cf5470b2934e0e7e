package io.github.sfperm.xml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sfperm.common.InputException;
import java.nio.file.Path;
import org.dom4j.Document;
import org.junit.jupiter.api.Test;

/** The per-thread parser SecureXml reuses stays hardened and correct from one file to the next. */
class SecureXmlReuseTest {

    private static final Path FILE = Path.of("x.xml");

    @Test
    void aParserReusedAfterAFailureStillRefusesDoctypesAndKeepsLines() throws Exception {
        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> SecureXml.parse("<a><b></a>", FILE)).isInstanceOf(InputException.class);
            assertThatThrownBy(() -> SecureXml.parse(
                            "<?xml version=\"1.0\"?>\n<!DOCTYPE a [<!ENTITY x \"y\">]>\n<a>&x;</a>", FILE))
                    .isInstanceOf(InputException.class)
                    .hasMessageContaining("a DOCTYPE declaration is not allowed");
            Document document = SecureXml.parse("<?xml version=\"1.0\"?>\n<root>\n  <child>v</child>\n</root>", FILE);
            assertThat(SecureXml.line(document.getRootElement().element("child")))
                    .isEqualTo(3);
            assertThat(document.getRootElement().elementText("child")).isEqualTo("v");
        }
    }
}
