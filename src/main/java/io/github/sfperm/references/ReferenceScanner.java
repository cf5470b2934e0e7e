package io.github.sfperm.references;

import io.github.sfperm.common.InputException;
import io.github.sfperm.common.InputFiles;
import io.github.sfperm.deploy.Origin;
import io.github.sfperm.xml.SecureXml;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.dom4j.Document;
import org.dom4j.Element;

/**
 * Reads a deployed metadata file for what it names in the target org ({@link Reference}) and the record ids written
 * into it ({@link RecordId}), as {@link ReferenceData} says where to look.
 */
public final class ReferenceScanner {

    /** What one file names. */
    public record Scan(List<Reference> references, List<RecordId> ids) {}

    private final ReferenceData data;

    public ReferenceScanner(ReferenceData data) {
        this.data = data;
    }

    /**
     * Scans {@code file}, a file of a component of {@code type} (the registry's type: {@code Dashboard},
     * {@code ReportFolder}, {@code Settings}).
     */
    public Scan scan(Path file, String type) throws InputException {
        String text;
        try (InputStream in = InputFiles.open(file)) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InputException("cannot read: " + e.getMessage(), file, e);
        }
        if (!text.stripLeading().startsWith("<") && !text.startsWith("\uFEFF<")) {
            return new Scan(List.of(), List.of()); // not an XML file (the content of a component without one)
        }
        String rootName = rootName(text).orElse(type);
        List<Reference> references = new ArrayList<>();
        // a file is parsed only when it holds an element a field starts with (most list views share to no one)
        List<ReferenceData.Field> fields = data.fields(rootName).stream()
                .filter(f -> text.contains("<" + f.path().get(0)))
                .toList();
        if (!fields.isEmpty()) {
            Document document = SecureXml.parse(text, file);
            Element root = document.getRootElement();
            for (ReferenceData.Field field : fields) {
                collect(root, field, 0, file, references);
            }
        }
        List<RecordId> ids = new ArrayList<>();
        if (data.scansIds(rootName) || data.scansIds(type)) {
            int[] lineStarts = null;
            for (RecordIds.Found found :
                    RecordIds.find(text, p -> data.object(p).isPresent())) {
                if (lineStarts == null) {
                    lineStarts = lineStarts(text);
                }
                ids.add(new RecordId(
                        new Origin(file, line(lineStarts, found.offset())),
                        rootName,
                        enclosingElement(text, found.offset()),
                        found.id(),
                        data.object(found.id().substring(0, 3))));
            }
        }
        return new Scan(references, ids);
    }

    private void collect(Element element, ReferenceData.Field field, int depth, Path file, List<Reference> out) {
        String name = field.path().get(depth);
        for (Element child : element.elements()) {
            if (!child.getName().equals(name)) {
                continue;
            }
            if (depth < field.path().size() - 1) {
                collect(child, field, depth + 1, file, out);
                continue;
            }
            Optional<ReferenceKind> kind = field.kind();
            if (field.kindFrom().isPresent()) {
                String kindValue = element.elementTextTrim(field.kindFrom().get());
                kind = kindValue == null ? Optional.empty() : data.kindOf(kindValue);
            }
            String value = child.getTextTrim();
            if (kind.isEmpty() || (value.isEmpty() && !field.notEmpty())) {
                continue;
            }
            out.add(new Reference(
                    new Origin(file, SecureXml.line(child)),
                    field.type(),
                    field.pathText(),
                    kind.get(),
                    value,
                    field.notEmpty(),
                    field.source()));
        }
    }

    /** The name of the root element, read from the text without parsing it. */
    static Optional<String> rootName(String text) {
        int i = 0;
        while (true) {
            i = text.indexOf('<', i);
            if (i < 0 || i + 1 >= text.length()) {
                return Optional.empty();
            }
            char next = text.charAt(i + 1);
            if (next == '?' || next == '!') {
                i++;
                continue;
            }
            int end = i + 1;
            while (end < text.length() && !isNameEnd(text.charAt(end))) {
                end++;
            }
            String name = text.substring(i + 1, end);
            int colon = name.indexOf(':');
            return Optional.of(colon < 0 ? name : name.substring(colon + 1));
        }
    }

    private static boolean isNameEnd(char c) {
        return Character.isWhitespace(c) || c == '>' || c == '/';
    }

    private static String enclosingElement(String text, int offset) {
        int open = text.lastIndexOf('<', offset);
        if (open < 0) {
            return "";
        }
        int start = open + 1;
        if (start < text.length() && text.charAt(start) == '/') {
            start++;
        }
        int end = start;
        while (end < text.length() && !isNameEnd(text.charAt(end))) {
            end++;
        }
        return text.substring(start, end);
    }

    private static int[] lineStarts(String text) {
        int[] starts = new int[16];
        int count = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i + 1;
            }
        }
        return Arrays.copyOf(starts, count);
    }

    private static int line(int[] lineStarts, int offset) {
        int index = Arrays.binarySearch(lineStarts, offset);
        return (index >= 0 ? index : -index - 2) + 1;
    }
}
