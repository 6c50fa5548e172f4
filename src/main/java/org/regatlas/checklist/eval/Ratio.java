package org.regatlas.checklist.eval;

import org.jspecify.annotations.Nullable;

/** A share: {@code hits} of {@code total}, and its value, null when there is nothing to divide by. */
public record Ratio(int hits, int total, @Nullable Double value) {
    public static Ratio of(int hits, int total) {
        return new Ratio(hits, total, total == 0 ? null : (double) hits / total);
    }

    /** The value, or {@code whenEmpty} when the total is zero. */
    public double or(double whenEmpty) {
        return value == null ? whenEmpty : value;
    }

    @Override
    public String toString() {
        return value == null ? "n/a (0)" : String.format("%.3f (%d/%d)", value, hits, total);
    }
}
