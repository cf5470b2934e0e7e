package io.github.sfperm.common;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

/**
 * Reads the JSON files of a project ({@code sfdx-project.json}, a baseline) as Jackson reads bytes: UTF-8, UTF-16 or
 * UTF-32, with or without a byte order mark; duplicate keys refused; nesting, number and string lengths within
 * Jackson's default bounds; files within {@link InputFiles#MAX_BYTES}. Every problem is an {@link InputException}
 * naming the file, line and column.
 */
public final class JsonFiles {

    /**
     * Jackson's streaming parser, not its object mapper (which costs a fresh JVM, such as Maven's, about 0.4 s to
     * build): the tree is built here as the mapper's {@code readTree} builds it.
     */
    private static final JsonFactory JSON = new JsonFactory().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private JsonFiles() {}

    /** The JSON value in {@code file}; {@link MissingNode} for a file with no value at all (empty, or blanks). */
    public static JsonNode read(Path file) throws InputException {
        try (InputStream in = InputFiles.open(file)) {
            return read(in, file);
        } catch (IOException e) {
            throw new InputException("file cannot be read: " + e.getMessage(), file, e);
        }
    }

    /** The JSON value of a stream, read as {@link #read(Path)} reads a file; {@code file} names it in messages. */
    public static JsonNode read(InputStream in, Path file) throws InputException {
        try {
            try (JsonParser parser = JSON.createParser(in)) {
                JsonToken first = parser.nextToken();
                return first == null ? MissingNode.getInstance() : value(parser, first);
            }
        } catch (JsonProcessingException e) {
            JsonLocation where = e.getLocation();
            throw new InputException(
                    explain(e.getOriginalMessage()),
                    file,
                    where == null ? 0 : Math.max(0, where.getLineNr()),
                    where == null ? 0 : Math.max(0, where.getColumnNr()),
                    e);
        } catch (IOException e) {
            throw new InputException("file cannot be read: " + e.getMessage(), file, e);
        }
    }

    /** The value that starts at {@code token}, the parser's current token. */
    private static JsonNode value(JsonParser parser, JsonToken token) throws IOException {
        switch (token) {
            case START_OBJECT -> {
                ObjectNode object = NODES.objectNode();
                for (JsonToken next = parser.nextToken(); next != JsonToken.END_OBJECT; next = parser.nextToken()) {
                    String name = parser.currentName();
                    object.set(name, value(parser, parser.nextToken()));
                }
                return object;
            }
            case START_ARRAY -> {
                ArrayNode array = NODES.arrayNode();
                for (JsonToken next = parser.nextToken(); next != JsonToken.END_ARRAY; next = parser.nextToken()) {
                    array.add(value(parser, next));
                }
                return array;
            }
            case VALUE_STRING -> {
                return NODES.textNode(parser.getText());
            }
            case VALUE_NUMBER_INT -> {
                return switch (parser.getNumberType()) {
                    case INT -> NODES.numberNode(parser.getIntValue());
                    case LONG -> NODES.numberNode(parser.getLongValue());
                    default -> NODES.numberNode(parser.getBigIntegerValue());
                };
            }
            case VALUE_NUMBER_FLOAT -> {
                return NODES.numberNode(parser.getDoubleValue());
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return NODES.booleanNode(token == JsonToken.VALUE_TRUE);
            }
            case VALUE_NULL -> {
                return NODES.nullNode();
            }
            default -> throw new IllegalStateException("unexpected JSON token " + token);
        }
    }

    /** Jackson's wording, made a sentence a Salesforce developer can act on. */
    static String explain(String message) {
        String text = message == null ? "unreadable JSON" : message;
        // "... exceeds the maximum allowed (1000, from `StreamReadConstraints.getMaxNestingDepth()`)": drop the API
        text = text.replaceAll(", from `[^`]*`\\)", ")");
        if (text.contains("UTF-8") || text.contains("UTF-16") || text.contains("UTF-32")) {
            return "is not valid UTF-8 (" + text + "); save it as UTF-8";
        }
        return "is not valid JSON: " + text;
    }
}
