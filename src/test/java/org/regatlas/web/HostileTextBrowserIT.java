package org.regatlas.web;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.regatlas.TestCorpus;
import org.regatlas.api.Services;
import org.regatlas.corpus.CorpusLoader;
import org.regatlas.index.CorpusFingerprint;
import org.regatlas.index.IndexBuilder;
import org.regatlas.index.IndexStore;
import org.regatlas.parse.ParsedCorpus;
import org.regatlas.search.SearchService;

/**
 * A document whose text, title and notes carry HTML and script payloads: every view shows them as text and no script
 * runs. The payloads set window.__xss, which must stay undefined.
 */
class HostileTextBrowserIT {
    private static final String IMG = "<img src=x onerror=\"window.__xss=1\">";
    private static final String SCRIPT = "<script>window.__xss=2</script>";

    @TempDir
    static Path tmp;

    private static SearchService search;
    private static BrowserHarness b;

    @BeforeAll
    static void start() throws Exception {
        Path corpus = Files.createDirectories(tmp.resolve("corpus"));
        Files.copy(TestCorpus.corpusDir().resolve("taxonomy.json"), corpus.resolve("taxonomy.json"));
        Path doc = Files.createDirectories(corpus.resolve("documents/hostile-doc"));
        Files.writeString(doc.resolve("document.json"), """
            {"id": "hostile-doc", "title": {"en": "Hostile <b onmouseover=window.__xss=3>guidance</b>"},
             "jurisdiction": "US", "agency": "FDA", "body": null, "type": "guidance", "status": "final",
             "issued": "2024-01", "effective": null, "reference": "<i>REF</i>-1", "url": null, "language": "en",
             "supersedes": [], "provenance": "verbatim", "source": "text.txt",
             "notes": {"en": "Notes with <svg onload=window.__xss=4>"}}
            """);
        // Blank lines between paragraphs: the text reader joins consecutive lines (PDF line-break repair).
        Files.writeString(doc.resolve("text.txt"), "I. INTRODUCTION <img src=x onerror=window.__xss=5>\n\n"
                + "Sponsors should report zyxwvut events " + IMG + " promptly.\n\n"
                + "Sponsors must record zyxwvut findings " + SCRIPT + " in the log & keep it.\n");
        // A Chinese official sentence whose English (the team's translation) carries markup.
        Path zh = Files.createDirectories(corpus.resolve("documents/hostile-zh"));
        Files.writeString(zh.resolve("document.json"), """
            {"id": "hostile-zh", "title": {"zh": "测试指导原则"}, "jurisdiction": "CN", "agency": "CDE", "body": null,
             "type": "guideline", "status": "final", "issued": "2024-01", "effective": null, "reference": null,
             "url": null, "language": "zh", "supersedes": [], "provenance": "verbatim", "source": "text.txt"}
            """);
        Files.writeString(zh.resolve("text.txt"), "一、概述\n\n申办方应记录全部不良事件。\n");
        Files.writeString(zh.resolve("translation.en.json"), """
            {"docId": "hostile-zh", "lang": "en", "sentences": [{"zh": "申办方应记录全部不良事件。",
             "en": "The sponsor shall record all qjxkvw adverse events <img src=x onerror=window.__xss=6>."}]}
            """);
        ParsedCorpus parsed = ParsedCorpus.parse(new CorpusLoader(corpus).load());
        IndexStore store = new IndexStore(tmp.resolve("index"));
        new IndexBuilder(store).rebuild(parsed, CorpusFingerprint.of(corpus), n -> { });
        search = new SearchService(store, parsed.taxonomy(), parsed.glossary());
        search.reopen();
        b = BrowserHarness.start(Services.of(parsed, search));
    }

    @AfterAll
    static void stop() throws Exception {
        try {
            if (b != null) b.close();
        } finally {
            if (search != null) search.close();
        }
    }

    @Test
    void searchResultsShowMarkupAsText() {
        b.open("/?q=zyxwvut");
        b.waitFor(d -> b.resultIds().size() == 2 ? true : null);
        String text = b.driver.findElement(By.cssSelector(".results")).getText();
        assertAll(
                () -> assertTrue(text.contains(IMG), text),
                () -> assertTrue(text.contains(SCRIPT), text),
                () -> assertTrue(text.contains("Hostile <b onmouseover=window.__xss=3>guidance</b>"), "title as text: " + text),
                () -> assertEquals(0L, b.js("return document.querySelectorAll('main img, main script, main b, main svg:not(.search-icon)').length")),
                () -> assertTrue(b.driver.findElements(By.cssSelector(".results mark")).size() >= 2, "only <mark> is markup"),
                () -> assertEquals("undefined", b.js("return typeof window.__xss")));
        b.screenshot("hostile-search");
    }

    @Test
    void translationsShowMarkupAsText() {
        b.open("/?q=qjxkvw");
        WebElement translation = b.waitFor(By.cssSelector(".results .translation"));
        assertAll(
                () -> assertTrue(translation.getText().contains("<img src=x onerror=window.__xss=6>"), translation.getText()),
                () -> assertEquals("qjxkvw", translation.findElement(By.tagName("mark")).getText()),
                () -> assertEquals(0L, b.js("return document.querySelectorAll('main img, main script').length")),
                () -> assertEquals("undefined", b.js("return typeof window.__xss")));
    }

    @Test
    void provisionAndDocumentPagesShowMarkupAsText() {
        b.open("/?q=zyxwvut");
        b.waitFor(d -> b.resultIds().size() == 2 ? true : null);
        String id = b.resultIds().stream().filter(i -> i.startsWith("hostile-doc:")).findFirst().orElseThrow();

        b.open("/p/" + BrowserHarness.enc(id));
        WebElement ctx = b.waitFor(By.cssSelector(".context-list [aria-current='true']"));
        assertTrue(ctx.getText().contains("<"), ctx.getText());
        assertTrue(b.driver.findElement(By.id("citation-text")).getText().contains("(<i>REF</i>-1)"));

        b.open("/doc/hostile-doc");
        b.waitFor(d -> d.findElements(By.cssSelector(".doc-prov")).size() == 2 ? true : null);
        String page = b.driver.findElement(By.tagName("main")).getText();
        assertAll(
                () -> assertTrue(page.contains(IMG), page),
                () -> assertTrue(page.contains("<svg onload=window.__xss=4>"), "notes as text"),
                () -> assertEquals(0L, b.js("return document.querySelectorAll('main img, main script, main b, main i').length")),
                () -> assertEquals("undefined", b.js("return typeof window.__xss")));
    }
}
