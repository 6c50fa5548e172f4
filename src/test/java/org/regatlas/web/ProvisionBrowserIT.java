package org.regatlas.web;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.regatlas.TestCorpus;
import org.regatlas.model.DocumentMeta;
import org.regatlas.model.Provision;
import org.regatlas.parse.ParsedDocument;

/** The provision permalink and the document page in a real browser. */
class ProvisionBrowserIT extends SharedIndexBrowserTest {
    private static final String WASHOUT = "cde-2024-cart-heme:二.（三）:3";


    @Test
    void permalinkShowsTheProvisionAmongItsNeighboursWithTheCurrentOneMarked() {
        b.open("/p/" + BrowserHarness.enc(WASHOUT));
        WebElement current = b.waitFor(By.cssSelector(".context-list [aria-current='true']"));
        List<String> shown = b.driver.findElements(By.cssSelector(".context-list [data-provision-id]")).stream()
                .map(e -> e.getDomAttribute("data-provision-id")).toList();
        assertAll(
                () -> assertEquals(WASHOUT, current.getDomAttribute("data-provision-id")),
                () -> assertTrue(current.getText().contains("有必要设置合理的洗脱期"), current.getText()),
                () -> assertTrue(shown.contains("cde-2024-cart-heme:二.（三）:2"), shown.toString()),
                () -> assertTrue(shown.contains("cde-2024-cart-heme:二.（三）:4"), shown.toString()),
                () -> assertEquals(1, b.driver.findElements(By.cssSelector(".context-list .current")).size()),
                () -> assertTrue(b.driver.findElement(By.cssSelector(".breadcrumbs")).getText().contains("（三）桥接治疗")),
                () -> assertTrue(b.driver.findElement(By.cssSelector(".col-side .facts")).getText().contains("2024-12"),
                        "document metadata with the issue date"));
        b.waitFor(By.cssSelector(".related [data-provision-id]"));
        b.screenshot("provision");
    }

    @Test
    void citationTextNamesTitleReferenceSectionDateAndId() {
        Provision p = TestCorpus.parsed().provision(WASHOUT).orElseThrow();
        DocumentMeta meta = TestCorpus.parsed().document(p.docId()).map(ParsedDocument::meta).orElseThrow();
        String expected = meta.title().preferred(meta.language())
                + " (" + (meta.reference() == null ? "no reference" : meta.reference()) + "), "
                + String.join(" > ", p.section().headings()) + ", "
                + (meta.issued() == null ? "undated" : meta.issued()) + ". RegAtlas provision " + WASHOUT + "."
                + (p.isTranslated("en") ? " English: unofficial translation." : "");

        b.open("/p/" + BrowserHarness.enc(WASHOUT));
        WebElement citation = b.waitFor(By.id("citation-text"));
        assertEquals(expected, citation.getText());
        b.driver.findElement(By.id("copy-citation")).click();
        // Headless Chromium may refuse the clipboard; either way the user is told what happened.
        b.waitFor(d -> !d.findElement(By.cssSelector("#copy-citation + .copy-status")).getText().isBlank());
    }

    @Test
    void digestProvisionPageWarnsAndListsItsSources() {
        Provision digest = TestCorpus.parsed().provisions().stream()
                .filter(p -> p.provenance().wireName().equals("digest") && !p.sources().isEmpty()).findFirst().orElseThrow();
        b.open("/p/" + BrowserHarness.enc(digest.id()));
        WebElement banner = b.waitFor(By.cssSelector(".msg-warn"));
        assertTrue(banner.getText().contains("not the official wording"), banner.getText());
        List<String> links = b.driver.findElements(By.cssSelector(".facts a[href^='http']")).stream()
                .map(e -> e.getDomAttribute("href")).toList();
        assertTrue(links.containsAll(digest.sources()), links + " should hold " + digest.sources());
    }

    @Test
    void unknownProvisionSaysSo() {
        b.open("/p/" + BrowserHarness.enc("cde-2024-cart-heme:九:99"));
        WebElement alert = b.waitFor(By.cssSelector("[role='alert']"));
        assertTrue(alert.getText().contains("No provision"), alert.getText());
    }

    @Test
    void documentPageShowsContentsAndTheWholeTextMarkedByStrength() {
        ParsedDocument doc = TestCorpus.parsed().document("cde-2024-cart-heme").orElseThrow();
        b.open("/doc/cde-2024-cart-heme");
        b.waitFor(d -> d.findElements(By.cssSelector(".doc-prov[data-provision-id]")).size() == doc.provisions().size());
        WebElement must = b.driver.findElement(By.cssSelector(".doc-prov[data-provision-id='" + WASHOUT + "']"));
        assertAll(
                () -> assertEquals("MUST", must.getDomAttribute("data-strength")),
                () -> assertTrue(must.getDomAttribute("class").contains("s-must")),
                () -> assertEquals("MUST", must.findElement(By.cssSelector(".strength")).getDomAttribute("data-strength")),
                () -> assertFalse(b.driver.findElements(By.cssSelector(".toc a")).isEmpty()));
        b.screenshot("document");

        WebElement tocLink = b.driver.findElements(By.cssSelector(".toc a")).stream()
                .filter(a -> a.getText().equals("（三）桥接治疗")).findFirst().orElseThrow();
        tocLink.click();
        b.waitFor(d -> d.getCurrentUrl().contains("#"));
        String anchor = b.driver.getCurrentUrl().substring(b.driver.getCurrentUrl().indexOf('#') + 1);
        b.waitFor(d -> (Boolean) b.js("const r = document.getElementById(arguments[0]).getBoundingClientRect();"
                + "return r.top >= 0 && r.top < window.innerHeight / 2;", anchor));

        b.driver.findElement(By.cssSelector(".strength-filter [data-strength='MUST']")).click();
        b.waitFor(d -> d.findElements(By.cssSelector(".doc-prov")).stream().filter(WebElement::isDisplayed)
                .allMatch(e -> "MUST".equals(e.getDomAttribute("data-strength"))));
        assertTrue(must.isDisplayed());
    }

    @Test
    void permalinkLinkFromSearchResultOpensTheProvisionPage() {
        b.open("/?q=" + BrowserHarness.enc("洗脱期"));
        b.waitFor(d -> WASHOUT.equals(b.firstResultId()));
        b.driver.findElement(By.cssSelector(".results > [data-provision-id] .permalink")).click();
        b.waitFor(By.cssSelector(".context-list [aria-current='true']"));
        assertTrue(b.driver.getCurrentUrl().contains("/p/"), b.driver.getCurrentUrl());
        b.driver.navigate().back();
        b.waitFor(d -> WASHOUT.equals(b.firstResultId()));
    }
}
