package org.regatlas.web;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/** The search view in a real browser: Chinese and English queries, facets, URL state, language, keyboard. */
class SearchBrowserIT extends SharedIndexBrowserTest {
    private static final String WASHOUT = "cde-2024-cart-heme:二.（三）:3";


    @Test
    void chineseQueryFromTheUrlShowsTheWashoutProvisionFirst() throws IOException {
        b.open("/?q=" + BrowserHarness.enc("洗脱期"));
        b.waitFor(d -> WASHOUT.equals(b.firstResultId()));
        WebElement first = b.driver.findElement(By.cssSelector(".results > [data-provision-id]"));
        assertAll(
                () -> assertEquals("洗脱期", b.driver.findElement(By.id("q")).getDomProperty("value")),
                () -> assertEquals("MUST", first.getDomAttribute("data-strength")),
                () -> assertTrue(first.findElement(By.cssSelector(".card-text mark")).getText().contains("洗脱期"),
                        "the query term is highlighted"),
                () -> assertTrue(first.findElement(By.cssSelector(".card-path")).getText().contains("（三）桥接治疗"),
                        "the section headings are shown"),
                () -> assertEquals("verbatim", first.findElement(By.cssSelector("[data-provenance]")).getDomAttribute("data-provenance")),
                () -> assertFalse(first.findElements(By.cssSelector(".chip[data-topic='washout']")).isEmpty(), "topics as chips"));
        b.waitFor(By.cssSelector(".facet-item[data-facet='jurisdiction']"));
        Path shot = b.screenshot("search");
        if (Boolean.getBoolean("regatlas.readmeScreenshot")) {
            // The README's picture of the search view; refreshed on request so ordinary runs leave web/ untouched.
            Files.copy(shot, Path.of("web", "screenshot-search.png"), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    @Test
    void englishQueryTypedInTheBoxFindsTheChineseProvisionAndGoesIntoTheUrl() {
        b.open("/");
        b.waitFor(By.cssSelector("table.library tbody tr"));
        WebElement box = b.driver.findElement(By.id("q"));
        box.sendKeys("washout before lymphodepletion", Keys.ENTER);
        b.waitFor(d -> WASHOUT.equals(b.firstResultId()));
        b.waitFor(d -> d.getCurrentUrl().contains("q=washout%20before%20lymphodepletion"));
        assertTrue(b.driver.getCurrentUrl().contains("/search?"), b.driver.getCurrentUrl());
    }

    @Test
    void aCellTherapyQuestionSaysItRanksGuidelinesWrittenForItFirstAndCanBeUndone() {
        b.open("/?q=" + BrowserHarness.enc("staggered dosing in first-in-human CAR T trials"));
        WebElement box = b.waitFor(d -> {
            List<WebElement> shown = d.findElements(By.cssSelector("[data-understood]:not([hidden])"));
            return shown.isEmpty() || !shown.get(0).getText().contains("cell or gene therapy") ? null : shown.get(0);
        });
        box.findElement(By.cssSelector("a[data-understand='off']")).click();
        b.waitFor(d -> d.getCurrentUrl().contains("understand=false"));
        b.waitFor(d -> d.findElement(By.cssSelector("[data-understood]")).getText().contains("words only"));
    }

    @Test
    void aQuestionAskingForAFigureSaysSo() {
        b.open("/?q=" + BrowserHarness.enc("how long must ATMP traceability data be kept"));
        b.waitFor(d -> {
            List<WebElement> shown = d.findElements(By.cssSelector("[data-understood]:not([hidden])"));
            return !shown.isEmpty() && shown.get(0).getText().contains("asks for a figure");
        });
    }

    @Test
    void resultsAppearWhileTypingWithoutEnter() {
        b.open("/");
        b.waitFor(By.cssSelector("table.library tbody tr"));
        b.driver.findElement(By.id("q")).sendKeys("洗脱期");
        b.waitFor(d -> WASHOUT.equals(b.firstResultId()));
    }

    @Test
    void facetClickNarrowsResultsAndTheUrlAndBackRestoresThem() {
        // A query answered in several jurisdictions (the washout one is Chinese text only).
        b.open("/?q=" + BrowserHarness.enc("长期随访"));
        b.waitFor(d -> !b.resultIds().isEmpty());
        String first = b.firstResultId();
        long before = total();
        b.waitFor(By.cssSelector(".facet-item[data-facet='jurisdiction'][data-value='US']")).click();
        b.waitFor(d -> d.getCurrentUrl().contains("jurisdiction=US"));
        b.waitFor(d -> !b.resultIds().isEmpty() && d.findElements(By.cssSelector(".results > [data-provision-id]")).stream()
                .allMatch(e -> "US".equals(e.getDomAttribute("data-jurisdiction"))));
        long after = total();
        assertTrue(after > 0 && after < before, "a filter narrows the results: " + before + " before, " + after + " with US");
        WebElement chip = b.waitFor(By.cssSelector(".active-chip[data-facet='jurisdiction'][data-value='US']"));
        assertEquals("true", b.driver.findElement(By.cssSelector(".facet-item[data-facet='jurisdiction'][data-value='US']"))
                .getDomAttribute("aria-pressed"));
        assertNotNull(chip);

        b.driver.navigate().back();
        b.waitFor(d -> !d.getCurrentUrl().contains("jurisdiction=") && total() == before);
        assertEquals(first, b.firstResultId());

        b.driver.navigate().forward();
        b.waitFor(d -> d.getCurrentUrl().contains("jurisdiction=US") && total() < before);
        b.driver.findElement(By.cssSelector(".active-chip[data-facet='jurisdiction'][data-value='US']")).click();
        b.waitFor(d -> !d.getCurrentUrl().contains("jurisdiction=") && total() == before);
    }

    @Test
    void bookmarkedUrlRestoresFiltersAndPage() {
        b.open("/search?q=" + BrowserHarness.enc("长期随访") + "&strength=MUST,SHOULD&page=2");
        b.waitFor(By.cssSelector(".pager [aria-current='page']"));
        assertEquals("2", b.driver.findElement(By.cssSelector(".pager [aria-current='page']")).getText());
        List<String> strengths = b.driver.findElements(By.cssSelector(".results > [data-provision-id]")).stream()
                .map(e -> e.getDomAttribute("data-strength")).distinct().toList();
        assertFalse(strengths.isEmpty());
        assertTrue(List.of("MUST", "SHOULD").containsAll(strengths), strengths.toString());
        assertEquals(2, b.driver.findElements(By.cssSelector(".active-chip[data-facet='strength']")).size());
    }

    @Test
    void digestResultsSayTheyAreNotTheOfficialWordingAndLinkTheirSource() {
        b.open("/search?q=" + BrowserHarness.enc("long-term follow-up") + "&provenance=digest&jurisdiction=US");
        WebElement card = b.waitFor(By.cssSelector(".results > [data-provision-id]"));
        assertTrue(card.findElement(By.cssSelector(".prov-digest")).getText().contains("not the official wording"));
        WebElement source = b.waitFor(d -> {
            List<WebElement> links = card.findElements(By.cssSelector(".card-sources a[href^='http']"));
            return links.isEmpty() ? null : links.get(0);
        });
        assertEquals("_blank", source.getDomAttribute("target"));
    }

    @Test
    void malformedQueryShowsTheServerMessage() {
        b.open("/?q=" + BrowserHarness.enc("\"unclosed"));
        WebElement alert = b.waitFor(By.cssSelector(".error-slot [role='alert']"));
        assertTrue(alert.getText().toLowerCase().contains("unclosed quote"), alert.getText());
    }

    @Test
    void aPastedPassageSaysWhichOfItsWordsWereLeftOut() throws IOException {
        String text = Files.readString(Path.of("corpus/documents/cde-2024-cart-heme/guideline.txt"));
        int at = text.indexOf("受试者在等待");
        String pasted = text.substring(at, at + 1200).replaceAll("\\s+", "").substring(0, 780);
        b.open("/?q=" + BrowserHarness.enc(pasted));
        WebElement note = b.waitFor(By.cssSelector("[data-left-out]:not([hidden])"));
        assertTrue(note.getText().contains("left out") || note.getText().contains("略去"), note.getText());
        assertNotNull(b.firstResultId());
    }

    @Test
    void languageToggleSwitchesLabelsAndIsRemembered() {
        b.open("/?q=" + BrowserHarness.enc("洗脱期"));
        b.waitFor(d -> WASHOUT.equals(b.firstResultId()));
        try {
            b.driver.findElement(By.id("lang-toggle")).click();
            b.waitFor(d -> "检索".equals(d.findElement(By.cssSelector("[data-nav='search']")).getText()));
            b.waitFor(d -> WASHOUT.equals(b.firstResultId()));
            assertEquals("zh-CN", b.js("return document.documentElement.lang"));
            b.driver.navigate().refresh();
            b.waitFor(d -> "检索".equals(d.findElement(By.cssSelector("[data-nav='search']")).getText()));
            b.waitFor(d -> WASHOUT.equals(b.firstResultId()));
            assertEquals("应当", b.driver.findElement(By.cssSelector(".results > [data-provision-id] .strength")).getText());
            b.screenshot("search-zh");
            b.driver.findElement(By.id("lang-toggle")).click();
            b.waitFor(d -> "Search".equals(d.findElement(By.cssSelector("[data-nav='search']")).getText()));
        } finally {
            b.js("localStorage.setItem('regatlas.lang', 'en')");   // later tests read English labels
        }
    }

    @Test
    void slashFocusesTheSearchBoxAndTheHelpPopoverOpensAndCloses() {
        b.open("/?q=" + BrowserHarness.enc("洗脱期"));
        b.waitFor(d -> WASHOUT.equals(b.firstResultId()));
        b.js("document.activeElement && document.activeElement.blur()");
        b.driver.findElement(By.tagName("body")).sendKeys("/");
        b.waitFor(d -> "q".equals(b.js("return document.activeElement.id")));

        WebElement help = b.driver.findElement(By.cssSelector(".help-btn"));
        help.click();
        WebElement popover = b.waitFor(d -> d.findElement(By.id("syntax-help")).isDisplayed() ? d.findElement(By.id("syntax-help")) : null);
        assertTrue(popover.getText().contains("jurisdiction:CN"));
        assertEquals("true", help.getDomAttribute("aria-expanded"));
        b.driver.switchTo().activeElement().sendKeys(Keys.ESCAPE);
        b.waitFor(d -> !d.findElement(By.id("syntax-help")).isDisplayed());
    }

    private static long total() {
        List<WebElement> count = b.driver.findElements(By.cssSelector(".result-count[data-total]"));
        return count.isEmpty() ? -1 : Long.parseLong(count.get(0).getDomAttribute("data-total"));
    }
}
