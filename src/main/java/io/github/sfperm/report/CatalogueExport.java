package io.github.sfperm.report;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import io.github.sfperm.catalogue.Catalogue;
import io.github.sfperm.catalogue.Rule;
import io.github.sfperm.catalogue.UnknownTypes;
import io.github.sfperm.registry.MetadataRegistry;
import io.github.sfperm.registry.MetadataType;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The catalogue as machine-readable JSON ({@code catalogue.json}): per registry type and operation, the rules that
 * apply (own, parent, base) with requirement, confidence and source, or that the type is unknown. Deterministic.
 */
public final class CatalogueExport {

    private CatalogueExport() {}

    public static void write(Catalogue catalogue, MetadataRegistry registry, Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (OutputStream out = Files.newOutputStream(file)) {
            write(catalogue, registry, out);
        }
    }

    public static void write(Catalogue catalogue, MetadataRegistry registry, OutputStream out) throws IOException {
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        try (JsonGenerator json = new JsonFactory().createGenerator(out, JsonEncoding.UTF8)) {
            json.setPrettyPrinter(printer);
            json.writeStartObject();
            json.writeStringField("catalogueVersion", catalogue.version());
            json.writeStringField(
                    "registry",
                    registry.derivedFrom().packageName() + " "
                            + registry.derivedFrom().version());
            json.writeArrayFieldStart("types");
            for (MetadataType type : registry.types()) {
                json.writeStartObject();
                json.writeStringField("type", type.name());
                if (type.parent() != null) {
                    json.writeStringField("parent", type.parent());
                }
                UnknownTypes unknown = catalogue.unknown(type.name()).orElse(null);
                if (unknown != null) {
                    json.writeStringField("classification", "unknown");
                    json.writeStringField("note", unknown.note());
                } else {
                    json.writeStringField(
                            "classification",
                            catalogue.hasRulesFor(type.name())
                                    ? "rule"
                                    : type.parent() != null && catalogue.hasRulesFor(type.parent())
                                            ? "parent"
                                            : "none");
                }
                json.writeArrayFieldStart("rules");
                for (Rule rule : rules(catalogue, type)) {
                    json.writeStartObject();
                    json.writeStringField("id", rule.id());
                    json.writeStringField("operation", rule.appliesTo().label());
                    json.writeStringField("requires", rule.requires().render());
                    if (rule.isConditional()) {
                        json.writeStringField("when", rule.when().describe());
                    }
                    json.writeStringField("confidence", rule.confidence().label());
                    json.writeStringField("source", rule.source());
                    json.writeStringField(
                            "scope", rule.isBase() ? "base" : rule.types().contains(type.name()) ? "type" : "parent");
                    json.writeEndObject();
                }
                json.writeEndArray();
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
            json.writeRaw('\n');
        }
    }

    private static List<Rule> rules(Catalogue catalogue, MetadataType type) {
        List<Rule> rules = new ArrayList<>();
        for (Rule rule : catalogue.rules()) {
            boolean own = rule.types().contains(type.name());
            boolean parent = type.parent() != null && rule.types().contains(type.parent());
            if (rule.isBase() || own || parent) {
                rules.add(rule);
            }
        }
        return rules;
    }
}
