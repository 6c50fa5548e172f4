package org.regatlas.web;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The team's translations in a real browser: English of a Chinese official sentence and Chinese of an English one,
 * shown under the official text in search results and on the provision page, labelled as an unofficial translation
 * in both UI languages, marked by the query.
 */
class TranslationBrowserIT extends SharedIndexBrowserTest {
    private static final String WASHOUT = "cde-2024-cart-heme:二.（三）:3";
    private static final String SENTINEL = "ema-2017-fih-rev1:8.2.6:1";

    @Test
    void searchResultShowsTheMarkedTranslationLabelledUnofficialInBothLanguages() {
        b.open("/?q=" + BrowserHarness.enc("washout period doc:cde-2024-cart-heme"));
        b.waitFor(d -> WASHOUT.equals(b.firstResultId()));
        WebElement translation = b.waitFor(By.cssSelector(".results > [data-provision-id] .translation"));
        assertAll(
                () -> assertEquals("Unofficial translation",
                        translation.findElement(By.cssSelector(".translation-label")).getText()),
                () -> assertTrue(translation.getText().contains("reasonable washout period"), translation.getText()),
                () -> assertEquals("washout period", translation.findElement(By.tagName("mark")).getText()),
                () -> assertEquals("en", translation.findElement(By.cssSelector(".translation-text")).getDomAttribute("lang")));
        try {
            b.driver.findElement(By.id("lang-toggle")).click();
            b.waitFor(d -> "非官方译文".equals(d.findElement(
                    By.cssSelector(".results > [data-provision-id] .translation-label")).getText()));
        } finally {
            b.js("localStorage.setItem('regatlas.lang', 'en')");   // later tests read English labels
        }
    }

    @Test
    void provisionPageShowsTheTranslationUnderTheOfficialSentence() {
        b.open("/p/" + BrowserHarness.enc(WASHOUT));
        WebElement current = b.waitFor(By.cssSelector(".context-list [aria-current='true']"));
        WebElement translation = current.findElement(By.cssSelector(".translation"));
        assertAll(
                () -> assertTrue(translation.getText().startsWith("Unofficial translation"), translation.getText()),
                () -> assertTrue(translation.getText().contains("washout period"), translation.getText()),
                () -> assertTrue(b.driver.findElement(By.id("citation-text")).getText()
                        .endsWith("English: unofficial translation."), "the citation says so"),
                () -> assertTrue(b.driver.findElement(By.cssSelector(".facts")).getText()
                        .contains("English (unofficial translation)")));
    }

    @Test
    void aChineseQueryShowsTheEnglishOfficialSentenceWithTheTeamsChineseMarked() {
        b.open("/?q=" + BrowserHarness.enc("哨兵给药 doc:ema-2017-fih-rev1"));
        b.waitFor(d -> SENTINEL.equals(b.firstResultId()));
        WebElement translation = b.waitFor(By.cssSelector(".results > [data-provision-id] .translation"));
        assertAll(
                () -> assertEquals("Unofficial translation",
                        translation.findElement(By.cssSelector(".translation-label")).getText()),
                () -> assertTrue(translation.findElements(By.tagName("mark")).stream()
                        .anyMatch(m -> m.getText().equals("哨兵给药")), translation.getDomProperty("innerHTML")),
                () -> assertEquals("zh-CN", translation.findElement(By.cssSelector(".translation-text")).getDomAttribute("lang")),
                () -> assertTrue(translation.getDomAttribute("title").contains("cite the English original"),
                        translation.getDomAttribute("title")));
    }

    @Test
    void provisionPageShowsTheChineseTranslationOfAnEnglishOfficialSentence() {
        b.open("/p/" + BrowserHarness.enc(SENTINEL));
        WebElement current = b.waitFor(By.cssSelector(".context-list [aria-current='true']"));
        WebElement translation = current.findElement(By.cssSelector(".translation"));
        assertAll(
                () -> assertTrue(translation.getText().startsWith("Unofficial translation"), translation.getText()),
                () -> assertTrue(translation.getText().contains("哨兵给药"), translation.getText()),
                () -> assertTrue(b.driver.findElement(By.id("citation-text")).getText()
                        .endsWith("Chinese: unofficial translation."), "the citation says so"),
                () -> assertTrue(b.driver.findElement(By.cssSelector(".facts")).getText()
                        .contains("Chinese (unofficial translation)")));
    }
}
