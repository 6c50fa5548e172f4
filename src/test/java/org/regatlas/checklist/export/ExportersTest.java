package org.regatlas.checklist.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.regatlas.checklist.Samples;
import org.regatlas.checklist.applicability.ProfileRequest;
import org.regatlas.checklist.decide.ChecklistItem;
import org.regatlas.checklist.decide.ItemStatus;
import org.regatlas.checklist.evidence.Evidence;
import org.regatlas.checklist.layout.Checklist;
import org.regatlas.checklist.layout.Requirement;
import org.regatlas.checklist.layout.Severity;
import org.regatlas.checklist.structure.ChecklistWarning;

class ExportersTest {
    private static Checklist checklist;

    /** A small checklist whose texts carry every character the formats must escape. */
    @BeforeAll
    static void build() throws Exception {
        Checklist real = Samples.service().check(Samples.read(Samples.chineseFixture()), ProfileRequest.INFER);
        List<ChecklistItem> items = new ArrayList<>(real.items().subList(0, 3));
        ChecklistItem first = items.get(0);
        items.set(0, new ChecklistItem(first.provisionId(), first.source(), "申办方应当 \"quote\", comma | pipe <script>alert(1)</script> *star* _u_",
                null, first.strength(), first.level(), first.protocolSection(), first.protocolSections(), ItemStatus.MISSING,
                List.of(new Evidence("5.2", "line one\nline two, with \"quotes\"")), "Reason with <b>tags</b> & [link](x)", false, null));
        List<Requirement> requirements = new ArrayList<>();
        requirements.add(new Requirement("k0", items.get(0).protocolSection(), "5", Severity.CRITICAL,
                ItemStatus.MISSING, "Add <img src=x onerror=alert(2)> | [x](y)", List.of("CN"), items.subList(0, 1)));
        for (int i = 1; i < items.size(); i++) {
            requirements.add(new Requirement("k" + i, items.get(i).protocolSection(), "8", Severity.MINOR,
                    items.get(i).status(), null, List.of(items.get(i).source().jurisdiction()), List.of(items.get(i))));
        }
        checklist = new Checklist(real.protocol(), real.profile(),
                List.of(new ChecklistWarning("not-cell-therapy",
                "The product is <b>not</b> a cell therapy.")), requirements,
                items, Checklist.Summary.of(items, requirements), real.tookMs());
    }

