package org.regatlas.corpus;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Removes what a page prints around its text: margin line numbers of draft guidances, running headers and footers
 * ("Contains Nonbinding Recommendations", the title, "EMEA/CHMP/SWP/28367/07 Rev. 1 Page 2/22", "Draft — Not for
 * Implementation") and page numbers (arabic or roman). A line is running when, digits aside, it repeats in the top
 * or bottom lines of at least a third of the pages.
 */
final class LayoutFurniture {
    private LayoutFurniture() {}

    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "(?i)^(?:page\\s*)?(?:\\d{1,4}|[ivxlc]{1,6})(?:\\s*(?:of|/)\\s*\\d{1,4})?$|^[-–]\\s*\\d{1,4}\\s*[-–]$");
    private static final Pattern DIGITS = Pattern.compile("^\\d{1,4}$");
    private static final int EDGE_LINES = 3;

    /** What was removed, for the parse report. */
    record Removed(int lineNumbers, int runningLines) {}

    /** Removes margin line numbers in place when most lines carry one; returns how many were removed. */
    static int removeLineNumbers(List<List<LayoutLine>> pages) {
        int withNumber = 0;
        int total = 0;
        Map<Integer, Integer> columns = new HashMap<>();
        for (List<LayoutLine> page : pages) {
            for (LayoutLine l : page) {
                if (l.isBlank()) continue;
                total++;
                if (marginNumber(l)) {
                    withNumber++;
                    columns.merge(Math.round(l.words().get(0).end()), 1, Integer::sum);   // right-aligned
                }
            }
        }
        if (total == 0 || withNumber < total * 0.3) {
            return 0;
        }
        int column = columns.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        int removed = 0;
        for (List<LayoutLine> page : pages) {
            for (int i = 0; i < page.size(); i++) {
                LayoutLine l = page.get(i);
                if (!l.isBlank() && Math.abs(l.words().get(0).end() - column) <= 3 && DIGITS.matcher(l.words().get(0).text()).matches()
                        && (l.words().size() == 1 || l.words().get(1).x() - l.words().get(0).end() > 6)) {
                    page.set(i, l.withoutFirstWord());
                    removed++;
                }
            }
        }
        return removed;
    }

    /** A number standing apart at the start of a line, as margin numbering prints it. */
    private static boolean marginNumber(LayoutLine l) {
        List<LayoutLine.Word> w = l.words();
        if (!DIGITS.matcher(w.get(0).text()).matches()) return false;
        return w.size() == 1 || w.get(1).x() - w.get(0).end() > 6;
    }

    /** Removes running headers, footers and page numbers in place; returns how many lines went. */
    static int removeRunning(List<List<LayoutLine>> pages) {
        Map<String, Integer> counts = new HashMap<>();
        for (List<LayoutLine> page : pages) {
            for (LayoutLine l : edges(page)) counts.merge(key(l.text()), 1, Integer::sum);
        }
        int threshold = Math.max(3, pages.size() / 3);
        int removed = 0;
        for (List<LayoutLine> page : pages) {
            List<LayoutLine> edges = edges(page);
            List<LayoutLine> keep = new ArrayList<>();
            for (LayoutLine l : page) {
                String t = l.text();
                boolean furniture = !t.isEmpty() && edges.contains(l)
                        && (PAGE_NUMBER.matcher(t.replace(" ", "")).matches() || (counts.getOrDefault(key(t), 0) >= threshold
                            && pages.size() >= 3));
                if (furniture) {
                    removed++;
                } else {
                    keep.add(l);
                }
            }
            page.clear();
            page.addAll(keep);
        }
        return removed;
    }

    /** The top and bottom non-blank lines of a page, by position on the page. */
    private static List<LayoutLine> edges(List<LayoutLine> page) {
        List<LayoutLine> text = new ArrayList<>(page.stream().filter(l -> !l.isBlank()).toList());
        text.sort((a, b) -> Float.compare(a.y(), b.y()));
        List<LayoutLine> out = new ArrayList<>();
        for (int i = 0; i < text.size(); i++) {
            if (i < EDGE_LINES || i >= text.size() - EDGE_LINES) out.add(text.get(i));
        }
        return out;
    }

    /** Page numbers inside a running line differ per page; compare without digits or spacing. */
    private static String key(String line) {
        return line.replaceAll("\\d+", "#").replaceAll("\\s+", " ").strip();
    }
}
