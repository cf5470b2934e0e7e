package io.github.sfperm.check;

import io.github.sfperm.common.InputException;
import io.github.sfperm.xml.SecureXml;
import io.github.sfperm.xml.ShallowElement;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
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
    public static final ObjectFields NONE = new ObjectFields(List.of());

    private final List<Path> directories;

    /** Per object: its source-format folders and Metadata API files; null until the first {@link #load}. */
    private Map<String, List<Path>> locations;

    private final Set<String> loaded = new HashSet<>();
    private final Map<String, Set<String>> masters = new TreeMap<>();
    private final Map<String, Required> required = new TreeMap<>();
    private final Map<String, Set<String>> fieldNames = new TreeMap<>();
    private final Map<String, Set<String>> recordTypeNames = new TreeMap<>();
    private final Map<String, Path> definitions = new TreeMap<>();

    private ObjectFields(List<Path> directories) {
        this.directories = List.copyOf(new TreeSet<>(directories));
    }

    /**
     * The objects below {@code directories} (missing ones are skipped). Nothing is read yet: the folders are walked at
     * the first {@link #load} of some object, so that payloads without object or field permissions cost nothing.
     */
    public static ObjectFields read(Collection<Path> directories) {
        return new ObjectFields(List.copyOf(directories));
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
                    find(directory, found);
                }
            }
            found.values().forEach(l -> l.sort(null));
            locations = found;
        }
        Deque<String> todo = new ArrayDeque<>(new TreeSet<>(objects));
        while (!todo.isEmpty()) {
            String object = todo.removeFirst();
            if (!loaded.add(object)) {
                continue;
            }
            for (Path location : locations.getOrDefault(object, List.of())) {
                if (Files.isDirectory(location)) {
                    for (Path file : fieldFiles(location.resolve("fields"), ".field-meta.xml")) {
                        String fileName = file.getFileName().toString();
                        String field = fileName.substring(0, fileName.length() - ".field-meta.xml".length());
                        field(object, field, SecureXml.readShallow(file, 2), file);
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
                    ShallowElement root = SecureXml.readShallow(location, 3);
                    for (ShallowElement field : root.elements("fields")) {
                        String name = field.elementTextTrim("fullName");
                        if (name != null && !name.isEmpty()) {
                            field(object, name, field, location);
                        }
                    }
                    for (ShallowElement recordType : root.elements("recordTypes")) {
                        String name = recordType.elementTextTrim("fullName");
                        if (name != null && !name.isEmpty()) {
                            recordTypeNames
                                    .computeIfAbsent(object, o -> new TreeSet<>())
                                    .add(name);
                        }
                    }
                    definitions.putIfAbsent(object, location);
                }
            }
            todo.addAll(masters.getOrDefault(object, Set.of()));
        }
    }

    private void field(String object, String field, ShallowElement element, Path file) {
        fieldNames.computeIfAbsent(object, o -> new TreeSet<>()).add(field);
        String name = object + "." + field;
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

    private static void find(Path directory, Map<String, List<Path>> locations) throws InputException {
        try {
            Files.walkFileTree(directory, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    if (dir.equals(directory)) {
                        return FileVisitResult.CONTINUE;
                    }
                    String name = dir.getFileName().toString();
                    if (name.startsWith(".") || name.equals("node_modules")) {
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    if (isObjects(dir.getParent())) {
                        locations.computeIfAbsent(name, o -> new ArrayList<>()).add(dir);
                        return FileVisitResult.SKIP_SUBTREE; // its fields are read on demand
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    String name = file.getFileName().toString();
                    if (attrs.isRegularFile()
                            && attrs.size() > 0
                            && name.endsWith(".object")
                            && isObjects(file.getParent())) {
                        locations
                                .computeIfAbsent(
                                        name.substring(0, name.length() - ".object".length()), o -> new ArrayList<>())
                                .add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException | UncheckedIOException e) {
            throw new InputException("cannot read the object folders: " + e.getMessage(), directory, e);
        }
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
