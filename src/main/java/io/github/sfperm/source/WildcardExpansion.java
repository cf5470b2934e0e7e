package io.github.sfperm.source;

import io.github.sfperm.deploy.Component;
import java.util.List;
import java.util.Optional;

/**
 * What {@code <members>*</members>} of one type stands for in a source tree.
 *
 * @param type the type, as the registry spells it (or as asked, when the registry does not know it)
 * @param components the components it expands to, sorted by member
 * @param omitted components of the type the wildcard does not cover (standard objects for {@code CustomObject})
 * @param note something the user should know about this wildcard (it matches nothing; the type does not support
 *     wildcards), if anything
 */
public record WildcardExpansion(
        String type, List<Component> components, List<Component> omitted, Optional<String> note) {

    public WildcardExpansion {
        components = List.copyOf(components);
        omitted = List.copyOf(omitted);
    }

    /** Whether the wildcard matches no component of the source tree. */
    public boolean matchesNothing() {
        return components.isEmpty();
    }
}
