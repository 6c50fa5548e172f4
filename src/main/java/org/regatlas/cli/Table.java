package org.regatlas.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/** A plain-text table for terminals, measuring CJK characters as two columns. */
final class Table {
    private final List<String[]> rows = new ArrayList<>();
    private final int columns;
    private static final int MAX_CELL = 60;

    Table(String... header) {
        this.columns = header.length;
        rows.add(header);
    }

    void row(String... cells) {
        rows.add(cells);
    }

    void print(PrintStream out) {
        int[] widths = new int[columns];
        for (String[] r : rows) {
            for (int i = 0; i < columns; i++) widths[i] = Math.max(widths[i], width(cut(r[i])));
        }
        for (String[] r : rows) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < columns; i++) {
                String c = cut(r[i]);
                sb.append(c);
                if (i < columns - 1) sb.append(" ".repeat(widths[i] - width(c) + 2));
            }
            out.println(sb.toString().stripTrailing());
        }
    }

    private static String cut(String s) {
        if (s == null) return "";
        StringBuilder sb = new StringBuilder();
        int w = 0;
        for (int cp : s.codePoints().toArray()) {
            int cw = wide(cp) ? 2 : 1;
            if (w + cw > MAX_CELL) {
                sb.append('…');
                break;
            }
            sb.appendCodePoint(cp);
            w += cw;
        }
        return sb.toString();
    }

    static int width(String s) {
        return s.codePoints().map(cp -> wide(cp) ? 2 : 1).sum();
    }

    private static boolean wide(int cp) {
        return (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF) || (cp >= 0xAC00 && cp <= 0xD7A3)
                || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60)
                || (cp >= 0xFFE0 && cp <= 0xFFE6);
    }
}
