package org.regatlas.checklist.read;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/** Decimal section numbers ({@code 6.2.4}) compared and checked for plausible succession. */
final class DecimalNumber {
    private DecimalNumber() {}

    static int[] parts(String number) {
        String n = number.endsWith(".") ? number.substring(0, number.length() - 1) : number;
        return Arrays.stream(n.split("\\.")).mapToInt(Integer::parseInt).toArray();
    }

    /** Numeric order: 2.10 after 2.9, 3 after 2.9.9. */
    static int compare(int[] a, int[] b) {
        for (int i = 0; i < Math.min(a.length, b.length); i++) {
            if (a[i] != b[i]) return Integer.compare(a[i], b[i]);
        }
        return Integer.compare(a.length, b.length);
    }

    /**
     * Whether {@code next} can follow {@code previous} in one document's outline: a first child (x.1 or x.2), a later
     * sibling, or a later sibling of an ancestor, skipping at most {@code maxGap - 1} numbers (extraction loses some).
     */
    static boolean succeeds(int @Nullable [] previous, int[] next, int maxGap) {
        if (previous == null) return next[0] <= 3 && next.length <= 2;
        int p = previous.length;
        int n = next.length;
        if (n == p + 1 && prefixEquals(previous, next, p) && next[n - 1] >= 1 && next[n - 1] <= 2) return true;
        if (n > p) return false;
        if (!prefixEquals(previous, next, n - 1)) return false;
        int step = next[n - 1] - previous[n - 1];
        return step >= 1 && step <= maxGap;
    }

    private static boolean prefixEquals(int[] a, int[] b, int len) {
        for (int i = 0; i < len; i++) {
            if (a[i] != b[i]) return false;
        }
        return true;
    }
}
