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
        int previous = -1;    // the last non-blank line kept as running text
        for (int i = 0; i < lines.size(); i++) {
            LayoutLine l = lines.get(i);
            if (l.isBlank()) continue;
            boolean small = l.size() < bodySize * 0.92f;
            boolean caption = CAPTION.matcher(l.text()).matches() && !continues(lines, previous, headings);
            if (!headings.contains(i) && (small || caption) && skipped.add(i)) {
                n++;
            } else if (!skipped.contains(i)) {
                previous = i;
            }
        }
        int left = leftMargin(lines);
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
            // a cell of one column only (the middle column of a three-column table running on for lines) is set
            // well right of the text's left margin: between two rows, such lines belong to the table
            if (lastRow >= 0 && i - lastRow <= MAX_ROW_GAP) {
                for (int k = lastRow + 1; k < i; k++) {
                    LayoutLine cell = lines.get(k);
                    boolean inTable = cell.x() > left + CELL_INDENT || gap(cell, 0);
                    if (!cell.isBlank() && !headings.contains(k) && inTable && skipped.add(k)) n++;
                }
            }
            lastRow = i;
            // and so are such lines after the table's last row, up to the first line of running text
            for (int k = i + 1; k < lines.size() && !headings.contains(k) && !row(lines.get(k)); k++) {
                LayoutLine cell = lines.get(k);
                if (cell.isBlank()) continue;
                if (cell.x() <= left + CELL_INDENT) break;
                if (skipped.add(k)) n++;
            }
        }
        return n;
    }

    /** How far apart two rows of one table may be; how far right of the margin a lone cell line starts. */
    private static final int MAX_ROW_GAP = 40;
    private static final float CELL_INDENT = 100f;

    /** "Figure 1 Recommended high dose selection..." labels a figure or table; it is not a sentence. */
    private static final java.util.regex.Pattern CAPTION =
            java.util.regex.Pattern.compile("^(?:Figure|Table|Fig\\.)\\s+\\d{1,2}[.:]?\\s+[^.]*$");

    /**
     * Whether running text breaks off at line {@code previous} mid-sentence ("... are included in"), so a next line
     * that opens with "Table 3." goes on with that sentence rather than labelling a table.
     */
    private static boolean continues(List<LayoutLine> lines, int previous, Set<Integer> headings) {
        if (previous < 0 || headings.contains(previous)) return false;
        String t = lines.get(previous).text().strip();
        return !t.isEmpty() && Character.isLetter(t.charAt(t.length() - 1))
                && Character.isLowerCase(t.charAt(t.length() - 1));
    }

    private static boolean row(LayoutLine l) {
        return gap(l, 1);
    }

    /**
     * A gap wide enough to part two cells, from word {@code from} on. Rows are looked for from the second word (the
     * first gap may follow a margin line number); inside a table, a gap after the first word parts cells too.
     */
    private static boolean gap(LayoutLine l, int from) {
        List<LayoutLine.Word> w = l.words();
        for (int i = from; i + 1 < w.size(); i++) {
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
