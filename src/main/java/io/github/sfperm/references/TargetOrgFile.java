package io.github.sfperm.references;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sfperm.common.InputException;
import io.github.sfperm.common.InputFiles;
import io.github.sfperm.common.JsonFiles;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

/**
 * Reads the names of a {@code <targetOrg>} file: the output of {@code sf data query ... --result-format csv} or
 * {@code --result-format json}, as the Salesforce CLI writes it, for a query of one column: {@code Username} (users),
 * {@code Name} (permission sets) or {@code DeveloperName} (roles, groups, queues). See docs/references.md for the commands.
 */
public final class TargetOrgFile {

    private TargetOrgFile() {}

    /** The names in {@code file}; the format is told by the content (JSON starts with a brace). */
    public static List<String> read(Path file, ReferenceKind kind) throws InputException {
        String text;
        try (InputStream in = InputFiles.open(file)) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InputException("cannot read the targetOrg file: " + e.getMessage(), file, e);
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String column = switch (kind) {
            case USER -> "Username";
            case PERMISSION_SET -> "Name";
            default -> "DeveloperName";
        };
        return text.stripLeading().startsWith("{") ? json(file, column) : csv(text, file, column);
    }

    private static List<String> json(Path file, String column) throws InputException {
        JsonNode root = JsonFiles.read(file);
        JsonNode records = root.path("result").path("records");
        if (!records.isArray()) {
            records = root.path("records");
        }
        if (!records.isArray()) {
            throw new InputException(
                    "not the output of sf data query --result-format json: no result.records array; export it with"
                            + " the command in docs/references.md",
                    file);
        }
        List<String> names = new ArrayList<>();
        for (JsonNode record : records) {
            JsonNode value = field(record, column);
            if (value == null || !value.isTextual()) {
                throw new InputException(
                        "a record has no " + column + " field: query SELECT " + column + " (see docs/references.md)",
                        file);
            }
            names.add(value.asText());
        }
        return names;
    }

    private static JsonNode field(JsonNode record, String column) {
        for (Iterator<String> it = record.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            if (name.equalsIgnoreCase(column)) {
                return record.get(name);
            }
        }
        return null;
    }

    private static List<String> csv(String text, Path file, String column) throws InputException {
        List<String> lines = text.lines().filter(l -> !l.isBlank()).toList();
        if (lines.isEmpty()) {
            throw new InputException(
                    "empty file: expected the CSV of sf data query with a header line " + column, file);
        }
        List<String> header = cells(lines.get(0));
        int index = -1;
        for (int i = 0; i < header.size(); i++) {
            if (header.get(i).equalsIgnoreCase(column)) {
                index = i;
            }
        }
        if (index < 0) {
            throw new InputException(
                    "the header line has no " + column + " column (it reads '"
                            + lines.get(0).strip() + "'): query SELECT " + column + " (see docs/references.md)",
                    file,
                    1,
                    1,
                    null);
        }
        List<String> names = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            List<String> cells = cells(lines.get(i));
            if (index < cells.size() && !cells.get(index).isBlank()) {
                names.add(cells.get(index).trim());
            }
        }
        return names;
    }

    /** The cells of a CSV line: separated by commas, optionally in double quotes ({@code ""} for a quote). */
    static List<String> cells(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells.stream()
                .map(s -> s.strip())
                .map(s -> s.toLowerCase(Locale.ROOT).equals("null") ? "" : s)
                .toList();
    }
}
