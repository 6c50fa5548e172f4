package org.regatlas.web;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The team's English of a Chinese official sentence in a real browser: shown under the official text in search
 * results and on the provision page, labelled as an unofficial translation in both UI languages, marked by the query.
 */
class TranslationBrowserIT extends SharedIndexBrowserTest {
    private static final String WASHOUT = "cde-2024-cart-heme:二.（三）:3";

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
}
