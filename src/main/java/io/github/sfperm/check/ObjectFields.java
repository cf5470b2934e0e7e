package io.github.sfperm.check;

import io.github.sfperm.common.Background;
import io.github.sfperm.common.InputException;
import io.github.sfperm.common.InputFiles;
import io.github.sfperm.common.ProjectFiles;
import io.github.sfperm.xml.SecureXml;
import io.github.sfperm.xml.ShallowElement;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What the custom fields in the source tree say about their objects: each detail object's master objects (its
 * {@code MasterDetail} fields' {@code <referenceTo>}) and the fields Salesforce treats as required ({@code
 * <required>true</required>}, or of type {@code MasterDetail}). From source format
 * ({@code objects/X/fields/F.field-meta.xml}) and Metadata API format ({@code objects/X.object}, its {@code <fields>}),
 * in every {@code objects} folder below the directories given (hidden folders and {@code node_modules} skipped).
 *
 * <p>The walk only finds the objects' folders and files; an object's fields are read when {@link #load} asks for it,
 * so that a project of thousands of fields pays only for the objects its permission sets name. Empty files (stubs)
 * hold no fields.
 */
public final class ObjectFields {

    /** Why a field counts as required, and where it says so. */
    public record Required(String field, String reason, Path file, int line) {}

    /** Nothing known: no field files. */
    public static final ObjectFields NONE = new ObjectFields(List.of(), ProjectFiles.WALK);

    private final List<Path> directories;
    private final ProjectFiles.Lister lister;

    /** Per object: its source-format folders and Metadata API files; null until the first {@link #load}. */
    private Map<String, List<Path>> locations;

    private final Set<String> loaded = new HashSet<>();
    private final Map<String, Set<String>> masters = new TreeMap<>();
    private final Map<String, Required> required = new TreeMap<>();
    private final Map<String, Required> formulas = new TreeMap<>();
    private final Set<String> personAccountFields = new TreeSet<>();
    private final Map<String, Set<String>> fieldNames = new TreeMap<>();
    private final Map<String, Set<String>> recordTypeNames = new TreeMap<>();
    private final Map<String, Path> definitions = new TreeMap<>();

    private ObjectFields(List<Path> directories, ProjectFiles.Lister lister) {
        this.directories = List.copyOf(new TreeSet<>(directories));
        this.lister = lister;
    }

    /**
     * The objects below {@code directories} (missing ones are skipped). Nothing is read yet: the folders are walked at
     * the first {@link #load} of some object, so that payloads without object or field permissions cost nothing.
     */
    public static ObjectFields read(Collection<Path> directories) {
        return read(directories, ProjectFiles.WALK);
    }

    /** {@link #read(Collection)}, the folders' files taken from {@code lister} (a listing of the project made once). */
    public static ObjectFields read(Collection<Path> directories, ProjectFiles.Lister lister) {
        return new ObjectFields(List.copyOf(directories), lister);
    }

    /** Reads the fields of {@code objects} and, transitively, of their master objects. */
    public void load(Collection<String> objects) throws InputException {
        if (objects.isEmpty()) {
            return;
        }
        if (locations == null) {
            Map<String, List<Path>> found = new TreeMap<>();
            for (Path directory : directories) {
                if (Files.isDirectory(directory)) {
                    find(directory, lister.below(directory), found);
                }
            }
            found.values().forEach(l -> l.sort(null));
            locations = found;
        }
        // round by round (the objects asked for, then their masters, ...), every field file of a round read on every
        // core, and taken in the order of a one-by-one walk
        Set<String> round = new TreeSet<>(objects);
        while (!round.isEmpty()) {
            List<FieldSource> sources = new ArrayList<>();
            for (String object : round) {
                if (!loaded.add(object)) {
                    continue;
                }
                for (Path location : locations.getOrDefault(object, List.of())) {
                    if (Files.isDirectory(location)) {
                        for (Path file : fieldFiles(location.resolve("fields"), ".field-meta.xml")) {
                            sources.add(new FieldSource(object, file, true));
                        }
                        for (Path file : fieldFiles(location.resolve("recordTypes"), ".recordType-meta.xml")) {
                            String fileName = file.getFileName().toString();
                            recordTypeNames
                                    .computeIfAbsent(object, o -> new TreeSet<>())
                                    .add(fileName.substring(0, fileName.length() - ".recordType-meta.xml".length()));
                        }
                        Path definition = location.resolve(object + ".object-meta.xml");
                        if (isNonEmptyFile(definition)) {
                            definitions.putIfAbsent(object, definition);
                        }
                    } else {
                        sources.add(new FieldSource(object, location, false));
                        definitions.putIfAbsent(object, location);
                    }
                }
            }
            for (Read read : Background.mapInOrder(sources, 64, InputException.class, FieldSource::read)) {
                read.fields().forEach(f -> field(f.object(), f.name(), f.element(), f.file()));
                for (String recordType : read.recordTypes()) {
                    recordTypeNames
                            .computeIfAbsent(read.object(), o -> new TreeSet<>())
                            .add(recordType);
                }
            }
            Set<String> next = new TreeSet<>();
            for (String object : round) {
                next.addAll(masters.getOrDefault(object, Set.of()));
            }
            next.removeAll(loaded);
            round = next;
        }
    }

    /** A field of {@code object} as its file describes it; no element when nothing in its file matters here. */
    private record Field(String object, String name, ShallowElement element, Path file) {}

    /** What one file says of its object: its fields and, for an {@code X.object} file, its record types. */
    private record Read(String object, List<Field> fields, List<String> recordTypes) {}

    /** A field file ({@code F.field-meta.xml}) or an object file ({@code X.object}) holding the fields of an object. */
    private record FieldSource(String object, Path file, boolean fieldFile) {

        Read read() throws InputException {
            if (fieldFile) {
                byte[] bytes;
                try (java.io.InputStream in = InputFiles.open(file)) {
                    bytes = in.readAllBytes();
                } catch (IOException e) {
                    throw new InputException("cannot read: " + e.getMessage(), file, e);
                }
                String fileName = file.getFileName().toString();
                String field = fileName.substring(0, fileName.length() - ".field-meta.xml".length());
                ShallowElement element = mayMatter(bytes)
                        ? SecureXml.readShallow(new java.io.ByteArrayInputStream(bytes), file, 2)
                        : null; // neither required, master-detail nor a formula: only its name matters
                return new Read(object, List.of(new Field(object, field, element, file)), List.of());
            }
            ShallowElement root = SecureXml.readShallow(file, 3);
            List<Field> fields = new ArrayList<>();
            for (ShallowElement field : root.elements("fields")) {
                String name = field.elementTextTrim("fullName");
                if (name != null && !name.isEmpty()) {
                    fields.add(new Field(object, name, field, file));
                }
            }
            List<String> recordTypes = new ArrayList<>();
            for (ShallowElement recordType : root.elements("recordTypes")) {
                String name = recordType.elementTextTrim("fullName");
                if (name != null && !name.isEmpty()) {
                    recordTypes.add(name);
                }
            }
            return new Read(object, fields, recordTypes);
        }
    }

    /**
     * Whether a field file's text may say something {@link #field} reads: it names {@code MasterDetail}, has a
     * {@code required} element whose text starts with {@code true} (whitespace aside) or a {@code formula} element, or
     * is not in an ASCII-compatible encoding. Only such files are parsed, so that the hundreds of ordinary fields of an
     * object cost one look at their bytes; the parse then decides.
     */
    static boolean mayMatter(byte[] bytes) {
        if (bytes.length >= 2
                && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)
                        || (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE))) {
            return true; // UTF-16: the markers are not bytes of their own; the parse decides
        }
        String text = new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1); // ASCII markers: any encoding
        if (text.contains("MasterDetail") || text.contains("formula>")) {
            return true;
        }
        for (int at = text.indexOf("required>"); at >= 0; at = text.indexOf("required>", at + 1)) {
            int i = at + "required>".length();
            while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            if (text.startsWith("true", i)) {
                return true;
            }
        }
        return false;
    }

    private void field(String object, String field, ShallowElement element, Path file) {
        fieldNames.computeIfAbsent(object, o -> new TreeSet<>()).add(field);
        String name = object + "." + field;
        if (object.equals("Account") && field.endsWith("__pc")) {
            personAccountFields.add(name);
        }
        if (element == null) {
            return;
        }
        ShallowElement formula = element.element("formula");
        if (formula != null && !formula.getTextTrim().isEmpty()) {
            formulas.putIfAbsent(name, new Required(name, "a formula field", file, formula.line()));
        }
        if ("MasterDetail".equals(element.elementTextTrim("type"))) {
            String master = element.elementTextTrim("referenceTo");
            if (master != null && !master.isEmpty()) {
                masters.computeIfAbsent(object, o -> new TreeSet<>()).add(master);
            }
            required.putIfAbsent(
                    name,
                    new Required(
                            name,
                            "a master-detail field",
                            file,
                            element.element("type").line()));
        } else if ("true".equals(element.elementTextTrim("required"))) {
            required.putIfAbsent(
                    name,
                    new Required(
                            name,
                            "a required field",
                            file,
                            element.element("required").line()));
        }
    }

    private static boolean isNonEmptyFile(Path file) throws InputException {
        try {
            return Files.isRegularFile(file) && Files.size(file) > 0;
        } catch (IOException e) {
            throw new InputException("cannot read the file: " + e.getMessage(), file, e);
        }
    }

    /** The non-empty files ending with {@code suffix} in {@code fields} (a folder of an object), sorted. */
    private static List<Path> fieldFiles(Path fields, String suffix) throws InputException {
        List<Path> files = new ArrayList<>();
        if (!Files.isDirectory(fields)) {
            return files;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(fields, "*" + suffix)) {
            for (Path file : entries) {
                if (Files.isRegularFile(file) && Files.size(file) > 0) {
                    files.add(file);
                }
            }
        } catch (IOException e) {
            throw new InputException("cannot read the folder: " + e.getMessage(), fields, e);
        }
        files.sort(null);
        return files;
    }

    /**
     * The object folders ({@code objects/X}) and non-empty object files ({@code objects/X.object}) below {@code
     * directory}, hidden folders and {@code node_modules} skipped; an object folder's own contents are read on demand.
     */
    private static void find(Path directory, List<ProjectFiles.Entry> entries, Map<String, List<Path>> locations) {
        Path dir = directory.toAbsolutePath().normalize();
        for (ProjectFiles.Entry entry : entries) {
            Path relative = dir.relativize(entry.path());
            int names = relative.getNameCount();
            if (!reachable(dir, relative)) {
                continue;
            }
            String name = relative.getName(names - 1).toString();
            Path parent = names == 1 ? dir.getFileName() : relative.getName(names - 2);
            boolean inObjects = parent != null && parent.toString().equals("objects");
            if (!inObjects) {
                continue;
            }
            if (entry.directory() && !name.startsWith(".") && !name.equals("node_modules")) {
                locations.computeIfAbsent(name, o -> new ArrayList<>()).add(entry.path());
            } else if (!entry.directory() && entry.size() > 0 && name.endsWith(".object")) {
                locations
                        .computeIfAbsent(name.substring(0, name.length() - ".object".length()), o -> new ArrayList<>())
                        .add(entry.path());
            }
        }
    }

    /** Whether the walk reaches {@code relative}: no folder above it is hidden, {@code node_modules} or an object's. */
    private static boolean reachable(Path dir, Path relative) {
        for (int i = 0; i < relative.getNameCount() - 1; i++) {
            String name = relative.getName(i).toString();
            Path parent = i == 0 ? dir.getFileName() : relative.getName(i - 1);
            if (name.startsWith(".")
                    || name.equals("node_modules")
                    || (parent != null && parent.toString().equals("objects"))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isObjects(Path dir) {
        return dir != null
                && dir.getFileName() != null
                && dir.getFileName().toString().equals("objects");
    }

    /** The master objects of {@code object} (empty when it is no detail object the source tree knows of). */
    public Set<String> masters(String object) {
        return masters.getOrDefault(object, Set.of());
    }

    /** The field ({@code Account.Region__c}) when the source tree says it is required or a master-detail field. */
    public Optional<Required> required(String field) {
        return Optional.ofNullable(required.get(field));
    }

    /** The field ({@code Account.Score__c}) when the source tree gives it a {@code <formula>}. */
    public Optional<Required> formula(String field) {
        return Optional.ofNullable(formulas.get(field));
    }

    /**
     * What in the source tree shows that the org has Person Accounts: a {@code PersonAccount} object folder or file,
     * or an Account field ending {@code __pc} (a contact field as person accounts show it); empty when nothing does.
     */
    public Optional<String> personAccounts() throws InputException {
        load(List.of("Account"));
        if (locations.containsKey("PersonAccount")) {
            return Optional.of("the object PersonAccount");
        }
        return personAccountFields.stream().findFirst().map(f -> "the field " + f);
    }

    /** The fields the source tree holds of {@code object} ({@code Region__c}), from its field files or its file. */
    public Set<String> fields(String object) throws InputException {
        load(List.of(object));
        return fieldNames.getOrDefault(object, Set.of());
    }

    /** The record types the source tree holds of {@code object} ({@code Business}). */
    public Set<String> recordTypes(String object) throws InputException {
        load(List.of(object));
        return recordTypeNames.getOrDefault(object, Set.of());
    }

    /**
     * The file that defines {@code object} in the source tree, if there is one: its non-empty
     * {@code X.object-meta.xml}, or its {@code X.object} (a folder with only child files defines nothing).
     */
    public Optional<Path> definition(String object) throws InputException {
        load(List.of(object));
        return Optional.ofNullable(definitions.get(object));
    }

    /** Whether the source tree holds {@code object} (a folder or a file of it under {@code objects}). */
    public boolean hasObject(String object) throws InputException {
        load(List.of(object));
        return locations.containsKey(object);
    }
}
