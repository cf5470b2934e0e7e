package io.github.sfperm.catalogue;

import io.github.sfperm.deploy.Operation;
import java.util.Locale;

/** Which operations a rule covers. */
public enum AppliesTo {
    DEPLOY,
    DELETE,
    BOTH;

    public boolean covers(Operation operation) {
        return this == BOTH || name().equals(operation.name());
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    static AppliesTo parse(String text) {
        return text == null || text.isBlank() ? BOTH : valueOf(text.trim().toUpperCase(Locale.ROOT));
    }
}
