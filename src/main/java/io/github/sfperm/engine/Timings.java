package io.github.sfperm.engine;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Where a check's time went, step by step, for the debug log ({@code mvn -X}): each {@link #lap} charges the time
 * since the previous one to a step. Not thread-safe; one per check. Nothing is measured when not asked for: {@link
 * #NONE} records nothing.
 */
public final class Timings {

    /** Records nothing. */
    public static final Timings NONE = new Timings(false);

    private final boolean on;
    private final Map<String, Long> nanos = new LinkedHashMap<>();
    private final long start = System.nanoTime();
    private long last = start;

    private Timings(boolean on) {
        this.on = on;
    }

    /** Starts measuring now. */
    public static Timings start() {
        return new Timings(true);
    }

    /** Charges the time since the previous lap (or the start) to {@code step}, adding to what it had. */
    public void lap(String step) {
        if (!on) {
            return;
        }
        long now = System.nanoTime();
        nanos.merge(step, now - last, Long::sum);
        last = now;
    }

    /** The steps in the order first measured, as {@code "in all 812 ms: plan 300 ms, rules 12 ms"}. */
    public String summary() {
        StringJoiner steps = new StringJoiner(", ");
        nanos.forEach((step, n) -> steps.add(step + " " + ms(n)));
        return "in all " + ms(last - start) + ": " + steps;
    }

    /** The nanoseconds charged to each step, in the order first measured. */
    public Map<String, Long> steps() {
        return java.util.Collections.unmodifiableMap(new LinkedHashMap<>(nanos));
    }

    private static String ms(long nanos) {
        return String.format(Locale.ROOT, "%d ms", Math.round(nanos / 1e6));
    }
}
