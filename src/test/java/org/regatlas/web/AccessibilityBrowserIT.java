package org.regatlas.web;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deque.html.axecore.args.AxeRuleOptions;
import com.deque.html.axecore.args.AxeRunOnlyOptions;
import com.deque.html.axecore.args.AxeRunOptions;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.Select;

/**
 * axe-core's WCAG 2.0/2.1 A and AA rules on every view (search home, a Chinese search, compare, a checklist with a
 * result from the real server, a document, a provision), in both UI languages, at desktop and phone width. Any
 * violation fails, listed by rule and element. axe.min.js comes from the axe-core Selenium jar.
 */
class AccessibilityBrowserIT extends SharedIndexBrowserTest {
    static final List<String> WCAG_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    private static final String PROVISION = "cde-2024-cart-heme:二.（三）:3";

    @TempDir
    static Path tmp;

    private static Path protocol;

    @BeforeAll
    static void writeProtocol() throws IOException {
        protocol = BrowserHarness.shortProtocol(tmp);
    }

    @ParameterizedTest(name = "{0} at {1} px")
    @CsvSource({"en, 1400", "zh, 1400", "en, 390", "zh, 390"})
    void everyViewHasNoWcagViolations(String language, int width) {
        b.driver.manage().window().setSize(new Dimension(width, width > 800 ? 1000 : 844));
        b.open("/");
        b.js("localStorage.setItem('regatlas.lang', arguments[0])", language);
        List<String> violations = new ArrayList<>();
        try {
            b.open("/");
            b.waitFor(By.id("q"));
            violations.addAll(check("search home"));

            b.open("/?q=" + BrowserHarness.enc("洗脱期"));
            b.waitFor(d -> b.firstResultId());
            violations.addAll(check("Chinese search"));

            b.open("/compare?topic=ltfu");
            b.waitFor(By.cssSelector(".compare-col"));
            violations.addAll(check("compare"));

            b.open("/doc/cde-2024-cart-heme");
            b.waitFor(By.cssSelector(".doc-prov"));
            violations.addAll(check("document"));

            b.open("/p/" + BrowserHarness.enc(PROVISION));
            b.waitFor(By.cssSelector(".context-list [aria-current='true']"));
            violations.addAll(check("provision"));

            b.open("/checklist");
            b.waitFor(By.id("protocol-file")).sendKeys(protocol.toAbsolutePath().toString());
            new Select(b.driver.findElement(By.id("pf-indication"))).selectByValue("b-all");
            b.driver.findElement(By.cssSelector(".checklist-form button[type='submit']")).click();
            b.waitFor(By.cssSelector("tr.ck-row"));
            violations.addAll(check("checklist"));
        } finally {
            b.js("localStorage.setItem('regatlas.lang', 'en')");
            b.driver.manage().window().setSize(new Dimension(1400, 1000));
        }
        System.out.println("axe " + language + " " + width + " px: " + violations.size() + " violated rule(s)"
                + (violations.isEmpty() ? "" : "\n" + String.join("\n", violations)));
        assertTrue(violations.isEmpty(), language + " at " + width + " px:\n" + String.join("\n", violations));
    }

    /**
     * The WCAG A/AA rules violated on the current page, one line each: view, rule, element count, first targets.
     * label-content-name-mismatch (WCAG 2.5.3) is marked experimental in axe, so it is switched on by name.
     */
    static List<String> check(String view) {
        AxeRunOnlyOptions only = new AxeRunOnlyOptions();
        only.setType("tag");
        only.setValues(WCAG_TAGS);
        AxeRuleOptions on = new AxeRuleOptions();
        on.setEnabled(true);
        AxeRunOptions options = new AxeRunOptions();
        options.setRunOnly(only);
        options.setRules(Map.of("label-content-name-mismatch", on));
        Results results = new AxeBuilder().withOptions(options).analyze(b.driver);
        List<String> out = new ArrayList<>();
        for (Rule rule : results.getViolations()) {
            List<String> targets = rule.getNodes().stream().map(CheckedNode::getTarget).map(String::valueOf).toList();
            out.add(view + ": " + rule.getId() + " on " + targets.size() + " element(s) "
                    + targets.subList(0, Math.min(4, targets.size())));
        }
        return out;
    }
}
