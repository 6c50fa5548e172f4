package org.regatlas.checklist.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.regatlas.checklist.layout.Checklist;

/**
 * CSV: one row per requirement ({@link RequirementTable}: equivalent obligations merged, one column per jurisdiction),
 * per RFC 4180 (CRLF line ends; fields with a comma, quote or line break quoted, quotes doubled), UTF-8 with a
 * byte-order mark so Excel shows Chinese text correctly. Warnings, when there are any, come first, one line each,
 * above the header row.
 */
final class CsvExporter {
    private CsvExporter() {}

    static void write(Checklist checklist, OutputStream out) throws IOException {
        StringBuilder sb = new StringBuilder("\uFEFF");
        for (String w : ChecklistTable.warningLines(checklist)) line(sb, List.of(w));   // above the header, to be seen
        line(sb, RequirementTable.HEADERS);
        for (List<String> row : RequirementTable.rows(checklist)) line(sb, row);
        out.write(sb.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static void line(StringBuilder sb, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) sb.append(',');
            sb.append(field(fields.get(i)));
        }
        sb.append("\r\n");
    }

    /**
     * One field, quoted when it has to be. A field a spreadsheet would run as a formula (starting with =, +, -, @, a
     * tab or a carriage return: a protocol heading "=2. Safety" is enough) is prefixed with an apostrophe, as OWASP
     * advises against CSV injection; the text stays readable and nothing is evaluated.
     */
    static String field(String value) {
        String v = value == null ? "" : value;
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) v = "'" + v;
        boolean quote = v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r");
        return quote ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
    }
}
