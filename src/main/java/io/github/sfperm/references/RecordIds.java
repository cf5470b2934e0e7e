package io.github.sfperm.references;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds Salesforce record ids in text. An 18-character id is taken only when its last three characters are the
 * checksum of the first fifteen (as Salesforce computes it) and it holds at least five digits; a 15-character id only
 * when its key prefix is known, it holds at least five digits and it stands alone as an element's whole value or in
 * quotes, as in a formula ({@code RecordTypeId = '012000000000001'}). So that ordinary words and names are not taken
 * for ids.
 */
public final class RecordIds {

    private static final Pattern CANDIDATE =
            Pattern.compile("(?<![0-9A-Za-z_.])[0-9A-Za-z]{15}(?:[0-9A-Za-z]{3})?(?![0-9A-Za-z_])");
    private static final String CHECKSUM_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ012345";

    /** An id found at an offset of the text. */
    public record Found(int offset, String id) {}

    private RecordIds() {}

    /** The ids in {@code text}; {@code knownPrefix} says whether a key prefix is known. */
    public static List<Found> find(String text, java.util.function.Predicate<String> knownPrefix) {
        List<Found> found = new ArrayList<>();
        Matcher matcher = CANDIDATE.matcher(text);
        while (matcher.find()) {
            String candidate = matcher.group();
            if (digits(candidate.substring(0, 15)) < 5) {
                continue;
            }
            if (candidate.length() == 18) {
                if (isChecksummed(candidate)) {
                    found.add(new Found(matcher.start(), candidate));
                }
            } else if (knownPrefix.test(candidate.substring(0, 3))
                    && standsAlone(text, matcher.start(), matcher.end())) {
                found.add(new Found(matcher.start(), candidate));
            }
        }
        return found;
    }

    /** Whether the last three characters of an 18-character id are the checksum of its first fifteen. */
    public static boolean isChecksummed(String id) {
        if (id.length() != 18) {
            return false;
        }
        StringBuilder suffix = new StringBuilder(3);
        for (int chunk = 0; chunk < 3; chunk++) {
            int bits = 0;
            for (int i = 0; i < 5; i++) {
                char c = id.charAt(chunk * 5 + i);
                if (c >= 'A' && c <= 'Z') {
                    bits |= 1 << i;
                }
            }
            suffix.append(CHECKSUM_ALPHABET.charAt(bits));
        }
        return id.endsWith(suffix.toString());
    }

    private static int digits(String text) {
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            if (Character.isDigit(text.charAt(i))) {
                count++;
            }
        }
        return count;
    }

    /** The whole value of an element ({@code >id<}), or in quotes (plain or as XML entities). */
    private static boolean standsAlone(String text, int start, int end) {
        String before = text.substring(Math.max(0, start - 6), start);
        String after = text.substring(end, Math.min(text.length(), end + 6));
        return (before.endsWith(">") && after.startsWith("<"))
                || ((before.endsWith("'") || before.endsWith("&apos;"))
                        && (after.startsWith("'") || after.startsWith("&apos;")))
                || ((before.endsWith("\"") || before.endsWith("&quot;"))
                        && (after.startsWith("\"") || after.startsWith("&quot;")));
    }
}
