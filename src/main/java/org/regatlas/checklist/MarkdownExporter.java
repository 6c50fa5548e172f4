package org.regatlas.checklist;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Markdown: a heading with the protocol, profile and counts, then one table row per obligation. Cell text is escaped
 * so pipes, brackets, emphasis marks and HTML in quotes cannot break the table or inject markup; line breaks become
 * {@code <br>}.
 */
final class MarkdownExporter {
    private MarkdownExporter() {}

    private static final List<Integer> COLUMNS = List.of(0, 1, 2, 3, 5, 7, 8, 10, 11, 12);

    static void write(Checklist c, OutputStream out) throws IOException {
        StringBuilder sb = new StringBuilder();
        sb.append("# Checklist: ").append(escape(c.protocol().title())).append("\n\n");
        sb.append("- File: ").append(escape(c.protocol().file())).append('\n');
        sb.append("- Profile: ").append(escape(ChecklistTable.profileLine(c))).append('\n');
        sb.append("- Result: ").append(escape(ChecklistTable.summaryLine(c))).append('\n');
        for (String w : ChecklistTable.warningLines(c)) sb.append("- **").append(escape(w)).append("**\n");
        sb.append('\n');
        row(sb, COLUMNS.stream().map(ChecklistTable.HEADERS::get).toList());
        sb.append('|').append(" --- |".repeat(COLUMNS.size())).append('\n');
        for (List<String> r : ChecklistTable.rows(c)) row(sb, COLUMNS.stream().map(r::get).toList());
        out.write(sb.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static void row(StringBuilder sb, List<String> cells) {
        sb.append('|');
        for (String cell : cells) sb.append(' ').append(escape(cell)).append(" |");
        sb.append('\n');
    }

    /** Escapes Markdown syntax and HTML in one table cell. */
    static String escape(String s) {
        if (s == null) return "";
        StringBuilder out = new StringBuilder();
        for (char ch : s.replace("\r\n", "\n").toCharArray()) {
            switch (ch) {
                case '\n' -> out.append("<br>");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '|', '\\', '`', '*', '_', '[', ']' -> out.append('\\').append(ch);
                default -> out.append(ch);
            }
        }
        return out.toString();
    }
}
