package io.github.sfperm.references;

import io.github.sfperm.common.InputException;
import io.github.sfperm.xml.SecureXml;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.dom4j.Document;
import org.dom4j.Element;

/**
 * The built-in data of {@code references.xml} (schema {@code sfperm-references-1.xsd}): the fields that name a user,
 * role, group or queue, per metadata type; the types whose files are searched for record ids; the key prefixes of
 * record ids. Read once; a test validates the resource against its schema.
 */
public final class ReferenceData {

    public static final String RESOURCE = "/io/github/sfperm/references/references.xml";
    public static final String SCHEMA_RESOURCE = "/io/github/sfperm/references/sfperm-references-1.xsd";

    /**
     * A field that holds a reference.
     *
     * @param type the root element of the file
     * @param path the element names from the root
     * @param kind what it names, unless {@code kindFrom} says
     * @param kindFrom the sibling element whose value says what it names
     * @param notEmpty an empty element is an error in itself
     * @param source the page that documents it
     */
    public record Field(
            String type,
            List<String> path,
            Optional<ReferenceKind> kind,
            Optional<String> kindFrom,
            boolean notEmpty,
            String source) {

        public String pathText() {
            return String.join("/", path);
        }
    }

    private static volatile ReferenceData builtIn;

    private final Map<String, List<Field>> fieldsByType;
    private final Map<String, ReferenceKind> kindsByValue;
    private final Set<String> idScanTypes;
    private final Map<String, String> objectsByPrefix;

    private ReferenceData(
            Map<String, List<Field>> fieldsByType,
            Map<String, ReferenceKind> kindsByValue,
            Set<String> idScanTypes,
            Map<String, String> objectsByPrefix) {
        this.fieldsByType = fieldsByType;
        this.kindsByValue = kindsByValue;
        this.idScanTypes = idScanTypes;
        this.objectsByPrefix = objectsByPrefix;
    }

    public static ReferenceData builtIn() throws InputException {
        ReferenceData result = builtIn;
        if (result == null) {
            synchronized (ReferenceData.class) {
                result = builtIn;
                if (result == null) {
                    result = read();
                    builtIn = result;
                }
            }
        }
        return result;
    }

    /** The fields of files whose root element is {@code type}. */
    public List<Field> fields(String type) {
        return fieldsByType.getOrDefault(type, List.of());
    }

    /** Every field, sorted by type then path: for the documentation. */
    public List<Field> allFields() {
        List<Field> all = new ArrayList<>();
        fieldsByType.values().forEach(all::addAll);
        return all;
    }

    /** The kind a type element's value ({@code sharedToType}: {@code Role}) names, in any letter case. */
    public Optional<ReferenceKind> kindOf(String value) {
        return Optional.ofNullable(kindsByValue.get(value.trim().toLowerCase(Locale.ROOT)));
    }

    /** Whether files of {@code type} are read at all: they hold reference fields or are searched for ids. */
    public boolean reads(String type) {
        return fieldsByType.containsKey(type) || idScanTypes.contains(type);
    }

    /** Whether files of {@code type} are searched for record ids. */
    public boolean scansIds(String type) {
        return fieldsByType.containsKey(type) || idScanTypes.contains(type);
    }

    /** The object a key prefix denotes, when known. */
    public Optional<String> object(String prefix) {
        return Optional.ofNullable(objectsByPrefix.get(prefix));
    }

    /** Every key prefix known, with its object, sorted. */
    public Map<String, String> prefixes() {
        return objectsByPrefix;
    }

    private static ReferenceData read() throws InputException {
        Path name = Path.of("sfperm-references.xml");
        Document document;
        try (InputStream in = ReferenceData.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing plugin resource " + RESOURCE);
            }
            document = SecureXml.read(in, name, null);
        } catch (IOException e) {
            throw new InputException("cannot read plugin resource " + RESOURCE, name, e);
        }
        Element root = document.getRootElement();
        Map<String, ReferenceKind> kinds = new HashMap<>();
        for (Element kind : root.elements("kind")) {
            kinds.put(
                    kind.attributeValue("value").toLowerCase(Locale.ROOT),
                    ReferenceKind.parse(kind.attributeValue("is")));
        }
        Map<String, List<Field>> fields = new TreeMap<>();
        for (Element field : root.elements("field")) {
            String kind = field.attributeValue("kind");
            String kindFrom = field.attributeValue("kindFrom");
            if ((kind == null) == (kindFrom == null)) {
                throw new IllegalStateException("references.xml: a field needs kind or kindFrom, not both");
            }
            Field value = new Field(
                    field.attributeValue("type"),
                    List.of(field.attributeValue("path").split("/")),
                    Optional.ofNullable(kind).map(ReferenceKind::parse),
                    Optional.ofNullable(kindFrom),
                    Boolean.parseBoolean(field.attributeValue("notEmpty")),
                    field.elementTextTrim("source"));
            fields.computeIfAbsent(value.type(), t -> new ArrayList<>()).add(value);
        }
        fields.replaceAll((t, list) -> List.copyOf(list));
        Set<String> idScan = new TreeSet<>();
        for (Element scan : root.elements("idScan")) {
            idScan.add(scan.attributeValue("type"));
        }
        Map<String, String> prefixes = new TreeMap<>();
        for (Element prefix : root.elements("prefix")) {
            prefixes.put(prefix.attributeValue("value"), prefix.attributeValue("object"));
        }
        return new ReferenceData(
                Collections.unmodifiableMap(fields),
                Map.copyOf(kinds),
                Collections.unmodifiableSet(idScan),
                Collections.unmodifiableMap(prefixes));
    }

    static List<String> split(String path) {
        return Arrays.asList(path.split("/"));
    }
}
