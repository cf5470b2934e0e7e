package io.github.sfperm.references;

import io.github.sfperm.deploy.Origin;

/**
 * A user, role, group or queue named in a deployed file.
 *
 * @param origin the file and the line of the element
 * @param type the metadata type of the file (its root element)
 * @param field the element's path from the root ({@code folderShares/sharedTo})
 * @param kind what it names
 * @param value the name, as written (empty when the element is empty)
 * @param notEmpty whether an empty value is an error in itself
 * @param source the Metadata API page that documents the field
 */
public record Reference(
        Origin origin, String type, String field, ReferenceKind kind, String value, boolean notEmpty, String source) {

    /** The last element of {@link #field}: {@code runningUser}, {@code sharedTo}. */
    public String fieldName() {
        int slash = field.lastIndexOf('/');
        return slash < 0 ? field : field.substring(slash + 1);
    }
}
