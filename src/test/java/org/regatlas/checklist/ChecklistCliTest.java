package org.regatlas.checklist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.regatlas.cli.Main;

class ChecklistCliTest {
    private static String run(int expectedExit, String... args) {
        PrintStream old = System.out;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
        try {
            assertEquals(expectedExit, Main.run(args));
        } finally {
            System.setOut(old);
        }
        return buf.toString(StandardCharsets.UTF_8);
    }

    @Test
    void checklistCommandPrintsMarkdownByDefault() {
        String md = run(0, "checklist", Samples.chineseFixture().toString(), "--jurisdiction", "CN");
        assertTrue(md.startsWith("# Checklist: "), md.substring(0, Math.min(200, md.length())));
        assertTrue(md.contains("| # | Status |"));
    }

    @Test
    void checklistCommandWritesXlsxToTheOutFile(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("c.xlsx");
        run(0, "checklist", Samples.chineseFixture().toString(), "--format", "xlsx", "--out", out.toString(), "--indication", "MM");
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(out))) {
            assertTrue(wb.getSheet("Checklist").getLastRowNum() > 10);
        }
    }

    @Test
    void unreadableProtocolExitsWithTheReason(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("scan.pdf");
        Files.writeString(bad, "not a pdf");
        run(2, "checklist", bad.toString());
        run(2, "checklist", Samples.chineseFixture().toString(), "--format", "xlsx");
    }

    @Test
    void evalChecklistScoresASampleProtocol() {
        String out = run(0, "eval-checklist", Samples.ball().toString(), Samples.shared("protocols/keys/cart-ball-single-arm.json").toString());
        assertTrue(out.contains("gap recall"), out);
        assertTrue(out.contains("targets met"), out);
    }
}
