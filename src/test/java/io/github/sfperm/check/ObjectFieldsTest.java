package io.github.sfperm.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ObjectFieldsTest {

    @TempDir
    Path project;

    private static final String HEAD =
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<CustomField xmlns=\"http://soap.sforce.com/2006/04/metadata\">\n";

    @Test
    void onlyFieldFilesThatMayMatterAreParsed() {
        assertThat(ObjectFields.mayMatter(bytes(HEAD + "<required>false</required><type>Text</type></CustomField>")))
                .isFalse();
        assertThat(ObjectFields.mayMatter(bytes(HEAD + "<type>Text</type></CustomField>")))
                .isFalse();
        assertThat(ObjectFields.mayMatter(bytes(HEAD + "<required>true</required></CustomField>")))
                .isTrue();
        assertThat(ObjectFields.mayMatter(bytes(HEAD + "<required>\n  true\n</required></CustomField>")))
                .isTrue();
        assertThat(ObjectFields.mayMatter(bytes(HEAD + "<sf:required>true</sf:required></CustomField>")))
                .isTrue();
        assertThat(ObjectFields.mayMatter(bytes(HEAD + "<type>MasterDetail</type></CustomField>")))
                .isTrue();
        assertThat(ObjectFields.mayMatter(bytes(HEAD + "<formula>1 + 1</formula></CustomField>")))
                .isTrue();
        assertThat(ObjectFields.mayMatter(
                        bytes(HEAD + "<formulaTreatBlanksAs>BlankAsZero</formulaTreatBlanksAs>" + "</CustomField>")))
                .isFalse();
        byte[] utf16 =
                ("\uFEFF" + HEAD + "<required>true</required></CustomField>").getBytes(StandardCharsets.UTF_16BE);
        assertThat(ObjectFields.mayMatter(utf16)).isTrue();
    }

    @Test
    void readsEveryFieldsNameAndWhatTheParsedOnesSay() throws Exception {
        Path fields = project.resolve("force-app/main/default/objects/Invoice__c/fields");
        Files.createDirectories(fields);
        Files.writeString(
                fields.resolve("Plain__c.field-meta.xml"),
                HEAD
                        + "    <fullName>Plain__c</fullName>\n    <required>false</required>\n    <type>Text</type>\n</CustomField>\n");
        Files.writeString(
                fields.resolve("Region__c.field-meta.xml"),
                HEAD
                        + "    <fullName>Region__c</fullName>\n    <required>true</required>\n    <type>Text</type>\n</CustomField>\n");
        Files.writeString(
                fields.resolve("Total__c.field-meta.xml"),
                HEAD
                        + "    <fullName>Total__c</fullName>\n    <formula>1 + 1</formula>\n    <type>Number</type>\n</CustomField>\n");
        Files.writeString(
                fields.resolve("Account__c.field-meta.xml"),
                HEAD + "    <fullName>Account__c</fullName>\n    <referenceTo>Account</referenceTo>\n"
                        + "    <type>MasterDetail</type>\n</CustomField>\n");

        ObjectFields objectFields = ObjectFields.read(List.of(project.resolve("force-app")));

        assertThat(objectFields.fields("Invoice__c"))
                .containsExactly("Account__c", "Plain__c", "Region__c", "Total__c");
        assertThat(objectFields.required("Invoice__c.Region__c"))
                .get()
                .extracting(ObjectFields.Required::line)
                .isEqualTo(4);
        assertThat(objectFields.required("Invoice__c.Account__c"))
                .get()
                .extracting(ObjectFields.Required::reason)
                .isEqualTo("a master-detail field");
        assertThat(objectFields.required("Invoice__c.Plain__c")).isEmpty();
        assertThat(objectFields.formula("Invoice__c.Total__c")).isPresent();
        assertThat(objectFields.masters("Invoice__c")).containsExactly("Account");
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
