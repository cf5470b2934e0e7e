package io.github.sfperm.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PrintableTest {

    @Test
    void plainTextIsLeftAsItIsAccentsAndEmojiIncluded() {
        String text = "manifest/package.xml:4: MISSING_PERMISSION [apex] ApexClass Hélène_😀 needs AuthorApex";
        assertThat(Printable.oneLine(text)).isSameAs(text);
    }

    @Test
    void lineBreaksAndTerminalEscapesAreShownNotObeyed() {
        assertThat(Printable.oneLine("a\r\nb\tc\u001b[31md\u0007\u007f\u0085e"))
                .isEqualTo("a\\u000d\\u000ab\\u0009c\\u001b[31md\\u0007\\u007f\\u0085e");
    }

    @Test
    void bidiOverridesZeroWidthCharactersAndSeparatorsAreEscaped() {
        assertThat(Printable.oneLine("x\u202Eevil\u2066y\u200Bz\u2028w\u2029v\uFEFF"))
                .isEqualTo("x\\u202eevil\\u2066y\\u200bz\\u2028w\\u2029v\\ufeff");
    }

    @Test
    void anUnpairedSurrogateIsEscapedAndAPairIsKept() {
        assertThat(Printable.oneLine("a\uD800b\uDC00c\uD83D\uDE00")).isEqualTo("a\\ud800b\\udc00c\uD83D\uDE00");
    }

    @Test
    void aLongLineKeepsItsStartAndItsEndWithinTheBound() {
        String text = "manifest/package.xml:4: MISSING_PERMISSION [apex] ApexClass " + "A".repeat(1_000_000)
                + " needs AuthorApex (rule: AuthorApex; documented)";
        String line = Printable.oneLine(text);
        assertThat(line)
                .hasSizeLessThanOrEqualTo(Printable.MAX_LENGTH)
                .startsWith("manifest/package.xml:4: MISSING_PERMISSION [apex] ApexClass AAAA")
                .endsWith("AAAA needs AuthorApex (rule: AuthorApex; documented)")
                .containsPattern(" \\.\\.\\. \\[\\d+ characters omitted\\] \\.\\.\\. ");
        String kept = line.replaceAll(" \\.\\.\\. \\[\\d+ characters omitted\\] \\.\\.\\. ", "");
        int omitted = Integer.parseInt(
                line.replaceAll("(?s).* \\.\\.\\. \\[(\\d+) characters omitted\\] \\.\\.\\. .*", "$1"));
        assertThat(kept.length() + omitted).isEqualTo(text.length());
    }

    @Test
    void escapingComesBeforeTheBoundSoEscapesCannotOverflowIt() {
        assertThat(Printable.oneLine("\n".repeat(10_000)))
                .hasSizeLessThanOrEqualTo(Printable.MAX_LENGTH)
                .doesNotContain("\n");
    }

    @Test
    void aSurrogatePairIsNeverCutInTwo() {
        for (int shift = 0; shift < 4; shift++) {
            String text = "x".repeat(shift) + "😀".repeat(2_000);
            String line = Printable.oneLine(text);
            assertThat(line.codePoints()).noneMatch(Printable::isUnsafe);
            assertThat(line).hasSizeLessThanOrEqualTo(Printable.MAX_LENGTH);
        }
    }

    @Test
    void applyingItTwiceChangesNothing() {
        for (String text : new String[] {"plain", "a\nb\u001b", "\u202E".repeat(5_000), "y".repeat(5_000) + "\n"}) {
            String once = Printable.oneLine(text);
            assertThat(Printable.oneLine(once)).isEqualTo(once);
        }
    }

    @Test
    void nullStaysNull() {
        assertThat(Printable.oneLine(null)).isNull();
    }
}
