package io.github.sfperm.catalogue;

import io.github.sfperm.common.Suggestions;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The user permission API names sfperm knows, with their labels ({@code ManageInteraction}: "Manage Flow"), from the
 * bundled {@code permission-names.tsv} (see docs/permission-names.md). Immutable and thread-safe.
 */
public final class PermissionNames {

    static final String RESOURCE = "/io/github/sfperm/catalogue/permission-names.tsv";

    private static volatile PermissionNames builtIn;

    private final Map<String, String> labels;
    private final Map<String, String> byCompactLabel;
    private final Map<String, String> byLowerName;

    PermissionNames(Map<String, String> labels) {
        this.labels = Collections.unmodifiableMap(new LinkedHashMap<>(labels));
        Map<String, String> compact = new LinkedHashMap<>();
        Map<String, String> lower = new LinkedHashMap<>();
        labels.forEach((name, label) -> {
            if (!label.isEmpty()) {
                compact.putIfAbsent(compact(label), name);
            }
            lower.put(name.toLowerCase(Locale.ROOT), name);
        });
        this.byCompactLabel = compact;
        this.byLowerName = lower;
    }

    /** The names bundled with the plugin. */
    public static PermissionNames builtIn() {
        PermissionNames names = builtIn;
        if (names == null) {
            synchronized (PermissionNames.class) {
                names = builtIn;
                if (names == null) {
                    names = load();
                    builtIn = names;
                }
            }
        }
        return names;
    }

    private static PermissionNames load() {
        Map<String, String> labels = new LinkedHashMap<>();
        try (InputStream in = PermissionNames.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing plugin resource " + RESOURCE);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            boolean header = true;
            while ((line = reader.readLine()) != null) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                String[] columns = line.split("\t", -1);
                labels.put(columns[0], columns.length > 1 ? columns[1] : "");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read plugin resource " + RESOURCE, e);
        }
        return new PermissionNames(labels);
    }

    public boolean isKnown(String name) {
        return labels.containsKey(name);
    }

    /** Every known name, in code-point order. */
    public Set<String> names() {
        return labels.keySet();
    }

    /** The label ("Manage Flow"), when known and not empty. */
    public Optional<String> label(String name) {
        return Optional.ofNullable(labels.get(name)).filter(l -> !l.isEmpty());
    }

    /** {@code ManageInteraction ("Manage Flow")}, or the bare name when no label is known. */
    public String describe(String name) {
        return label(name).map(l -> name + " (\"" + l + "\")").orElse(name);
    }

    /**
     * The known permission an unknown {@code name} most likely means: the same name in another letter case, a name
     * or label a typo away ({@code ManageFlows} → "Manage Flow" → {@code ManageInteraction}).
     */
    public Optional<String> suggest(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (byLowerName.containsKey(lower)) {
            return Optional.of(byLowerName.get(lower));
        }
        String compactName = compact(name);
        if (byCompactLabel.containsKey(compactName)) {
            return Optional.of(byCompactLabel.get(compactName));
        }
        Optional<String> byName = Suggestions.closest(name, labels.keySet());
        if (byName.isPresent()) {
            return byName;
        }
        return Suggestions.closest(compactName, byCompactLabel.keySet()).map(byCompactLabel::get);
    }

    /** {@code " (did you mean ManageInteraction ("Manage Flow")?)"}, or an empty string. */
    public String didYouMean(String name) {
        return suggest(name).map(s -> " (did you mean " + describe(s) + "?)").orElse("");
    }

    /** The letters and digits (ASCII) of {@code text}, in lower case: {@code "Manage Flow"} → {@code manageflow}. */
    private static String compact(String text) {
        StringBuilder compact = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                compact.append((char) (c + ('a' - 'A')));
            } else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                compact.append(c);
            }
        }
        return compact.toString();
    }
}
