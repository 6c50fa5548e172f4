package org.regatlas.checklist.read;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The PDF page each line of a protocol's normalized text starts on. Repair joins and splits lines but keeps every
 * visible character, so each line is found, whitespace aside, in the pages' text, in reading order; a line that
 * cannot be found (rare: a heading cut out of a joined line) takes the page of the line before it.
 */
final class PageMap {
    /** How many leading characters of a line (whitespace removed) identify it in the pages. */
    private static final int PROBE = 40;

    private final int[] lineStarts;
    private final int @Nullable [] linePages;

    private PageMap(int[] lineStarts, int @Nullable [] linePages) {
        this.lineStarts = lineStarts;
        this.linePages = linePages;
    }

    /** A map for a format without pages: every page is null. */
    static PageMap none() {
        return new PageMap(new int[] {0}, null);
    }

    /** Locates each line of {@code text} in {@code pages} (page 1 first). */
    static PageMap of(String text, List<String> pages) {
        StringBuilder squashed = new StringBuilder();
        List<Integer> pageStarts = new ArrayList<>();
        for (String page : pages) {
            pageStarts.add(squashed.length());
            squash(page, squashed);
        }
        String all = squashed.toString();
        String[] lines = text.split("\n", -1);
        int[] starts = new int[lines.length];
        int[] onPage = new int[lines.length];
        int offset = 0;
        int cursor = 0;
        int page = 1;
        for (int i = 0; i < lines.length; i++) {
            starts[i] = offset;
            offset += lines[i].length() + 1;
            String probe = squash(lines[i], new StringBuilder()).toString();
            if (probe.length() > PROBE) probe = probe.substring(0, PROBE);
            if (!probe.isEmpty()) {
                int at = all.indexOf(probe, cursor);
                if (at >= 0) {
                    cursor = at + probe.length();
                    page = pageOf(pageStarts, at);
                }
            }
            onPage[i] = page;
        }
        return new PageMap(starts, onPage);
    }

    /** The page (from 1) of the character at {@code offset} of the text; null for formats without pages. */
    @Nullable Integer pageAt(int offset) {
        if (linePages == null) return null;
        int i = Arrays.binarySearch(lineStarts, offset);
        int line = i >= 0 ? i : Math.max(0, -i - 2);
        return linePages[line];
    }

    private static int pageOf(List<Integer> pageStarts, int at) {
        int lo = 0;
        int hi = pageStarts.size() - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (pageStarts.get(mid) <= at) lo = mid;
            else hi = mid - 1;
        }
        return lo + 1;
    }

    private static StringBuilder squash(String s, StringBuilder out) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!Character.isWhitespace(c) && c != '\u00A0') out.append(c);
        }
        return out;
    }
}
