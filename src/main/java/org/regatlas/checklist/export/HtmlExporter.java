package org.regatlas.checklist.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.regatlas.checklist.layout.Checklist;
import org.regatlas.search.Html;

/**
 * A self-contained HTML page: protocol, profile and counts, the summary (warnings, top gaps), the requirements grouped
 * by ICH M11 section, then every obligation, rows coloured by status; all text escaped.
 */
final class HtmlExporter {
    private HtmlExporter() {}

    private static final String STYLE = String.join("",
            "body{font-family:system-ui,sans-serif;margin:1.5em}table{border-collapse:collapse}",
            "th,td{border:1px solid #bbb;padding:.3em .5em;vertical-align:top;font-size:13px}",
            "th{background:#eee;position:sticky;top:0}",
            ".addressed{background:#d9f2d9}.partial{background:#fff2cc}.missing{background:#f8d0d0}",
            ".not-applicable,.outside-protocol{background:#e8e8e8}.needs-review{background:#e0ecf8}",
            ".warning{border:2px solid #c00;padding:.5em;background:#fff0f0}");

    static void write(Checklist c, OutputStream out) throws IOException {
        String title = Html.escape(c.protocol().title());
        StringBuilder sb = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<title>Checklist: ").append(title).append("</title><style>").append(STYLE).append("</style>")
                .append("</head><body>\n<h1>Checklist: ").append(title).append("</h1>\n<p>File: ")
                .append(Html.escape(c.protocol().file()))
                .append("<br>Profile: ").append(Html.escape(ChecklistTable.profileLine(c)))
                .append("<br>Result: ").append(Html.escape(ChecklistTable.summaryLine(c))).append("</p>\n");
        for (String w : ChecklistTable.warningLines(c)) {
            sb.append("<p class=\"warning\" role=\"alert\"><strong>").append(Html.escape(w)).append("</strong></p>\n");
        }
        requirements(c, sb);
        sb.append("<h2>Obligations</h2>\n<table><thead><tr>");
        for (String h : ChecklistTable.HEADERS) sb.append("<th>").append(Html.escape(h)).append("</th>");
        sb.append("</tr></thead><tbody>\n");
        for (List<String> r : ChecklistTable.rows(c)) {
            sb.append("<tr class=\"").append(Html.escape(r.get(ChecklistTable.STATUS))).append("\">");
            for (String cell : r) sb.append("<td>").append(Html.escape(cell).replace("\n", "<br>")).append("</td>");
            sb.append("</tr>\n");
        }
        sb.append("</tbody></table></body></html>\n");
        out.write(sb.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** The summary (counts, warnings, top gaps) and the requirements table, grouped by ICH M11 section. */
    private static void requirements(Checklist c, StringBuilder sb) {
        sb.append("<h2>Summary</h2>\n<ul>");
        for (String line : RequirementTable.summaryLines(c)) sb.append("<li>").append(Html.escape(line)).append("</li>");
        sb.append("</ul>\n<h2>Requirements</h2>\n<table><thead><tr>");
        for (String h : RequirementTable.HEADERS) sb.append("<th>").append(Html.escape(h)).append("</th>");
        sb.append("</tr></thead><tbody>\n");
        String section = null;
        for (List<String> r : RequirementTable.rows(c)) {
            if (!r.get(1).equals(section)) {
                section = r.get(1);
                sb.append("<tr><th colspan=\"").append(RequirementTable.HEADERS.size()).append("\">")
                        .append(Html.escape(section)).append("</th></tr>\n");
            }
            sb.append("<tr class=\"").append(Html.escape(r.get(RequirementTable.STATUS))).append("\">");
            for (String cell : r) sb.append("<td>").append(Html.escape(cell).replace("\n", "<br>")).append("</td>");
            sb.append("</tr>\n");
        }
        sb.append("</tbody></table>\n");
    }
}
