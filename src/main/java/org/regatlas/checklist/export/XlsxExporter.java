package org.regatlas.checklist.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.regatlas.checklist.layout.Checklist;
import org.regatlas.checklist.structure.ChecklistWarning;

/**
 * XLSX through Apache POI: first the "Summary" and "Requirements" sheets ({@link XlsxRequirementSheets}), then a
 * "Checklist" sheet with one row per obligation ({@link ChecklistTable} columns), a bold
 * frozen header row with an auto-filter, fixed column widths, wrapped text and the status cell coloured; and a
 * "Protocol" sheet with the protocol, profile, counts and sections.
 */
final class XlsxExporter {
    private XlsxExporter() {}

    private static final int[] WIDTHS = {5, 14, 11, 40, 24, 14, 30, 16, 70, 18, 14, 70, 70, 10, 18, 14};
    private static final Map<String, byte[]> STATUS_COLOURS = Map.of(
            "addressed", rgb(0xD9, 0xF2, 0xD9), "partial", rgb(0xFF, 0xF2, 0xCC),
            "missing", rgb(0xF8, 0xD0, 0xD0), "not-applicable", rgb(0xE8, 0xE8, 0xE8),
            "needs-review", rgb(0xE0, 0xEC, 0xF8), "outside-protocol", rgb(0xE8, 0xE8, 0xE8));
    private static final int MAX_CELL = 32_000;

    static void write(Checklist c, OutputStream out) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            XlsxRequirementSheets.write(wb, c);
            checklistSheet(wb, c);
            protocolSheet(wb, c);
            wb.write(out);
        }
    }

    private static void checklistSheet(XSSFWorkbook wb, Checklist c) {
        XSSFSheet sheet = wb.createSheet("Checklist");
        XSSFCellStyle header = wb.createCellStyle();
        XSSFFont bold = wb.createFont();
        bold.setBold(true);
        header.setFont(bold);
        header.setFillForegroundColor(new XSSFColor(rgb(0xDD, 0xE4, 0xEE), null));
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setWrapText(true);
        header.setVerticalAlignment(VerticalAlignment.TOP);
        XSSFCellStyle body = bodyStyle(wb, null);
        Map<String, XSSFCellStyle> statusStyles = new java.util.HashMap<>();
        STATUS_COLOURS.forEach((status, colour) -> statusStyles.put(status, bodyStyle(wb, colour)));

        List<List<String>> rows = ChecklistTable.rows(c);
        table(sheet, ChecklistTable.HEADERS, WIDTHS, rows, header,
                (column, v) -> column == ChecklistTable.STATUS ? statusStyles.getOrDefault(v, body) : body);
        sheet.createFreezePane(0, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(1, rows.size()), 0, ChecklistTable.HEADERS.size() - 1));
    }

    private static void protocolSheet(XSSFWorkbook wb, Checklist c) {
        XSSFSheet sheet = wb.createSheet("Protocol");
        int r = 0;
        r = pair(sheet, r, "Title", c.protocol().title());
        r = pair(sheet, r, "File", c.protocol().file());
        r = pair(sheet, r, "Profile", ChecklistTable.profileLine(c));
        r = pair(sheet, r, "Result", ChecklistTable.summaryLine(c));
        for (ChecklistWarning w : c.warnings()) r = pair(sheet, r, "Warning: " + w.code(), w.message());
        r++;
        r = pair(sheet, r, "Section", "Heading (kind)");
        for (Checklist.SectionJson s : c.protocol().sections()) {
            r = pair(sheet, r, s.number(), s.heading() + (s.kind() == null ? "" : " (" + s.kind() + ")"));
        }
        sheet.setColumnWidth(0, 14 * 256);
        sheet.setColumnWidth(1, 100 * 256);
    }

    private static int pair(XSSFSheet sheet, int r, String key, String value) {
        Row row = sheet.createRow(r);
        row.createCell(0).setCellValue(key);
        row.createCell(1).setCellValue(value);
        return r + 1;
    }

    private static XSSFCellStyle bodyStyle(XSSFWorkbook wb, byte[] fill) {
        XSSFCellStyle s = wb.createCellStyle();
        s.setWrapText(true);
        s.setVerticalAlignment(VerticalAlignment.TOP);
        s.setBorderBottom(BorderStyle.HAIR);
        if (fill != null) {
            s.setFillForegroundColor(new XSSFColor(fill, null));
            s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        }
        return s;
    }

    private static byte[] rgb(int r, int g, int b) {
        return new byte[] {(byte) r, (byte) g, (byte) b};
    }

    /**
     * Writes a header row and one row per entry of {@code rows} below it (column 0 holds the row number, the others
     * text cut to what a cell holds), with the column widths in characters; {@code style} picks each body cell's style
     * from its column and value.
     */
    static void table(XSSFSheet sheet, List<String> headers, int[] widths, List<List<String>> rows,
            XSSFCellStyle header, BiFunction<Integer, String, XSSFCellStyle> style) {
        Row h = sheet.createRow(0);
        for (int i = 0; i < headers.size(); i++) {
            Cell cell = h.createCell(i);
            cell.setCellValue(headers.get(i));
            cell.setCellStyle(header);
            sheet.setColumnWidth(i, widths[i] * 256);
        }
        for (int r = 0; r < rows.size(); r++) {
            Row row = sheet.createRow(r + 1);
            List<String> values = rows.get(r);
            for (int i = 0; i < values.size(); i++) {
                Cell cell = row.createCell(i);
                String v = values.get(i);
                if (i == 0) cell.setCellValue(Integer.parseInt(v));
                else cell.setCellValue(v.length() > MAX_CELL ? v.substring(0, MAX_CELL) : v);
                cell.setCellStyle(style.apply(i, v));
            }
        }
    }
}
