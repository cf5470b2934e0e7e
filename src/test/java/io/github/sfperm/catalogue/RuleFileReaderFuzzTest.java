package io.github.sfperm.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.sfperm.common.InputException;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.List;

/**
 * Any bytes as a user rule file: a {@link RuleFile} or an {@link InputException}, nothing else; and a rule file that
 * reads makes a catalogue. Read from memory, validated against the schema as a file is. Seeds: {@code src/test/resources/io/github/sfperm/catalogue/RuleFileReaderFuzzTestInputs/ruleFile/}.
 */
class RuleFileReaderFuzzTest {

    private static final Path DIR = Path.of("rules").toAbsolutePath();

    @FuzzTest
    void ruleFile(byte[] data) {
        Path file = DIR.resolve("rules.xml");
        try {
            RuleFile rules = RuleFileReader.read(new ByteArrayInputStream(data), file);
            assertThat(rules.rules()).allSatisfy(r -> assertThat(r.id()).isNotBlank());
            Catalogue.of(List.of(rules));
        } catch (InputException e) {
            assertThat(e.file()).contains(file);
            assertThat(e.describe(DIR)).doesNotContain("\n");
        }
    }
}
