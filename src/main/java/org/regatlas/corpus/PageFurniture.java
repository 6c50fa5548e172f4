package org.regatlas.corpus;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Removes running headers, footers and page numbers from PDF text, page by page ({@code \f} separated): lines that
 * repeat at the top or bottom of many pages, and lines that are only a page number. Within the first and last three
 * lines of a page any such line goes; beyond them only an unbroken run of them from the page's edge, so a header of
 * five lines (product, protocol number, amendment date, "CONFIDENTIAL", "Page 18") goes whole while a repeated line
 * in the body stays.
 */
final class PageFurniture {
    private PageFurniture() {}

    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "^(?:page\\s*)?\\d{1,4}(?:\\s*(?:of|/)\\s*\\d{1,4})?$|^[-–]\\s*\\d{1,4}\\s*[-–]$|^第\\s*\\d+\\s*页.*$",
            Pattern.CASE_INSENSITIVE);
    private static final int EDGE_LINES = 3;
    /** How far from a page's edge an unbroken run of running lines is still taken for its header or footer. */
    private static final int RUN_LINES = 10;

    static String remove(String text) {
        return String.join("", pages(text));
    }

    /**
     * The text's pages ({@code \f} separated) with their running lines removed, each page ending with a line break;
     * in a text of fewer than three pages nothing repeats often enough to be told from the body, so none is removed.
     */
    static List<String> pages(String text) {
        String[] pages = text.split("\f", -1);
        if (pages.length < 3) return java.util.Arrays.stream(pages).map(p -> p + "\n").toList();
        Map<String, Integer> edgeCounts = new HashMap<>();
        List<List<String>> split = new ArrayList<>();
        for (String page : pages) {
            List<String> lines = new ArrayList<>(List.of(page.split("\n", -1)));
            split.add(lines);
            for (String edge : edges(lines)) edgeCounts.merge(key(edge), 1, Integer::sum);
        }
        int threshold = Math.max(3, pages.length / 3);
        List<String> out = new ArrayList<>();
        for (List<String> lines : split) {
            List<String> nonBlank = lines.stream().filter(l -> !l.isBlank()).map(String::strip).toList();
            boolean[] drop = furniture(nonBlank, edgeCounts, threshold);
            StringBuilder page = new StringBuilder();
            int index = 0;
            for (String line : lines) {
                if (line.isBlank()) {
                    page.append('\n');
                } else if (!drop[index++]) {
                    page.append(line).append('\n');
                }
            }
            out.add(page.toString());
        }
        return out;
    }

    /** Which of a page's non-blank lines are furniture. */
    private static boolean[] furniture(List<String> lines, Map<String, Integer> counts, int threshold) {
        int n = lines.size();
        boolean[] running = new boolean[n];
        for (int i = 0; i < n; i++) {
            String s = lines.get(i);
            running[i] = PAGE_NUMBER.matcher(s).matches() || counts.getOrDefault(key(s), 0) >= threshold;
        }
        boolean[] drop = new boolean[n];
        for (int i = 0; i < n; i++) drop[i] = running[i] && (i < EDGE_LINES || i >= n - EDGE_LINES);
        for (int i = 0; i < Math.min(n, RUN_LINES) && running[i]; i++) drop[i] = true;
        for (int i = n - 1; i >= Math.max(0, n - RUN_LINES) && running[i]; i--) drop[i] = true;
        return drop;
    }

    private static List<String> edges(List<String> lines) {
        List<String> nonBlank = lines.stream().filter(l -> !l.isBlank()).map(String::strip).toList();
        List<String> edges = new ArrayList<>();
        for (int i = 0; i < nonBlank.size(); i++) {
            if (i < RUN_LINES || i >= nonBlank.size() - RUN_LINES) edges.add(nonBlank.get(i));
        }
        return edges;
    }

    /** Page numbers inside a running line ("Protocol X Page 12 of 80") differ per page; compare without digits. */
    private static String key(String line) {
        return line.strip().replaceAll("\\d+", "#");
    }
}
