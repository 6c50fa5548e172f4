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
        assertTrue(md.contains("## Summary") && md.contains("requirements from"), md);
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

    @Test
    void evalChecklistScoresStatusKeysPerKeyAndOverAll(@TempDir Path dir) throws Exception {
        // Two items of the Chinese fixture's checklist judged by hand-written keys: one findable, one not.
        String key = """
                {"set": "%s", "protocol": "fixture", "items": [
                  {"provisionId": "%s", "marker": "%s", "origin": "t", "status": "addressed",
                   "acceptable": ["addressed", "partial", "missing", "not-applicable"]}]}""";
        Files.writeString(dir.resolve("a.json"), key.formatted("audit", "cde-2024-cart-heme:二.（一）.2:3",
                "建议在方案中明确对受试者既往治疗的相关要求及依据"));
        Files.writeString(dir.resolve("b.json"), key.formatted("heldout", "no-such:1:1", "不存在的句子标记"));
        String out = run(0, "eval-checklist", Samples.chineseFixture().toString(), dir.resolve("a.json").toString(),
                dir.resolve("b.json").toString(), "--jurisdiction", "CN");
        assertTrue(out.contains("audit     1.000 (1/1)"), out);
        assertTrue(out.contains("heldout   0.000 (0/1)"), out);
        assertTrue(out.contains("all       0.500 (1/2)"), out);
        assertTrue(out.contains("confusion (all)"), out);
        run(2, "eval-checklist", Samples.chineseFixture().toString());
    }
}
