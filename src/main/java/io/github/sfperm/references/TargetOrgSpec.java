package io.github.sfperm.references;

import io.github.sfperm.common.InputException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * {@code <targetOrg>} as configured: per kind, names given inline and/or a file exported with {@code sf data query}.
 * A kind is declared when it has a name or a file.
 */
public record TargetOrgSpec(Map<ReferenceKind, List<String>> names, Map<ReferenceKind, Path> files) {

    public TargetOrgSpec {
        names = Map.copyOf(names);
        files = Map.copyOf(files);
    }

    public static TargetOrgSpec none() {
        return new TargetOrgSpec(Map.of(), Map.of());
    }

    /** The target org: the names of each declared kind, inline and from its file. */
    public TargetOrg load() throws InputException {
        Map<ReferenceKind, List<String>> declared = new EnumMap<>(ReferenceKind.class);
        for (ReferenceKind kind : ReferenceKind.values()) {
            List<String> inline = names.getOrDefault(kind, List.of());
            Path file = files.get(kind);
            if (inline.isEmpty() && file == null) {
                continue;
            }
            List<String> all = new ArrayList<>(inline);
            if (file != null) {
                all.addAll(TargetOrgFile.read(file, kind));
            }
            declared.put(kind, all);
        }
        return TargetOrg.of(declared);
    }
}
