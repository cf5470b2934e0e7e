package io.github.sfperm.source;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sfperm.registry.MetadataRegistry;
import io.github.sfperm.registry.MetadataType;
import java.util.List;
import org.junit.jupiter.api.Test;

class NamesTest {

    /** What withoutSuffixes did with a regex split, kept here as the reference. */
    private static String bySplit(String fileName, MetadataType type) {
        String stem = fileName.replace(Names.META_XML, "");
        StringBuilder out = new StringBuilder();
        for (String part : stem.split("\\.", -1)) {
            if (part.equals(type.suffix()) || part.equals(type.legacySuffix())) {
                continue;
            }
            if (out.length() > 0) {
                out.append('.');
            }
            out.append(part);
        }
        return out.toString();
    }

    @Test
    void dropsTheTypeSuffixPartsAsASplitOnDotsWould() {
        MetadataRegistry registry = MetadataRegistry.builtIn();
        for (String typeName : List.of("ListView", "CustomField", "SharingCriteriaRule", "RecordType")) {
            MetadataType type = registry.type(typeName).orElseThrow();
            for (String name : List.of(
                    "All.listView-meta.xml",
                    "My.View.listView-meta.xml",
                    "Amount__c.field-meta.xml",
                    ".hidden.field-meta.xml",
                    "a..b.field-meta.xml",
                    "trailing.",
                    "..",
                    "",
                    "x.field.field-meta.xml",
                    "Rule.sharingCriteriaRule-meta.xml",
                    "Type.recordType-meta.xml")) {
                assertThat(Names.withoutSuffixes(name, type))
                        .as("%s %s", typeName, name)
                        .isEqualTo(bySplit(name, type));
            }
        }
        assertThat(Names.withoutSuffixes(
                        "My.View.listView-meta.xml", registry.type("ListView").orElseThrow()))
                .isEqualTo("My.View");
    }
}
