package io.github.sfperm.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes JSON the same way every time: keys sorted at every level, two-space indentation, {@code \n} line ends,
 * {@code "key": value}, and a trailing newline.
 */
final class Json {

    /** Makes objects that keep their keys sorted as they are put, so that writing needs no sorted copy. */
    static final JsonNodeFactory NODES = new SortedNodes();

    private static final class SortedNodes extends JsonNodeFactory {
        private static final long serialVersionUID = 1L;

        SortedNodes() {
            super(false);
        }

        @Override
        public ObjectNode objectNode() {
            return new ObjectNode(this, new TreeMap<>());
        }
    }

    /**
     * Jackson's streaming generator, not its object mapper: building an {@code ObjectMapper} costs a fresh JVM, such as
     * Maven's, about 0.4 s, while the trees sfperm writes need nothing of it.
     */
    private static final JsonFactory FACTORY =
            new JsonFactory().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET); // the report writer closes its file

    private static final DefaultPrettyPrinter PRETTY = new DefaultPrettyPrinter(Separators.createDefaultInstance()
                    .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                    .withObjectEmptySeparator("")
                    .withArrayEmptySeparator(""))
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n"));

    private Json() {}

    static ObjectNode object() {
        return NODES.objectNode();
    }

    static String write(JsonNode node) {
        StringWriter out = new StringWriter();
        try {
            write(node, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** {@link #write(JsonNode)} straight to {@code out}, without holding the text in memory; {@code out} stays open. */
    static void write(JsonNode node, Writer out) throws IOException {
        try (JsonGenerator generator = FACTORY.createGenerator(out)) {
            generator.setPrettyPrinter(PRETTY.createInstance());
            write(sorted(node), generator);
        }
        out.write('\n');
    }

    /** What Jackson's own serializer of a tree does, for the node types sfperm builds. */
    private static void write(JsonNode node, JsonGenerator generator) throws IOException {
        switch (node.getNodeType()) {
            case OBJECT -> {
                generator.writeStartObject();
                for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> field = it.next();
                    generator.writeFieldName(field.getKey());
                    write(field.getValue(), generator);
                }
                generator.writeEndObject();
            }
            case ARRAY -> {
                generator.writeStartArray();
                for (JsonNode element : node) {
                    write(element, generator);
                }
                generator.writeEndArray();
            }
            case STRING -> generator.writeString(node.textValue());
            case BOOLEAN -> generator.writeBoolean(node.booleanValue());
            case NULL -> generator.writeNull();
            case NUMBER -> {
                switch (node.numberType()) {
                    case INT -> generator.writeNumber(node.intValue());
                    case LONG -> generator.writeNumber(node.longValue());
                    case BIG_INTEGER -> generator.writeNumber(node.bigIntegerValue());
                    case FLOAT -> generator.writeNumber(node.floatValue());
                    case DOUBLE -> generator.writeNumber(node.doubleValue());
                    case BIG_DECIMAL -> generator.writeNumber(node.decimalValue());
                }
            }
            default -> throw new IllegalArgumentException("no JSON for a " + node.getNodeType() + " node");
        }
    }

    /**
     * {@code node} with the keys of every object in order: {@code node} itself when they already are (objects made
     * by {@link #NODES} always are), else a copy. Arrays keep their order.
     */
    static JsonNode sorted(JsonNode node) {
        if (node.isObject()) {
            List<String> names = new ArrayList<>();
            node.fieldNames().forEachRemaining(names::add);
            boolean inOrder = true;
            for (int i = 1; i < names.size() && inOrder; i++) {
                inOrder = names.get(i - 1).compareTo(names.get(i)) < 0;
            }
            List<JsonNode> values = new ArrayList<>(names.size());
            for (String name : names) {
                JsonNode value = node.get(name);
                JsonNode sortedValue = sorted(value);
                inOrder &= sortedValue == value;
                values.add(sortedValue);
            }
            if (inOrder) {
                return node;
            }
            ObjectNode copy = NODES.objectNode();
            for (int i = 0; i < names.size(); i++) {
                copy.set(names.get(i), values.get(i));
            }
            return copy;
        }
        if (node.isArray()) {
            List<JsonNode> values = new ArrayList<>(node.size());
            boolean same = true;
            for (Iterator<JsonNode> it = node.elements(); it.hasNext(); ) {
                JsonNode value = it.next();
                JsonNode sortedValue = sorted(value);
                same &= sortedValue == value;
                values.add(sortedValue);
            }
            if (same) {
                return node;
            }
            ArrayNode copy = NODES.arrayNode();
            values.forEach(copy::add);
            return copy;
        }
        return node;
    }

    /** {@code text}, or JSON {@code null} when it is null or empty. */
    static JsonNode textOrNull(String text) {
        return text == null || text.isEmpty() ? NODES.nullNode() : NODES.textNode(text);
    }

    static ArrayNode strings(Iterable<String> values) {
        ArrayNode array = NODES.arrayNode();
        values.forEach(array::add);
        return array;
    }

    static ObjectNode counts(Map<String, Long> counts) {
        ObjectNode object = NODES.objectNode();
        counts.forEach(object::put);
        return object;
    }
}
