package org.regatlas.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReadersTest {
    private static final Path FIXTURES = Path.of("src/test/resources/fixtures");

    @Test
    void htmlReaderKeepsHeadingsParagraphsListsAndTablesAndDropsScripts() throws Exception {
        SourceText t = SourceReaders.read(FIXTURES.resolve("guideline.html"));
        List<String> lines = List.of(t.text().split("\n"));
        assertEquals("Fixture Guidance for CAR T Cell Products", lines.get(0));
        assertTrue(lines.contains("II. CLINICAL RECOMMENDATIONS"));
        assertTrue(lines.contains("Collect samples for insertion site analysis."));
        assertTrue(lines.contains("Year 1 | every 3 months"));
        assertTrue(lines.contains("A payload <img src=x onerror=alert(1)> stays text."), "entities decode to text");
        assertFalse(t.text().contains("window.bad") || t.text().contains("not text") || t.text().contains("Home | Guidance"));
        assertEquals(4, t.headings().size());
    }

    @Test
    void plainTextReaderRejoinsPdfLineBreaksAndDropsPageBreakSpaces(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("x.txt");
        Files.writeString(f, "一、概述 \n\n（一）前言 \n\n嵌合抗原受体 T 细胞（Chimeric antigen receptor T cells, \n\n"
                + "CAR-T）是一种 T 细胞。急性（B-\n\nALL）患者中显示了较好的临床\n\n 效果。 \n\n第二段开始。 \n");
        String text = SourceReaders.read(f).text();
        assertEquals(List.of("一、概述", "（一）前言",
                "嵌合抗原受体 T 细胞（Chimeric antigen receptor T cells, CAR-T）是一种 T 细胞。急性（B-ALL）患者中显示了较好的临床效果。",
                "第二段开始。"), List.of(text.split("\n")));
    }

    @Test
    void englishLinesJoinWithASpaceAndHyphenatedWordsWithout(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("en.txt");
        Files.writeString(f, "I. INTRODUCTION\nSponsors should report events\npromptly to the B-\nALL registry and the\nIRB.\n");
        assertEquals("Sponsors should report events promptly to the B-ALL registry and the IRB.",
                SourceReaders.read(f).text().split("\n")[1]);
    }

    @Test
    void docxReaderReadsParagraphsHeadingStylesAndTables(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("protocol.docx");
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(f)) {
            var styles = doc.createStyles();
            var style = new org.apache.poi.xwpf.usermodel.XWPFStyle(
                    org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle.Factory.newInstance(), styles);
            style.setStyleId("Heading1");
            style.getCTStyle().addNewName().setVal("heading 1");
            styles.addStyle(style);
            var h = doc.createParagraph();
            h.setStyle("Heading1");
            h.createRun().setText("5 Study Population");
            doc.createParagraph().createRun().setText("Adults with relapsed or refractory B-ALL.");
            XWPFTable table = doc.createTable(1, 2);
            table.getRow(0).getCell(0).setText("Visit");
            table.getRow(0).getCell(1).setText("Day 28");
            doc.write(out);
        }
        SourceText t = SourceReaders.read(f);
        assertEquals(List.of("5 Study Population", "Adults with relapsed or refractory B-ALL.", "Visit | Day 28"),
                List.of(t.text().split("\n")));
        assertEquals(List.of(new SourceText.HeadingHint(0, 1)), t.headings());
    }

    @Test
    void markdownReaderDropsMarkupAndMarksHeadings() {
        SourceText t = MarkdownReader.parse("# Title\n\n## 5.3 Bridging Therapy\n\nBridging **must** end\n"
                + "7 days before [lymphodepletion](#ld).\n\n- first item\n- second *item*\n\n| a | b |\n|---|---|\n| 1 | 2 |\n");
        assertEquals(List.of("Title", "5.3 Bridging Therapy", "Bridging must end 7 days before lymphodepletion.",
                "first item", "second item", "a | b", "1 | 2"), List.of(t.text().split("\n")));
        assertEquals(2, t.headings().size());
    }

    @Test
    void binaryFileNamedTxtIsRefusedWithItsPath(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("fake.txt");
        Files.write(f, new byte[] {'%', 'P', 'D', 'F', 0, 1, 2, 3, (byte) 0xff});
        var e = assertThrows(UnreadableSourceException.class, () -> SourceReaders.read(f));
        assertTrue(e.getMessage().contains("fake.txt") && e.getMessage().contains("binary"), e.getMessage());
    }

    @Test
    void corruptPdfAndDocxAreRefusedWithTheReason(@TempDir Path dir) throws Exception {
        Path pdf = dir.resolve("broken.pdf");
        Files.writeString(pdf, "%PDF-1.7 this is not really a pdf");
        var e1 = assertThrows(UnreadableSourceException.class, () -> SourceReaders.read(pdf));
        assertTrue(e1.getMessage().contains("broken.pdf") && e1.getMessage().contains("not a readable PDF"), e1.getMessage());
        Path docx = dir.resolve("broken.docx");
        Files.writeString(docx, "PK not a zip");
        var e2 = assertThrows(UnreadableSourceException.class, () -> SourceReaders.read(docx));
        assertTrue(e2.getMessage().contains("not a readable DOCX"), e2.getMessage());
        // The person who uploaded the file is told what is wrong with it, not which library class gave up.
        assertFalse(e1.getMessage().contains("Exception") || e2.getMessage().contains("Exception"),
                e1.getMessage() + " / " + e2.getMessage());
    }

    @Test
    void emptyAndUnsupportedFilesAreRefused(@TempDir Path dir) throws Exception {
        Path empty = dir.resolve("empty.txt");
        Files.writeString(empty, "");
        assertTrue(assertThrows(UnreadableSourceException.class, () -> SourceReaders.read(empty)).getMessage().contains("empty"));
        Path odd = dir.resolve("notes.xyz");
        Files.writeString(odd, "text");
        assertTrue(assertThrows(UnreadableSourceException.class, () -> SourceReaders.read(odd)).getMessage().contains("unsupported"));
    }

    @Test
    void docxParagraphsAreCountedWithoutBuildingTheDocument() throws Exception {
        String xml = "<w:document><w:body><w:p><w:r><w:t>a</w:t></w:r></w:p><w:p w:rsidR=\"1\"/>"
                + "<w:pPr/><w:proofErr/><w:p>b</w:p></w:body></w:document>";
        var in = new java.io.ByteArrayInputStream(xml.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(3, DocxReader.countParagraphs(in, Long.MAX_VALUE), "<w:pPr> and <w:proofErr> are not paragraphs");
        var many = new java.io.ByteArrayInputStream("<w:p>x</w:p>".repeat(50).getBytes(
                java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(10, DocxReader.countParagraphs(many, 10), "stops counting at the bound");
    }
}
