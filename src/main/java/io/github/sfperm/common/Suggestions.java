package io.github.sfperm.common;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import org.apache.commons.text.similarity.LevenshteinDistance;

/** "Did you mean ...?" for misspelt names: the closest known name, if it is close enough to be a typo. */
public final class Suggestions {

    private static final LevenshteinDistance DISTANCE = new LevenshteinDistance(4);

    private Suggestions() {}

    /** The candidate closest to {@code name} (ignoring case), within a few edits; empty when none is close. */
    public static Optional<String> closest(String name, Collection<String> candidates) {
        String lower = name.toLowerCase(Locale.ROOT);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            int distance = DISTANCE.apply(lower, candidate.toLowerCase(Locale.ROOT));
            if (distance >= 0 && distance < bestDistance && distance <= Math.max(1, name.length() / 4)) {
                best = candidate;
                bestDistance = distance;
            }
        }
        return Optional.ofNullable(best);
    }

    /** {@code " (did you mean X?)"}, or an empty string. */
    public static String didYouMean(String name, Collection<String> candidates) {
        return closest(name, candidates).map(c -> " (did you mean " + c + "?)").orElse("");
    }
}
