package io.github.sfperm.source;

import static io.github.sfperm.source.Fixtures.component;
import static io.github.sfperm.source.Fixtures.deployed;
import static io.github.sfperm.source.Fixtures.fixture;
import static io.github.sfperm.source.Fixtures.notDeployed;
import static io.github.sfperm.source.Fixtures.relative;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Decomposed types: a folder per object, a sub-folder per child type ({@code fields/}, {@code listViews/}, ...). */
class DecomposedObjectTest {

    private static SourceTree tree;

    @BeforeAll
    static void read() throws Exception {
        tree = SourceTreeReader.read(fixture("decomposed"));
    }

    @Test
    void everyChildFolderOfAnObjectYieldsChildComponentsNamedObjectDotChild() {
        assertThat(deployed(tree))
                .contains(
                        "BusinessProcess: Invoice__c.Sales",
                        "CompactLayout: Invoice__c.Compact",
                        "CustomField: Invoice__c.Amount__c",
                        "CustomObject: Invoice__c",
                        "FieldSet: Invoice__c.Summary",
                        "Index: Invoice__c.Invoice_Index",
                        "ListView: Invoice__c.All",
                        "RecordType: Invoice__c.Standard",
                        "SharingReason: Invoice__c.Auditor__c",
                        "ValidationRule: Invoice__c.Amount_Positive",
                        "WebLink: Invoice__c.Open_Map");
    }

    @Test
    void aChildNameKeepsItsDots() {
        assertThat(deployed(tree)).contains("ListView: Invoice__c.My.Open.Invoices");
    }

    @Test
    void anObjectFolderWithoutItsObjectFileYieldsOnlyItsChildren() {
        assertThat(deployed(tree))
                .contains("CustomField: Account.Rating__c", "ListView: Account.Hot")
                .doesNotContain("CustomObject: Account");
    }

    @Test
    void anObjectFileWithNothingInItIsNotDeployedButItsChildrenAre() {
        assertThat(deployed(tree)).contains("CustomField: Contact.Level__c").doesNotContain("CustomObject: Contact");
        assertThat(notDeployed(tree)).contains("CustomObject: Contact");
    }

    @Test
    void aFieldTranslationDeploysWithItsObjectTranslationNotOnItsOwn() {
        assertThat(deployed(tree))
                .contains("CustomObjectTranslation: Invoice__c-es")
                .noneMatch(c -> c.startsWith("CustomFieldTranslation"));
        assertThat(notDeployed(tree)).contains("CustomFieldTranslation: Invoice__c-es.Amount__c");
    }

    @Test
    void aComponentsOriginIsItsOwnMetadataFile() {
        assertThat(relative(
                        tree,
                        component(tree, "CustomField", "Invoice__c.Amount__c").file()))
                .isEqualTo("force-app/main/default/objects/Invoice__c/fields/Amount__c.field-meta.xml");
        SourceComponent object = component(tree, "CustomObject", "Invoice__c");
        assertThat(relative(tree, object.file()))
                .isEqualTo("force-app/main/default/objects/Invoice__c/Invoice__c.object-meta.xml");
        assertThat(object.content())
                .hasValueSatisfying(
                        c -> assertThat(relative(tree, c)).isEqualTo("force-app/main/default/objects/Invoice__c"));
        assertThat(object.toComponent().origin().line()).isZero();
    }

    @Test
    void nothingInTheObjectFoldersIsUnclaimed() {
        assertThat(tree.unclaimedFiles()).isEmpty();
        assertThat(tree.forceIgnoredPaths()).isEmpty();
    }
}
