package org.regatlas.checklist.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.regatlas.checklist.layout.Checklist;

/**
 * Markdown a reviewer reads top to bottom: the protocol and profile, the summary (counts, warnings, top gaps), then
 * the requirements under their ICH M11 section headings, each a short block: severity and status, the requirement,
 * each merged obligation's citation per jurisdiction, what to add and the protocol's evidence. Text is escaped so
 * brackets, emphasis marks and HTML in quotes cannot inject markup; line breaks stay inside their block.
 */
final class MarkdownExporter {
    private MarkdownExporter() {}

    /** Longest quote or requirement text shown; the JSON and XLSX keep them whole. */
    private static final int MAX_TEXT = 400;

    static void write(Checklist c, OutputStream out) throws IOException {
        StringBuilder sb = new StringBuilder();
        sb.append("# Checklist: ").append(escape(c.protocol().title())).append("\n\n");
        sb.append("- File: ").append(escape(c.protocol().file())).append('\n');
        sb.append("- Profile: ").append(escape(ChecklistTable.profileLine(c))).append('\n');
        sb.append("- Result: ").append(escape(ChecklistTable.summaryLine(c))).append('\n');
        for (String w : ChecklistTable.warningLines(c)) sb.append("- **").append(escape(w)).append("**\n");
        sb.append("\n## Summary\n\n");
        for (String line : RequirementTable.summaryLines(c)) sb.append("- ").append(escape(line)).append('\n');
        String section = null;
        List<List<String>> rows = RequirementTable.rows(c);
        for (int k = 0; k < rows.size(); k++) {
            List<String> r = rows.get(k);
            if (!r.get(1).equals(section)) {
                section = r.get(1);
                sb.append("\n## ").append(escape(section)).append("\n\n");
            }
            sb.append(r.get(0)).append(". **").append(escape(r.get(RequirementTable.SEVERITY))).append(", ")
                    .append(escape(r.get(RequirementTable.STATUS))).append("** (").append(escape(r.get(2)))
                    .append("): ").append(escape(cut(r.get(5)))).append('\n');
            for (int j = 0; j < RequirementTable.JURISDICTIONS.size(); j++) {
                String cites = r.get(6 + j);
                if (cites.isEmpty()) continue;
                sb.append("   - ").append(RequirementTable.JURISDICTIONS.get(j)).append(": ")
                        .append(escape(cites).replace("<br>", "; ")).append('\n');
            }
            if (!r.get(10).isEmpty()) sb.append("   - What to add: ").append(escape(r.get(10))).append('\n');
            for (String quote : RequirementTable.quotes(c.requirements().get(k))) {
                sb.append("   - Evidence: ").append(escape(cut(quote))).append('\n');
            }
        }
        out.write(sb.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static String cut(String s) {
        return s.length() > MAX_TEXT ? s.substring(0, MAX_TEXT) + "…" : s;
    }

    /** Escapes Markdown syntax and HTML in text. */
    static String escape(String s) {
        if (s == null) return "";
        StringBuilder out = new StringBuilder();
        for (char ch : s.replace("\r\n", "\n").toCharArray()) {
            switch (ch) {
                case '\n' -> out.append("<br>");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '|', '\\', '`', '*', '_', '[', ']', '#' -> out.append('\\').append(ch);
                default -> out.append(ch);
            }
        }
        return out.toString();
    }
}
