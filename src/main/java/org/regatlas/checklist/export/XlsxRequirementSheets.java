package org.regatlas.checklist.export;

import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.regatlas.checklist.layout.Checklist;

/**
 * The consultant's sheets of the XLSX export, first in the workbook: "Summary" (counts, warnings, top gaps) and
 * "Requirements" ({@link RequirementTable}: one row per requirement, a column per jurisdiction, a bold frozen header
 * with a filter, and a reviewer-decision column whose cells offer a drop-down list).
 */
final class XlsxRequirementSheets {
    private XlsxRequirementSheets() {}

    private static final int[] WIDTHS = {5, 26, 18, 10, 14, 70, 45, 45, 45, 45, 60, 60, 18, 30};

    static void write(XSSFWorkbook wb, Checklist c) {
        summary(wb, c);
        requirements(wb, c);
    }

    private static void summary(XSSFWorkbook wb, Checklist c) {
        XSSFSheet sheet = wb.createSheet("Summary");
        XSSFCellStyle wrap = wb.createCellStyle();
        wrap.setWrapText(true);
        int r = 0;
        sheet.createRow(r++).createCell(0).setCellValue("Checklist: " + c.protocol().title());
        sheet.createRow(r++).createCell(0).setCellValue("Profile: " + ChecklistTable.profileLine(c));
        List<String> lines = new java.util.ArrayList<>(ChecklistTable.warningLines(c));
        lines.addAll(RequirementTable.summaryLines(c));
        for (String line : lines) {
            Cell cell = sheet.createRow(r++).createCell(0);
            cell.setCellValue(line);
            cell.setCellStyle(wrap);
        }
        sheet.setColumnWidth(0, 160 * 256);
    }

    private static void requirements(XSSFWorkbook wb, Checklist c) {
        XSSFSheet sheet = wb.createSheet("Requirements");
        XSSFCellStyle header = wb.createCellStyle();
        XSSFFont bold = wb.createFont();
        bold.setBold(true);
        header.setFont(bold);
        header.setWrapText(true);
        XSSFCellStyle body = wb.createCellStyle();
        body.setWrapText(true);
        body.setVerticalAlignment(org.apache.poi.ss.usermodel.VerticalAlignment.TOP);
        List<List<String>> rows = RequirementTable.rows(c);
        XlsxExporter.table(sheet, RequirementTable.HEADERS, WIDTHS, rows, header, (column, v) -> body);
        sheet.createFreezePane(0, 1);
        int last = Math.max(1, rows.size());
        sheet.setAutoFilter(new CellRangeAddress(0, last, 0, RequirementTable.HEADERS.size() - 1));
        DataValidationHelper helper = sheet.getDataValidationHelper();
        DataValidationConstraint choices = helper.createExplicitListConstraint(
                RequirementTable.DECISIONS.toArray(String[]::new));
        DataValidation decision = helper.createValidation(choices, new CellRangeAddressList(1, last,
                RequirementTable.DECISION, RequirementTable.DECISION));
        decision.setShowErrorBox(true);
        decision.setSuppressDropDownArrow(true);        // in XSSF, true shows the arrow
        sheet.addValidationData(decision);
    }
}