    @Test
    void xlsxHasTheColumnsAFrozenHeaderAFilterAndColouredStatus() throws Exception {
        byte[] bytes = ChecklistFormat.XLSX.bytes(checklist);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            XSSFSheet sheet = wb.getSheet("Checklist");
            assertNotNull(sheet);
            Row header = sheet.getRow(0);
            List<String> names = new ArrayList<>();
            header.forEach(c -> names.add(c.getStringCellValue()));
            assertEquals(ChecklistTable.HEADERS, names);
            assertTrue(names.containsAll(List.of("Jurisdiction", "Document", "Version / status", "Guideline section", "Strength",
                    "Status", "Evidence section", "Evidence quote", "Reason", "Reviewer", "Sign-off")));
            assertEquals(1, sheet.getPaneInformation().getHorizontalSplitPosition());
            assertTrue(sheet.getPaneInformation().isFreezePane());
            assertNotNull(sheet.getCTWorksheet().getAutoFilter(), "auto-filter");
            assertEquals(3, sheet.getLastRowNum());
            XSSFCell status = sheet.getRow(1).getCell(ChecklistTable.STATUS);
            assertEquals("missing", status.getStringCellValue());
            assertArrayEquals(new byte[] {(byte) 0xF8, (byte) 0xD0, (byte) 0xD0}, status.getCellStyle().getFillForegroundXSSFColor().getRGB());
            assertTrue(sheet.getRow(1).getCell(8).getCellStyle().getWrapText());
            assertTrue(sheet.getRow(1).getCell(8).getStringCellValue().startsWith("申办方应当"));
            assertEquals("", sheet.getRow(1).getCell(14).getStringCellValue());     // Reviewer, left for people
            assertTrue(sheet.getColumnWidth(8) > sheet.getColumnWidth(0));
            assertNotNull(wb.getSheet("Protocol"));
            boolean warned = false;
            for (Row r : wb.getSheet("Protocol")) warned |= r.getCell(0).getStringCellValue().equals("Warning: not-cell-therapy");
            assertTrue(warned, "the warning is on the Protocol sheet");
            assertEquals("Summary", wb.getSheetName(0));
            XSSFSheet req = wb.getSheet("Requirements");
            assertEquals("Reviewer decision", req.getRow(0).getCell(RequirementTable.DECISION).getStringCellValue());
            assertEquals("critical", req.getRow(1).getCell(RequirementTable.SEVERITY).getStringCellValue());
            var validations = req.getDataValidations();
            assertEquals(1, validations.size());
            assertEquals(RequirementTable.DECISIONS, List.of(validations.get(0).getValidationConstraint().getExplicitListValues()));
            assertEquals(RequirementTable.DECISION, validations.get(0).getRegions().getCellRangeAddress(0).getFirstColumn());
        }
    }

    @Test
    void csvIsRfc4180WithAByteOrderMark() {
        byte[] bytes = ChecklistFormat.CSV.bytes(checklist);
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, java.util.Arrays.copyOf(bytes, 3));
        String csv = new String(bytes, StandardCharsets.UTF_8).substring(1);
        assertTrue(csv.startsWith("Warning (not-cell-therapy): The product is <b>not</b> a cell therapy.\r\n#,ICH M11 section,Protocol section,Severity,Status,Requirement,CN,EU,US,INTL,"), csv);
        assertTrue(csv.contains("\r\n"));
        assertTrue(csv.contains("\"申办方应当 \"\"quote\"\", comma | pipe <script>alert(1)</script> *star* _u_\""), csv);
        assertTrue(csv.contains("\"§5.2: line one\nline two, with \"\"quotes\"\"\""), csv);
        assertEquals(5, csv.split("\r\n").length, "the warning, a header and one row per requirement");
        assertEquals("plain", CsvExporter.field("plain"));
        assertEquals("\"a,b\"", CsvExporter.field("a,b"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
        =2. Safety                    | '=2. Safety
        +cmd' /C calc'!A0             | '+cmd' /C calc'!A0
        -2+3+cmd                      | '-2+3+cmd
        @SUM(A1:A2)                   | '@SUM(A1:A2)
        =HYPERLINK("http://x","y")    | `"'=HYPERLINK(""http://x"",""y"")"`
        a=b                           | a=b
        """)
    void csvFieldThatASpreadsheetWouldRunIsNeutralised(String value, String expected) {
        assertEquals(expected, CsvExporter.field(value));
    }

    @Test
    void csvFieldStartingWithATabIsNeutralised() {
        assertEquals("'\tx", CsvExporter.field("\tx"));
    }

    @Test
    void markdownEscapesPipesMarkupAndLineBreaks() {
        String md = new String(ChecklistFormat.MD.bytes(checklist), StandardCharsets.UTF_8);
        assertTrue(md.contains("comma \\| pipe &lt;script&gt;alert(1)&lt;/script&gt; \\*star\\* \\_u\\_"), md);
        assertTrue(md.contains("Evidence: §5.2: line one<br>line two"), md);
        assertFalse(md.contains("<script>") || md.contains("<img") || md.contains("<b>"));
        assertTrue(md.contains("What to add: Add &lt;img src=x onerror=alert(2)&gt; \\| \\[x\\](y)"), md);
        assertTrue(md.indexOf("## Summary") < md.indexOf("1. **critical, missing**"), "summary first");
        assertTrue(md.contains("**Warning (not-cell-therapy): The product is &lt;b&gt;not&lt;/b&gt; a cell therapy.**"));
    }

    @Test
    void htmlEscapesTextAndColoursRowsByStatus() {
        String html = new String(ChecklistFormat.HTML.bytes(checklist), StandardCharsets.UTF_8);
        assertTrue(html.startsWith("<!DOCTYPE html>"));
        assertFalse(html.contains("<script>alert(1)</script>"));
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        assertTrue(html.contains("Reason with &lt;b&gt;tags&lt;/b&gt; &amp; [link](x)"));
        assertTrue(html.contains("<tr class=\"missing\">"));
        assertTrue(html.contains("Warning (not-cell-therapy): The product is &lt;b&gt;not&lt;/b&gt; a cell therapy."));
        assertFalse(html.contains("<img"));
        assertTrue(html.indexOf("<h2>Requirements</h2>") < html.indexOf("<h2>Obligations</h2>"));
        assertTrue(html.contains("&quot;quotes&quot;"));
    }

    @Test
    void jsonFollowsTheDesignContract() throws Exception {
        var node = new com.fasterxml.jackson.databind.ObjectMapper().readTree(ChecklistFormat.JSON.bytes(checklist));
        for (String f : List.of("protocol", "profile", "warnings", "requirements", "items", "summary")) {
            assertTrue(node.has(f), f);
        }
        var req = node.path("requirements").get(0);
        for (String f : List.of("key", "protocolSection", "severity", "status", "obligations")) assertTrue(req.has(f), f);
        assertEquals("critical", req.path("severity").asText());
        assertEquals(1, node.path("summary").path("openBySeverity").path("critical").asInt());
        assertTrue(node.path("protocol").has("pages"));
        assertTrue(node.path("protocol").path("sections").get(0).has("page"));
        var item = node.path("items").get(0);
        for (String f : List.of("provisionId", "citation", "text", "strength", "protocolSection", "status", "evidence", "reason", "secondary")) {
            assertTrue(item.has(f), f);
        }
        assertEquals("missing", item.path("status").asText());
        assertTrue(item.path("citation").isTextual(), "citation is a string, as DESIGN.md has it");
        assertTrue(item.path("source").has("docId"), "the citation's parts travel beside it");
        assertEquals("5.2", item.path("evidence").get(0).path("section").asText());
        for (String f : List.of("addressed", "partial", "missing", "needsReview", "notApplicable", "outsideProtocol")) {
            assertTrue(node.path("summary").has(f), f);
        }
        assertEquals("not-cell-therapy", node.path("warnings").get(0).path("code").asText());
        assertTrue(node.path("items").get(0).path("evidence").get(0).has("page"), "page, null when unknown");
        assertTrue(node.path("protocol").path("sections").get(0).has("kind"));
        assertTrue(node.path("profile").has("inferred"));
    }

    @Test
    void formatsAreChosenByNameOrAcceptHeader() {
        assertEquals(ChecklistFormat.MD, ChecklistFormat.named("markdown").orElseThrow());
        assertEquals(ChecklistFormat.XLSX, ChecklistFormat.accepted("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet").orElseThrow());
        assertEquals(ChecklistFormat.CSV, ChecklistFormat.accepted("text/csv, */*;q=0.1").orElseThrow());
        assertTrue(ChecklistFormat.accepted("*/*").isEmpty());
        assertTrue(ChecklistFormat.named("pdf").isEmpty());
        assertEquals(Map.of(), Map.of());
    }
}
