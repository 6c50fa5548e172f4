package org.regatlas.web;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.regatlas.TestCorpus;
import org.regatlas.TestIndex;

/**
 * The checklist view in a real browser: the sample protocol of ../shared uploaded to the real server, and the view's
 * details (every status, evidence, filters, the request it sends) against a fixed answer
 * (src/test/resources/web/checklist-sample.json) given to the page in place of the server's.
 */
class ChecklistBrowserIT {
    /** Replaces fetch for /api/checklists only: JSON gets the fixture, other formats a small CSV; requests are logged. */
    private static final String STUB = """
        const fixture = arguments[0];
        window.__checklistRequests = [];
        const original = window.fetch.bind(window);
        window.fetch = async (url, init) => {
          const u = String(url);
          if (!u.startsWith('/api/checklists')) return original(url, init);
          const fields = {};
          for (const [k, v] of init.body.entries()) fields[k] = typeof v === 'string' ? v : v.name;
          window.__checklistRequests.push({ url: u, method: init.method, fields });
          if (u.includes('format=json')) {
            return new Response(fixture, { status: 200, headers: { 'Content-Type': 'application/json' } });
          }
          return new Response('provisionId,status\\n', { status: 200,
            headers: { 'Content-Type': 'text/csv', 'Content-Disposition': 'attachment; filename="checklist.csv"' } });
        };
        """;

    @TempDir
    static Path tmp;

    private static BrowserHarness b;
    private static Path protocol;

    @BeforeAll
    static void start() throws IOException {
        protocol = tmp.resolve("protocol.md");
        Files.writeString(protocol, "# Protocol CTX-19-ALL-301\n\n## 4.1 Inclusion criteria\n\nAdults with r/r B-ALL.\n");
        b = BrowserHarness.start(TestIndex.services());
    }

    @AfterAll
    static void stop() {
        if (b != null) b.close();
    }

