package io.github.sfperm.deploy;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A parsed {@code package.xml} or {@code destructiveChanges*.xml}: its components in document order, duplicates
 * removed (the first occurrence keeps its line), and its {@code <version>} if it has one.
 */
public record Manifest(Path file, Operation operation, List<Component> components, Optional<String> apiVersion) {

    public Manifest {
        components = List.copyOf(components);
    }
}
