package org.regatlas.corpus;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Sets footnotes apart from the body. A footnote starts at a line in a smaller type than the body that begins
 * with a superscript marker, in the lower part of its page; the smaller lines after it continue it. Smaller lines
 * at the foot of a page before any marker continue the previous page's last footnote.
 */
final class FootnoteSplitter {
    private FootnoteSplitter() {}

    private static final String SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹";

    /** Removes footnote lines in place; returns the footnotes by marker, in order. */
    static List<SourceText.Footnote> extract(List<List<LayoutLine>> pages, float bodySize) {
        Map<String, StringBuilder> notes = new LinkedHashMap<>();
        String last = null;
        int[] expected = {1};
        for (List<LayoutLine> page : pages) {
            int start = footStart(page, bodySize, expected);
            if (start < 0) continue;
            for (int i = start; i < page.size(); i++) {
                LayoutLine l = page.get(i);
                String t = l.text();
                if (t.isEmpty()) continue;
                String marker = marker(t, expected[0]);
                if (marker != null) {
                    last = marker;
                    expected[0] = Integer.parseInt(plain(marker)) + 1;
                    notes.put(marker, new StringBuilder(t.substring(marker.length()).strip()));
                } else if (last != null) {
                    join(notes.get(last), t);
                }
            }
            page.subList(start, page.size()).clear();
        }
        List<SourceText.Footnote> out = new ArrayList<>();
        notes.forEach((k, v) -> out.add(new SourceText.Footnote(plain(k), v.toString())));
        return out;
    }

    /**
     * The index of the first footnote line of a page: the first small line in the page's lower half from which
     * every non-blank line to the end is small, and which is, or precedes, a marked line. -1 when none.
     */
    private static int footStart(List<LayoutLine> page, float bodySize, int[] expected) {
        int start = -1;
        boolean marked = false;
        float top = Float.MAX_VALUE;
        float bottom = 0;
        for (LayoutLine l : page) {
            if (l.isBlank()) continue;
            top = Math.min(top, l.y());
            bottom = Math.max(bottom, l.y());
        }
        float half = top + (bottom - top) * 0.4f;
        for (int i = page.size() - 1; i >= 0; i--) {
            LayoutLine l = page.get(i);
            if (l.isBlank()) continue;
            if (l.size() >= bodySize * 0.92f || l.y() < half) break;
            start = i;
            if (marker(l.text(), expected[0]) != null) marked = true;
        }
        if (start < 0 || !marked) {
            // footnotes set in the body's own size (older guidances): from the first line in the page's lower
            // half that starts with the next footnote's superscript marker
            for (int i = 0; i < page.size(); i++) {
                LayoutLine l = page.get(i);
                String t = l.text();
                if (!l.isBlank() && l.y() >= half && SUPERSCRIPTS.indexOf(t.charAt(0)) >= 0
                        && plain(marker(t, expected[0]) == null ? "x" : marker(t, expected[0])).equals(String.valueOf(expected[0]))) {
                    return i;
                }
            }
        }
        return marked || (start >= 0 && continuesNote(page, start)) ? start : -1;
    }

    /** Small lines at a page foot without a marker are a footnote's continuation only when they start lower-case. */
    private static boolean continuesNote(List<LayoutLine> page, int start) {
        String t = page.get(start).text();
        return !t.isEmpty() && Character.isLowerCase(t.charAt(0));
    }

    /**
     * The marker a footnote line starts with: superscript digits, or (some guidances print it on the line) the
     * plain number of the next footnote followed by a space. Null when none.
     */
    private static String marker(String t, int expected) {
        int i = 0;
        while (i < t.length() && SUPERSCRIPTS.indexOf(t.charAt(i)) >= 0) i++;
        if (i > 0) return t.substring(0, i);
        int j = 0;
        while (j < t.length() && j < 3 && Character.isDigit(t.charAt(j))) j++;
        if (j > 0 && j < t.length() && t.charAt(j) == ' ' && Integer.parseInt(t.substring(0, j)) >= expected
                && Integer.parseInt(t.substring(0, j)) <= expected + 2) {
            return t.substring(0, j);
        }
        return null;
    }

    private static void join(StringBuilder b, String next) {
        if (!b.isEmpty() && !(b.charAt(b.length() - 1) == '-' || b.charAt(b.length() - 1) == '/')) b.append(' ');
        b.append(next);
    }

    /** ¹² → 12. */
    static String plain(String superscript) {
        StringBuilder b = new StringBuilder();
        for (char c : superscript.toCharArray()) {
            int d = SUPERSCRIPTS.indexOf(c);
            b.append(d >= 0 ? (char) ('0' + d) : c);
        }
        return b.toString();
    }
}
