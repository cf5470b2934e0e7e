package io.github.sfperm.references;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds Salesforce record ids in text. An 18-character id is taken only when its last three characters are the
 * checksum of the first fifteen (as Salesforce computes it) and it holds at least five digits; a 15-character id only
 * when its key prefix is known, it holds at least five digits and it stands alone as an element's whole value or in
 * quotes, as in a formula ({@code RecordTypeId = '012000000000001'}). So that ordinary words and names are not taken
 * for ids.
 */
public final class RecordIds {

    private static final String CHECKSUM_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ012345";

    /** An id found at an offset of the text. */
    public record Found(int offset, String id) {}

    private RecordIds() {}

    /**
     * The ids in {@code text}; {@code knownPrefix} says whether a key prefix is known. One pass over the text, looking
     * at runs of letters and digits of exactly 15 or 18 characters (a regular expression costs several times more, on
     * every file of a large deployment).
     */
    public static List<Found> find(String text, java.util.function.Predicate<String> knownPrefix) {
        List<Found> found = new ArrayList<>();
        int length = text.length();
        int i = 0;
        while (i < length) {
            if (!isAlnum(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            int digits = 0;
            while (i < length && isAlnum(text.charAt(i))) {
                if (i - start < 15 && text.charAt(i) <= '9') {
                    digits++;
                }
                i++;
            }
            int run = i - start;
            if ((run != 15 && run != 18) || digits < 5) {
                continue;
            }
            // a name such as My_Field.Id or a path piece is not an id
            if ((start > 0 && (text.charAt(start - 1) == '_' || text.charAt(start - 1) == '.'))
                    || (i < length && text.charAt(i) == '_')) {
                continue;
            }
            String candidate = text.substring(start, i);
            if (run == 18) {
                if (isChecksummed(candidate)) {
                    found.add(new Found(start, candidate));
                }
            } else if (knownPrefix.test(candidate.substring(0, 3)) && standsAlone(text, start, i)) {
                found.add(new Found(start, candidate));
            }
        }
        return found;
    }

    private static boolean isAlnum(char c) {
        return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
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
