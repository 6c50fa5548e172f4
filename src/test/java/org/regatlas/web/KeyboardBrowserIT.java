package org.regatlas.web;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * The user paths with the keyboard alone (Tab, Enter, arrow keys): after each action focus is visible and sits where a
 * person expects it. Choosing the protocol file is the one step the browser's own file dialog does; the test gives the
 * file to the file input, as that dialog would.
 */
class KeyboardBrowserIT extends SharedIndexBrowserTest {
    /** Whether the focused element shows a focus ring: its outline, or the search box's ring around it. */
    private static final String FOCUS_SHOWN = """
        const el = document.activeElement;
        if (!el || el === document.body) return false;
        const ring = (e) => { const s = getComputedStyle(e);
          return (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) || s.boxShadow !== 'none'; };
        return ring(el) || (el.closest('.searchbox') !== null && ring(el.closest('.searchbox')));
        """;

    @TempDir
    static Path tmp;

    private static Path protocol;

    @BeforeAll
    static void writeProtocol() throws IOException {
        protocol = BrowserHarness.shortProtocol(tmp);
    }

    private static void keys(CharSequence... keys) {
        new Actions(b.driver).sendKeys(keys).perform();
    }

    private static WebElement active() {
        return b.driver.switchTo().activeElement();
    }

    /** Presses Tab until the focused element matches, at most max times; fails otherwise. */
    private static WebElement tabTo(String what, Predicate<WebElement> target, int max) {
        for (int i = 0; i < max; i++) {
            keys(Keys.TAB);
            WebElement el = active();
            if (target.test(el)) {
                assertEquals(Boolean.TRUE, b.js(FOCUS_SHOWN), "focus ring on " + what);
                return el;
            }
        }
        throw new AssertionError(what + " not reached in " + max + " Tab presses");
    }

    /** Whether the focused element matches css, asked in the page (a re-render may have replaced the element). */
    private static boolean focusedMatches(String css) {
        return Boolean.TRUE.equals(b.js("return document.activeElement !== null && document.activeElement.matches(arguments[0])", css));
    }

    private static boolean matches(WebElement el, String css) {
        return Boolean.TRUE.equals(b.js("return arguments[0].matches(arguments[1])", el, css));
    }

    @Test
    void searchFilterByAFacetOpenAProvisionAndCopyItsCitation() {
        b.open("/");
        b.waitFor(By.id("q"));
        keys("/");
        assertEquals("q", active().getDomAttribute("id"), "'/' focuses the search box");
        keys("洗脱期", Keys.ENTER);
        b.waitFor(d -> b.firstResultId());

        WebElement facet = tabTo("the CN jurisdiction facet",
                el -> matches(el, ".facet-item[data-facet='jurisdiction'][data-value='CN']"), 40);
        keys(Keys.ENTER);
        b.waitFor(d -> d.getCurrentUrl().contains("jurisdiction=CN") ? true : null);
        b.waitFor(d -> focusedMatches(".facet-item[data-value='CN'][aria-pressed='true']") ? true : null);
        assertEquals(Boolean.TRUE, b.js(FOCUS_SHOWN), "focus ring stays on the facet just pressed");
        assertTrue(facet != null);

        tabTo("the first result's permalink", el -> matches(el, ".results a.permalink"), 150);
        keys(Keys.ENTER);
        b.waitFor(By.cssSelector(".context-list [aria-current='true']"));
        assertEquals("main", active().getDomAttribute("id"), "after opening the provision focus starts at the content");

        tabTo("copy citation", el -> matches(el, "button") && el.getText().contains("Copy citation"), 40);
        keys(Keys.ENTER);
        b.waitFor(d -> d.findElements(By.cssSelector(".copy-status")).stream()
                .anyMatch(s -> s.getText().equals("Copied")) ? true : null);
        assertAll(
                () -> assertTrue(focusedMatches("button"), "focus comes back to the copy button"),
                () -> assertEquals(Boolean.TRUE, b.js(FOCUS_SHOWN)));
    }

    @Test
    void compareATopic() {
        b.open("/compare");
        b.waitFor(By.cssSelector("#topic option[value='ltfu']"));
        tabTo("the topic list", el -> "topic".equals(el.getDomAttribute("id")), 20);
        // A closed select takes arrow keys; each one chooses an option and shows it. Down until long-term follow-up.
        for (int i = 0; i < 200 && !"ltfu".equals(b.js("return document.getElementById('topic').value")); i++) {
            keys(Keys.ARROW_DOWN);
        }
        b.waitFor(d -> d.getCurrentUrl().contains("topic=ltfu") ? true : null);
        b.waitFor(By.cssSelector(".compare-col"));
        assertAll(
                () -> assertEquals("topic", active().getDomAttribute("id"), "focus stays on the topic list"),
                () -> assertEquals(Boolean.TRUE, b.js(FOCUS_SHOWN)));
        tabTo("a provision in the comparison", el -> matches(el, ".compare-col a"), 40);
    }

    @Test
    void uploadAProtocolAndMoveThroughTheChecklistRowsAndFilters() {
        b.open("/checklist");
        b.waitFor(By.id("protocol-file")).sendKeys(protocol.toAbsolutePath().toString());
        b.waitFor(d -> d.findElement(By.cssSelector(".file-info")).getText().contains("protocol.md") ? true : null);
        tabTo("the indication", el -> "pf-indication".equals(el.getDomAttribute("id")), 20);
        tabTo("the submit button", el -> matches(el, ".checklist-form button[type='submit']"), 30);
        keys(Keys.ENTER);
        b.waitFor(By.cssSelector("tr.ck-row"));
        String firstStatus = b.driver.findElement(By.cssSelector("tr.ck-row")).getDomAttribute("data-status");

        WebElement tile = tabTo("the status tile of the first row",
                el -> matches(el, ".tile[data-status='" + firstStatus + "']"), 60);
        keys(Keys.ENTER);
        b.waitFor(d -> focusedMatches(".tile[data-status='" + firstStatus + "'][aria-pressed='true']") ? true : null);
        assertEquals(Boolean.TRUE, b.js(FOCUS_SHOWN), "focus stays on the pressed tile");
        assertTrue(tile != null);

        WebElement expander = tabTo("the first row's expander", el -> matches(el, "tr.ck-row .expander"), 40);
        keys(Keys.ENTER);
        assertAll(
                () -> assertEquals("true", expander.getDomAttribute("aria-expanded")),
                () -> assertTrue(matches(active(), "tr.ck-row .expander"), "focus stays on the expander"),
                () -> assertTrue(b.driver.findElement(By.id(expander.getDomAttribute("aria-controls"))).isDisplayed()));

        tabTo("the next row's expander or link", el -> matches(el, "tr.ck-row a, tr.ck-row .expander"), 10);
        keys(Keys.chord(Keys.SHIFT, Keys.TAB));
        assertTrue(matches(active(), "tr.ck-row a, tr.ck-row .expander, .ck-detail a"), "Shift+Tab goes back");
    }
}