    private static String fixture() throws IOException {
        try (InputStream in = ChecklistBrowserIT.class.getResourceAsStream("/web/checklist-sample.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private void upload() {
        b.waitFor(By.id("protocol-file")).sendKeys(protocol.toAbsolutePath().toString());
        b.waitFor(d -> d.findElement(By.cssSelector(".file-info")).getText().contains("protocol.md") ? true : null);
        new Select(b.driver.findElement(By.id("pf-indication"))).selectByValue("b-all");
        b.driver.findElement(By.cssSelector(".checklist-form button[type='submit']")).click();
    }

    @Test
    void uploadShowsTheChecklistWithMissingRowsEvidenceFiltersAndDownloads() throws IOException {
        b.open("/checklist");
        b.waitFor(By.id("protocol-file"));
        b.js(STUB, fixture());
        upload();
        b.waitFor(d -> d.findElements(By.cssSelector("tr.ck-row")).size() == 10 ? true : null);

        List<WebElement> missing = b.driver.findElements(By.cssSelector("tr.ck-row[data-status='missing']"));
        assertAll(
                () -> assertEquals(3, missing.size()),
                () -> assertEquals("cde-2024-cart-heme:二.（三）:3", missing.get(0).getDomAttribute("data-provision-id")),
                () -> assertEquals("3", b.driver.findElement(By.cssSelector(".tile[data-status='missing'] .tile-n")).getText()),
                () -> assertEquals("Missing", missing.get(0).findElement(By.cssSelector(".status-pill")).getText()));

        @SuppressWarnings("unchecked")
        Map<String, Object> request = (Map<String, Object>) ((List<Object>) b.js("return window.__checklistRequests")).get(0);
        @SuppressWarnings("unchecked")
        Map<String, Object> fields = (Map<String, Object>) request.get("fields");
        assertAll(
                () -> assertEquals("POST", request.get("method")),
                () -> assertEquals("protocol.md", fields.get("file")),
                () -> assertEquals("b-all", fields.get("indication")),
                () -> assertFalse(fields.containsKey("design"), "a field left at 'infer' is not sent"));

        // Expand a row: evidence quotes and the reason.
        WebElement partial = b.driver.findElement(By.cssSelector("tr.ck-row[data-status='partial']"));
        partial.findElement(By.cssSelector(".expander")).click();
        WebElement detail = b.waitFor(d -> {
            WebElement row = d.findElements(By.cssSelector("tr.ck-detail")).stream().filter(WebElement::isDisplayed).findFirst().orElse(null);
            return row;
        });
        assertTrue(detail.getText().contains("target value of 40%"), detail.getText());
        assertTrue(detail.getText().contains("lower bound"), detail.getText());
        b.screenshot("checklist-fixture");

        // Filters: status tile, then jurisdiction. Scrolled to the middle: at the top the sticky header covers it.
        WebElement missingTile = b.driver.findElement(By.cssSelector(".tile[data-status='missing']"));
        b.js("arguments[0].scrollIntoView({block: 'center'})", missingTile);
        missingTile.click();
        b.waitFor(d -> d.findElements(By.cssSelector("tr.ck-row")).size() == 3 ? true : null);
        new Select(b.driver.findElement(By.id("ck-jur"))).selectByValue("US");
        b.waitFor(d -> d.findElements(By.cssSelector("tr.ck-row")).size() == 1 ? true : null);
        assertEquals("fda-2020-gt-ltfu:-:15", b.driver.findElement(By.cssSelector("tr.ck-row")).getDomAttribute("data-provision-id"));

        b.driver.findElement(By.cssSelector(".downloads [data-format='csv']")).click();
        b.waitFor(d -> ((Number) b.js("return window.__checklistRequests.length")).intValue() == 2 ? true : null);
        assertTrue(((String) b.js("return window.__checklistRequests[1].url")).contains("format=csv"));
    }

    /** Records the status and type of every /api/checklists answer without changing it. */
    private static final String RECORDER = """
        window.__checklistAnswers = [];
        const original = window.fetch.bind(window);
        window.fetch = async (url, init) => {
          const res = await original(url, init);
          if (String(url).startsWith('/api/checklists')) {
            window.__checklistAnswers.push({ url: String(url), status: res.status, type: res.headers.get('content-type') || '' });
          }
          return res;
        };
        """;

    @Test
    void sampleProtocolUploadShowsMissingRowsAndDownloadsExcel() {
        Path shared = TestCorpus.shared();
        assumeTrue(shared != null && Files.isRegularFile(shared.resolve("protocols/cart-ball-single-arm.md")), "../shared absent");
        b.open("/checklist");
        b.waitFor(By.id("protocol-file")).sendKeys(shared.resolve("protocols/cart-ball-single-arm.md").toAbsolutePath().toString());
        b.js(RECORDER);
        b.driver.findElement(By.cssSelector(".checklist-form button[type='submit']")).click();
        b.waitFor(d -> d.findElements(By.cssSelector("tr.ck-row")).size() > 0 ? true : null);

        int missingTile = Integer.parseInt(b.driver.findElement(By.cssSelector(".tile[data-status='missing'] .tile-n")).getText());
        int missingRows = b.driver.findElements(By.cssSelector("tr.ck-row[data-status='missing']")).size();
        assertTrue(missingRows > 0, "the sample protocol leaves obligations out on purpose");
        assertEquals(missingTile, missingRows);
        assertTrue(b.driver.findElement(By.id("ck-proto-h")).getText().contains("B-Cell Acute Lymphoblastic"));
        WebElement gaps = b.driver.findElement(By.cssSelector(".ck-gaps"));
        assertTrue(gaps.getText().contains("requirements from"), gaps.getText());
        assertFalse(gaps.findElements(By.cssSelector(".top-gaps li .sev")).isEmpty(), "top gaps with their severity");

        b.driver.findElement(By.cssSelector(".tile[data-status='missing']")).click();
        b.waitFor(d -> d.findElements(By.cssSelector("tr.ck-row")).size() == missingRows ? true : null);
        b.driver.findElement(By.cssSelector("tr.ck-row .expander")).click();
        b.waitFor(d -> d.findElements(By.cssSelector("tr.ck-detail")).stream().anyMatch(WebElement::isDisplayed) ? true : null);
        b.js("document.querySelector('.ck-head').scrollIntoView()");
        b.screenshot("checklist");

        WebElement xlsx = b.driver.findElement(By.cssSelector(".downloads [data-format='xlsx']"));
        b.js("arguments[0].scrollIntoView({block: 'center'})", xlsx);
        xlsx.click();
        b.waitFor(d -> (Boolean) b.js("return window.__checklistAnswers.some(a => a.url.includes('format=xlsx') && a.status === 200"
                + " && a.type.includes('spreadsheet'))") ? true : null);
    }

    @Test
    void explainsWhenTheServerHasNoChecklistService() {
        b.open("/checklist");
        b.waitFor(By.id("protocol-file"));
        // An older server (or an API-only deployment) answers 404 to POST /api/checklists.
        b.js("const original = window.fetch.bind(window);"
                + "window.fetch = (url, init) => String(url).startsWith('/api/checklists')"
                + " ? Promise.resolve(new Response('{\"error\":\"not_found\",\"message\":\"No route\"}',"
                + " {status: 404, headers: {'Content-Type': 'application/json'}})) : original(url, init);");
        upload();
        WebElement msg = b.waitFor(By.cssSelector(".status-slot .msg"));
        assertTrue(msg.getText().contains("not available on this server"), msg.getText());
    }

    @Test
    void buildingWithoutAFileAsksForOne() {
        b.open("/checklist");
        b.waitFor(By.cssSelector(".checklist-form button[type='submit']")).click();
        WebElement msg = b.waitFor(By.cssSelector(".status-slot [role='alert']"));
        assertTrue(msg.getText().contains("Choose a protocol file"), msg.getText());
    }

    @Test
    void aChineseProtocolsChecklistShowsTheTeamsChineseOfAnEnglishOfficialObligation() {
        b.open("/checklist");
        b.waitFor(By.id("protocol-file")).sendKeys(Path.of("src/test/resources/checklist/zh/zh-mm-phase1.md")
                .toAbsolutePath().toString());
        b.driver.findElement(By.cssSelector(".checklist-form button[type='submit']")).click();
        b.waitFor(d -> d.findElements(By.cssSelector("tr.ck-row")).size() > 0 ? true : null);
        WebElement row = b.driver.findElements(By.cssSelector("tr.ck-row")).stream()
                .filter(r -> String.valueOf(r.getDomAttribute("data-provision-id")).startsWith("ema-2017-fih-rev1:"))
                .findFirst().orElseThrow(() -> new AssertionError("no EMA first-in-human row"));
        WebElement translation = row.findElement(By.cssSelector(".translation"));
        assertAll(
                () -> assertEquals("Unofficial translation",
                        translation.findElement(By.cssSelector(".translation-label")).getText()),
                () -> assertEquals("zh-CN", translation.findElement(By.cssSelector(".translation-text")).getDomAttribute("lang")),
                () -> assertTrue(translation.getText().codePoints().anyMatch(c -> c >= 0x4E00 && c <= 0x9FFF),
                        translation.getText()));
    }
}
