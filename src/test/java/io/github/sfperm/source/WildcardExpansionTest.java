package io.github.sfperm.source;

import static io.github.sfperm.source.Fixtures.fixture;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.sfperm.deploy.Component;
import io.github.sfperm.deploy.Operation;
import org.junit.jupiter.api.Test;

/** {@code <members>*</members>}: the members of the type found in the source tree. */
class WildcardExpansionTest {

    @Test
    void expandsToEveryDeployedMemberOfTheType() throws Exception {
        WildcardExpansion fields = SourceTreeReader.read(fixture("decomposed")).expand("CustomField");
        assertThat(fields.type()).isEqualTo("CustomField");
        assertThat(fields.components())
                .extracting(Component::member)
                .containsExactly("Account.Rating__c", "Contact.Level__c", "Invoice__c.Amount__c");
        assertThat(fields.components()).allMatch(c -> c.operation() == Operation.DEPLOY);
        assertThat(fields.matchesNothing()).isFalse();
        assertThat(fields.note()).isEmpty();
    }

    @Test
    void aCustomObjectWildcardLeavesOutStandardObjects() throws Exception {
        WildcardExpansion objects = SourceTreeReader.read(fixture("mdapi")).expand("customobject");
        assertThat(objects.type()).isEqualTo("CustomObject");
        assertThat(objects.components()).extracting(Component::member).containsExactly("Invoice__c");
        assertThat(objects.omitted()).extracting(Component::member).containsExactly("Account");
    }

    @Test
    void saysWhenAWildcardMatchesNothing() throws Exception {
        WildcardExpansion flows = SourceTreeReader.read(fixture("decomposed")).expand("Flow");
        assertThat(flows.matchesNothing()).isTrue();
        assertThat(flows.note()).contains("* for Flow matches nothing in the source tree");
    }

    @Test
    void saysWhenOnlyStandardObjectsWouldHaveMatched() throws Exception {
        SourceTree tree = SourceTreeReader.read(fixture("decomposed"));
        WildcardExpansion objects = tree.expand("CustomObject");
        assertThat(objects.components()).extracting(Component::member).containsExactly("Invoice__c");
        WildcardExpansion standardOnly = SourceTreeReader.read(fixture("mdapi")).expand("Workflow");
        assertThat(standardOnly.components()).extracting(Component::member).containsExactly("Case");
    }

    @Test
    void saysThatTypesInFoldersTakeNoWildcard() throws Exception {
        WildcardExpansion reports = SourceTreeReader.read(fixture("folders")).expand("Report");
        assertThat(reports.note())
                .hasValueSatisfying(n -> assertThat(n)
                        .startsWith("Salesforce does not expand * for Report (its members live in folders)"));
    }

    @Test
    void anUnknownTypeMatchesNothingAndGetsASuggestion() throws Exception {
        WildcardExpansion unknown = SourceTreeReader.read(fixture("decomposed")).expand("ApexClas");
        assertThat(unknown.matchesNothing()).isTrue();
        assertThat(unknown.note())
                .contains("* for ApexClas matches nothing: the metadata registry knows no type ApexClas"
                        + " (did you mean ApexClass?)");
    }
}
