package org.regatlas.corpus;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Marks lines that are neither headings nor running text: a title repeated inside the text (bold capitals centred
 * on the page, as ICH prints the guideline's title under "PART I:"), and the rows of tables, whose cells the
 * extractor can only read across (a table row is a line with a wide gap between two of its words). Such lines are
 * left out of the text and counted in the parse report.
 */
final class LayoutTables {
    private LayoutTables() {}

    /** Marks centred bold title lines in {@code skipped}; returns how many. */
    static int centredTitles(List<LayoutLine> lines, float bodySize, Set<Integer> headings, Set<Integer> skipped) {
        int left = leftMargin(lines);
        int n = 0;
        for (int i = 0; i < lines.size(); i++) {
            LayoutLine l = lines.get(i);
            String t = l.text();
            if (!l.isBlank() && !headings.contains(i) && l.bold() && l.x() > left + 60 && l.size() <= bodySize * 1.5f
                    && HeadingPatterns.match(t).isEmpty() && t.equals(t.toUpperCase(Locale.ROOT))
                    && !t.matches(".*\\d.*")) {
                skipped.add(i);
                n++;
            }
        }
        return n;
    }

    /**
     * Marks table rows, lines held between two rows, and text set smaller than the body once footnotes are out
     * (table cells and figure labels), in {@code skipped}; returns how many.
     */
    static int rows(List<LayoutLine> lines, float bodySize, Set<Integer> headings, Set<Integer> skipped) {
        int n = 0;
        for (int i = 0; i < lines.size(); i++) {
            LayoutLine l = lines.get(i);
            boolean small = l.size() < bodySize * 0.92f;
            if (!l.isBlank() && !headings.contains(i) && (small || CAPTION.matcher(l.text()).matches()) && skipped.add(i)) {
                n++;
            }
        }
        int lastRow = -10;
        for (int i = 0; i < lines.size(); i++) {
            if (headings.contains(i) || !row(lines.get(i))) continue;
            // cells wrapped onto a line of their own between two rows belong to the table too
            if (i - lastRow <= 3) {
                for (int k = lastRow + 1; k < i; k++) {
                    if (!lines.get(k).isBlank() && !headings.contains(k) && skipped.add(k)) n++;
                }
            }
            if (skipped.add(i)) n++;
            lastRow = i;
        }
        return n;
    }

    /** "Figure 1 Recommended high dose selection..." labels a figure or table; it is not a sentence. */
    private static final java.util.regex.Pattern CAPTION =
            java.util.regex.Pattern.compile("^(?:Figure|Table|Fig\\.)\\s+\\d{1,2}[.:]?\\s+[^.]*$");

    private static boolean row(LayoutLine l) {
        List<LayoutLine.Word> w = l.words();
        for (int i = 1; i + 1 < w.size(); i++) {
            float gap = w.get(i + 1).x() - w.get(i).end();
            if (gap > Math.max(15f, l.size() * 2.5f)) return true;
        }
        return false;
    }

    private static int leftMargin(List<LayoutLine> lines) {
        Map<Integer, Integer> lefts = new HashMap<>();
        for (LayoutLine l : lines) if (!l.isBlank() && !l.bold()) lefts.merge(Math.round(l.x()), 1, Integer::sum);
        return lefts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(72);
    }
}
