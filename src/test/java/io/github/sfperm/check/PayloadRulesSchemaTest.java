package io.github.sfperm.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sfperm.common.InputException;
import io.github.sfperm.xml.SecureXml;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The built-in payload rules are read without their schema at run time; this test holds them to it. */
class PayloadRulesSchemaTest {

    @Test
    void theBuiltInRulesAreValidAgainstTheirSchema() throws Exception {
        try (InputStream in = PayloadRules.class.getResourceAsStream(PayloadRules.RESOURCE)) {
            assertThat(SecureXml.read(in, Path.of("payload-rules.xml"), PayloadRules.schema())
                            .getRootElement()
                            .elements())
                    .isNotEmpty();
        }
        assertThat(PayloadRules.builtIn().rules()).isNotEmpty();
    }

    @Test
    void theSchemaRefusesARuleWithoutItsSource() throws Exception {
        String text;
        try (InputStream in = PayloadRules.class.getResourceAsStream(PayloadRules.RESOURCE)) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String broken = text.replaceFirst("(?s)<source>[^<]*</source>", "");
        assertThat(broken).isNotEqualTo(text);
        assertThatThrownBy(() -> SecureXml.read(
                        new ByteArrayInputStream(broken.getBytes(StandardCharsets.UTF_8)),
                        Path.of("payload-rules.xml"),
                        PayloadRules.schema()))
                .isInstanceOf(InputException.class);
    }
}
