package io.github.sfperm.catalogue;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A deletion Salesforce refuses through {@code destructiveChanges*.xml}, whatever the deploying user holds.
 *
 * @param id stable id (the rule id of the finding)
 * @param type the Metadata API type whose deletion is refused
 * @param unlessMember members matching this expression as a whole are not refused (a Flow version, {@code MyFlow-3})
 * @param message the message Salesforce answers with
 * @param fix the way that works
 * @param sources the public sources, the most authoritative first
 * @param confidence how sure the data is
 * @param note what the sources say
 */
public record RefusedDeletion(
        String id,
        String type,
        Optional<Pattern> unlessMember,
        String message,
        String fix,
        List<String> sources,
        Confidence confidence,
        String note) {

    public RefusedDeletion {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        sources = List.copyOf(sources);
    }

    /** Whether deleting {@code member} of this type is refused. */
    public boolean refuses(String member) {
        return unlessMember.map(p -> !p.matcher(member).matches()).orElse(true);
    }

    /** The first (most authoritative) source. */
    public String source() {
        return sources.isEmpty() ? "" : sources.get(0);
    }
}
