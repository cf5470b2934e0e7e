package io.github.sfperm.source;

import io.github.sfperm.common.InputException;
import io.github.sfperm.xml.SecureXml;
import io.github.sfperm.xml.ShallowElement;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What the custom fields in the source tree say about their objects: each detail object's master objects (its
 * {@code MasterDetail} fields' {@code <referenceTo>}) and the fields Salesforce treats as required ({@code
 * <required>true</required>}, or of type {@code MasterDetail}). Read from source format
 * ({@code objects/X/fields/F.field-meta.xml}) and Metadata API format ({@code objects/X.object}, its {@code <fields>}),
 * in every folder below the directories given; hidden folders and {@code node_modules} are skipped.
 */
public final class ObjectFields {

    /** Why a field counts as required, and where it says so. */
    public record Required(String field, String reason, Path file, int line) {}

    /** Nothing known: no field files. */
    public static final ObjectFields NONE = new ObjectFields(Map.of(), Map.of(), Set.of());

    private final Map<String, Set<String>> masters;
    private final Map<String, Required> required;
    private final Set<String> objects;

    private ObjectFields(Map<String, Set<String>> masters, Map<String, Required> required, Set<String> objects) {
        this.masters = masters;
        this.required = required;
        this.objects = objects;
    }

    /** Reads the field files below {@code directories} (missing ones are skipped). */
    public static ObjectFields read(Collection<Path> directories) throws InputException {
        Map<String, Set<String>> masters = new TreeMap<>();
        Map<String, Required> required = new TreeMap<>();
        Set<String> objects = new TreeSet<>();
        List<Path> files = new ArrayList<>();
        for (Path directory : new TreeSet<>(directories)) {
            if (Files.isDirectory(directory)) {
                files.addAll(fieldFiles(directory));
            }
        }
        for (Path file : files) {
            String fileName = file.getFileName().toString();
            if (fileName.endsWith(".field-meta.xml")) {
                String object = file.getParent().getParent().getFileName().toString();
                String field = fileName.substring(0, fileName.length() - ".field-meta.xml".length());
                objects.add(object);
                field(object, field, SecureXml.readShallow(file, 2), file, masters, required);
            } else {
                String object = fileName.substring(0, fileName.length() - ".object".length());
                objects.add(object);
                for (ShallowElement field : SecureXml.readShallow(file, 3).elements("fields")) {
                    String name = field.elementTextTrim("fullName");
                    if (name != null && !name.isEmpty()) {
                        field(object, name, field, file, masters, required);
                    }
                }
            }
        }
        return new ObjectFields(masters, required, objects);
    }

    private static void field(
            String object,
            String field,
            ShallowElement element,
            Path file,
            Map<String, Set<String>> masters,
            Map<String, Required> required) {
        String name = object + "." + field;
        if ("MasterDetail".equals(element.elementTextTrim("type"))) {
            String master = element.elementTextTrim("referenceTo");
            if (master != null && !master.isEmpty()) {
                masters.computeIfAbsent(object, o -> new TreeSet<>()).add(master);
            }
            ShallowElement type = element.element("type");
            required.putIfAbsent(name, new Required(name, "a master-detail field", file, type.line()));
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

    private static List<Path> fieldFiles(Path directory) throws InputException {
        List<Path> files = new ArrayList<>();
        try {
            Files.walkFileTree(directory, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    String name =
                            dir.getFileName() == null ? "" : dir.getFileName().toString();
                    return !dir.equals(directory) && (name.startsWith(".") || name.equals("node_modules"))
                            ? FileVisitResult.SKIP_SUBTREE
                            : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    String name = file.getFileName().toString();
                    Path parent = file.getParent();
                    if (attrs.isRegularFile()
                            && attrs.size() > 0 // an empty file holds no field (a stub, as in trimmed checkouts)
                            && ((name.endsWith(".field-meta.xml")
                                            && parent.getFileName().toString().equals("fields")
                                            && parent.getParent() != null
                                            && parent.getParent().getParent() != null)
                                    || (name.endsWith(".object")
                                            && parent.getFileName().toString().equals("objects")))) {
                        files.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException | UncheckedIOException e) {
            throw new InputException("cannot read the object folders: " + e.getMessage(), directory, e);
        }
        files.sort(null);
        return files;
    }

    /** The master objects of {@code object} (empty when it is no detail object the source tree knows of). */
    public Set<String> masters(String object) {
        return masters.getOrDefault(object, Set.of());
    }

    /** The field ({@code Account.Region__c}) when the source tree says it is required or a master-detail field. */
    public Optional<Required> required(String field) {
        return Optional.ofNullable(required.get(field));
    }

    /** Whether the source tree holds fields of {@code object}. */
    public boolean hasObject(String object) {
        return objects.contains(object);
    }
}
