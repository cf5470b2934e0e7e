package io.github.sfperm.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.FilterWriter;
import java.io.IOException;
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

    private static final ObjectWriter WRITER = new ObjectMapper()
            .writer(new DefaultPrettyPrinter(Separators.createDefaultInstance()
                            .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                            .withObjectEmptySeparator("")
                            .withArrayEmptySeparator(""))
                    .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                    .withArrayIndenter(new DefaultIndenter("  ", "\n")));

    private Json() {}

    static ObjectNode object() {
        return NODES.objectNode();
    }

    static String write(JsonNode node) {
        try {
            return WRITER.writeValueAsString(sorted(node)) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@link #write(JsonNode)} straight to {@code out}, without holding the text in memory; {@code out} stays open. */
    static void write(JsonNode node, Writer out) throws IOException {
        WRITER.writeValue(
                new FilterWriter(out) {
                    @Override
                    public void close() throws IOException {
                        flush(); // the report writer closes its file itself
                    }
                },
                sorted(node));
        out.write('\n');
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
