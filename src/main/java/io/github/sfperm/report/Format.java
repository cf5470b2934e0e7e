package io.github.sfperm.report;

import io.github.sfperm.common.InputException;
import io.github.sfperm.common.Suggestions;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/** The report files sfperm can write, each under a fixed name in the output directory. */
public enum Format {
    /** Every finding with all its fields, the gate decision and counts: {@code docs/sfperm-report.schema.json}. */
    JSON("sfperm.json"),
    /** SARIF 2.1.0, for GitHub code scanning and other SARIF viewers. */
    SARIF("sfperm.sarif"),
    /** JUnit XML, for Jenkins, GitLab and Azure DevOps test views: one test case per component. */
    JUNIT("sfperm-junit.xml"),
    /** A Markdown summary, for {@code $GITHUB_STEP_SUMMARY} and pull request comments. */
    MARKDOWN("sfperm.md");

    /** The word for every format in {@link #parse(String)}. */
    public static final String ALL = "all";

    private final String fileName;

    Format(String fileName) {
        this.fileName = fileName;
    }

    public String fileName() {
        return fileName;
    }

    /**
     * Parses a comma-separated list of format names in any letter case ({@code json, SARIF}); {@code all} stands for
     * every format, and a blank list for none.
     *
     * @throws InputException naming the word that is not a format, with a suggestion
     */
    public static Set<Format> parse(String list) throws InputException {
        Set<Format> formats = EnumSet.noneOf(Format.class);
        if (list == null || list.isBlank()) {
            return formats;
        }
        for (String word : list.split(",")) {
            String name = word.trim().toUpperCase(Locale.ROOT);
            if (name.isEmpty()) {
                continue;
            }
            if (name.equals("ALL")) {
                formats.addAll(EnumSet.allOf(Format.class));
            } else if (name.equals("MD")) {
                formats.add(MARKDOWN);
            } else {
                try {
                    formats.add(valueOf(name));
                } catch (IllegalArgumentException e) {
                    throw new InputException("<formats>: '" + word.trim() + "' is not a report format"
                            + Suggestions.didYouMean(word.trim().toLowerCase(Locale.ROOT), names())
                            + "; use a comma-separated list of json, sarif, junit, markdown, or all");
                }
            }
        }
        return formats;
    }

    private static java.util.List<String> names() {
        return Arrays.stream(values())
                .map(f -> f.name().toLowerCase(Locale.ROOT))
                .toList();
    }
}
