package org.regatlas.checklist.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.regatlas.checklist.Samples;

class ProtocolSectionsTest {
    private static String kindOf(Protocol p, String number) {
        return p.sectionNumbered(number).orElseThrow(() -> new AssertionError("no section " + number)).kind();
    }

    @Test
    void markdownProtocolKeepsPrintedNumbersAndClassifiesHeadings() throws Exception {
        Protocol p = Samples.read(Samples.ball());
        assertEquals("bridging", kindOf(p, "5.3"));
        assertEquals("lymphodepletion", kindOf(p, "5.4"));
        assertEquals("prior-therapy", kindOf(p, "4.2"));
        assertEquals("statistics", kindOf(p, "8.5"));
        assertEquals("ltfu", kindOf(p, "9"));
        assertEquals("risk-management", kindOf(p, "7.14"));
        assertTrue(p.title().startsWith("A Phase 2, Single-Arm"), p.title());
    }

    @Test
    void subsectionWhoseHeadingNamesNoKindInheritsItsChaptersKind() throws Exception {
        Protocol p = Samples.read(Samples.ball());
        assertEquals("design", kindOf(p, "3.4"));            // "End of Study" under "3 Study Design"
        assertEquals("intervention", kindOf(p, "5.5"));      // "MHB-1901 Administration" under "5 Study Treatment"
    }

    @Test
    void htmlProtocolFindsThreeLevelNumbering() throws Exception {
        Protocol p = Samples.read(Samples.lbcl());
        assertEquals("bridging", kindOf(p, "5.1.2"));
        assertEquals("5.1", p.sectionNumbered("5.1.2").orElseThrow().parentId());
        assertEquals("efficacy-assessment", kindOf(p, "6.3"));
        assertEquals("ltfu", kindOf(p, "9"));
    }

    @Test
    void abbreviationListIsApparatusNotContent() throws Exception {
        Protocol p = Samples.read(Samples.ball());
        assertTrue(p.sections().stream().anyMatch(s -> s.title().equals("List of Abbreviations") && s.reference()));
    }

    @Test
    void chinesePlainTextProtocolIsNumberedAndClassifiedFromChineseHeadings() throws Exception {
        Protocol p = Samples.read(Samples.chineseFixture());
        assertEquals("bridging", kindOf(p, "5.2"));
        assertEquals("lymphodepletion", kindOf(p, "5.3"));
        assertEquals("population", kindOf(p, "4.1"));
        assertEquals("ltfu", kindOf(p, "7"));
        assertTrue(p.title().contains("多发性骨髓瘤"), p.title());
    }

    @Test
    void docxHeadingStylesBecomeSections(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("protocol.docx");
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(f)) {
            heading(doc, "5 Study Treatment", "Heading1");
            heading(doc, "5.3 Bridging Therapy", "Heading2");
            doc.createParagraph().createRun().setText("Bridging therapy must end at least 14 days before lymphodepletion.");
            doc.write(out);
        }
        Protocol p = Samples.read(f);
        assertEquals("bridging", kindOf(p, "5.3"));
        assertEquals("5", p.sectionNumbered("5.3").orElseThrow().parentId());
    }

    private static void heading(XWPFDocument doc, String text, String style) {
        XWPFParagraph para = doc.createParagraph();
        para.setStyle(style);
        para.createRun().setText(text);
    }

    @Test
    void ocrPdfSectionsComeFromTheTableOfContentsDespiteGluedHeadings() throws Exception {
        Protocol p = Samples.read(Samples.zuma());
        assertEquals("population", kindOf(p, "5.2"));          // "...potential)5.2. Exclusion Criteria201) History of..."
        assertEquals("bridging", kindOf(p, "6.2.4.2"));
        assertEquals("oversight", kindOf(p, "9.9"));            // Data Safety Monitoring Board
        assertEquals("statistics", kindOf(p, "10.3"));
        assertTrue(p.sectionNumbered("2.2").isPresent(), "2.2 glued after a reference: {Green 2012}.2.2. Standard...");
        assertFalse(p.sections().stream().anyMatch(s -> s.numbered() && s.title().startsWith("days")),
                "a numbered list item (5 days after...) is not a section");
        assertTrue(p.listedSections().size() > 80, "sections found: " + p.listedSections().size());
    }
}
