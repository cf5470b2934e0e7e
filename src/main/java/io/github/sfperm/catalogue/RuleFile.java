package io.github.sfperm.catalogue;

import java.nio.file.Path;
import java.util.List;

/** The content of one rule file: the built-in catalogue or a user's. */
public record RuleFile(
        Path file, String version, List<Rule> rules, List<UnknownTypes> unknown, List<PermissionFact> facts) {

    public RuleFile {
        rules = List.copyOf(rules);
        unknown = List.copyOf(unknown);
        facts = List.copyOf(facts);
    }
}
