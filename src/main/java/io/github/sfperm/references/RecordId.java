package io.github.sfperm.references;

import io.github.sfperm.deploy.Origin;
import java.util.Optional;

/**
 * A Salesforce record id written into a deployed file.
 *
 * @param origin the file and the line of the element that holds it
 * @param type the metadata type of the file (its root element)
 * @param field the element that holds it
 * @param id the id, 15 or 18 characters
 * @param object the object its key prefix denotes, when known
 */
public record RecordId(Origin origin, String type, String field, String id, Optional<String> object) {}
