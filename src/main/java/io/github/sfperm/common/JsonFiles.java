package io.github.sfperm.common;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
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

    private static final ObjectMapper JSON =
            new ObjectMapper().configure(JsonParser.Feature.STRICT_DUPLICATE_DETECTION, true);

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
            JsonNode root = JSON.readTree(in);
            return root == null ? MissingNode.getInstance() : root;
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
