package io.github.sfperm.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sfperm.catalogue.Catalogue;
import io.github.sfperm.registry.MetadataRegistry;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** docs/rules.md is generated from the catalogue; this test fails when it is stale. */
class RulesDocTest {

    private static final Path DOC = Path.of("docs/rules.md");

    @Test
    void docsRulesMdIsUpToDateWithTheCatalogue() throws Exception {
        String rendered = RulesDoc.render(Catalogue.builtIn(), MetadataRegistry.builtIn());
        if (Boolean.getBoolean("sfperm.updateDocs")) {
            Files.writeString(DOC, rendered, StandardCharsets.UTF_8);
        }
        assertThat(Files.exists(DOC))
                .as("docs/rules.md exists; run with -Dsfperm.updateDocs=true")
                .isTrue();
        assertThat(Files.readString(DOC, StandardCharsets.UTF_8))
                .as("docs/rules.md is stale: ./mvnw test -Dtest=RulesDocTest -Dsfperm.updateDocs=true")
                .isEqualTo(rendered);
    }

    @Test
    void theDocListsEveryRegistryType() {
        String rendered = RulesDoc.render(catalogue(), MetadataRegistry.builtIn());
        MetadataRegistry.builtIn().types().forEach(t -> assertThat(rendered).contains("| `" + t.name() + "`"));
        assertThat(rendered).doesNotContain("**no rule**");
    }

    private static Catalogue catalogue() {
        try {
            return Catalogue.builtIn();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
