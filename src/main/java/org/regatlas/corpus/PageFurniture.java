package org.regatlas.corpus;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Removes running headers, footers and page numbers from PDF text, page by page ({@code \f} separated): lines that
 * repeat at the top or bottom of many pages, and lines that are only a page number.
 */
final class PageFurniture {
    private PageFurniture() {}

    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "^(?:page\\s*)?\\d{1,4}(?:\\s*(?:of|/)\\s*\\d{1,4})?$|^[-–]\\s*\\d{1,4}\\s*[-–]$|^第\\s*\\d+\\s*页.*$",
            Pattern.CASE_INSENSITIVE);
    private static final int EDGE_LINES = 3;

    static String remove(String text) {
        String[] pages = text.split("\f", -1);
        if (pages.length < 3) {
            return text.replace('\f', '\n');
        }
        Map<String, Integer> edgeCounts = new HashMap<>();
        List<List<String>> split = new ArrayList<>();
        for (String page : pages) {
            List<String> lines = new ArrayList<>(List.of(page.split("\n", -1)));
            split.add(lines);
            for (String edge : edges(lines)) edgeCounts.merge(key(edge), 1, Integer::sum);
        }
        int threshold = Math.max(3, pages.length / 3);
        StringBuilder out = new StringBuilder();
        for (List<String> lines : split) {
            List<String> nonBlank = lines.stream().filter(l -> !l.isBlank()).toList();
            int n = nonBlank.size();
            int index = 0;
            for (String line : lines) {
                if (line.isBlank()) {
                    out.append('\n');
                    continue;
                }
                boolean atEdge = index < EDGE_LINES || index >= n - EDGE_LINES;
                index++;
                String s = line.strip();
                if (atEdge && (PAGE_NUMBER.matcher(s).matches() || edgeCounts.getOrDefault(key(s), 0) >= threshold)) {
                    continue;
                }
                out.append(line).append('\n');
            }
        }
        return out.toString();
    }

    private static List<String> edges(List<String> lines) {
        List<String> nonBlank = lines.stream().filter(l -> !l.isBlank()).map(String::strip).toList();
        List<String> edges = new ArrayList<>();
        for (int i = 0; i < nonBlank.size(); i++) {
            if (i < EDGE_LINES || i >= nonBlank.size() - EDGE_LINES) edges.add(nonBlank.get(i));
        }
        return edges;
    }

    /** Page numbers inside a running line ("Protocol X Page 12 of 80") differ per page; compare without digits. */
    private static String key(String line) {
        return line.strip().replaceAll("\\d+", "#");
    }
}
