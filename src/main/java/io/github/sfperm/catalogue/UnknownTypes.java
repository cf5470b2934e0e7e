package io.github.sfperm.catalogue;

import io.github.sfperm.deploy.Origin;
import java.util.List;

/** Types the catalogue declares it does not know the needs of; their components give UNKNOWN_TYPE findings. */
public record UnknownTypes(String id, List<String> types, String note, Origin definedAt) {

    public UnknownTypes {
        types = List.copyOf(types);
        note = note == null ? "" : note;
    }
}
