package org.regatlas.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** The compare view in a real browser. */
class CompareBrowserIT extends SharedIndexBrowserTest {

    @Test
    void longTermFollowUpShowsChinaUsAndEuColumnsSideBySide() {
        b.open("/compare?topic=ltfu");
        for (String j : List.of("CN", "US", "EU")) {
            b.waitFor(By.cssSelector(".compare-col[data-jurisdiction='" + j + "'] [data-provision-id]"));
        }
        List<WebElement> columns = b.driver.findElements(By.cssSelector(".compare-col"));
        assertEquals(List.of("CN", "US", "EU"), columns.stream().limit(3).map(c -> c.getDomAttribute("data-jurisdiction")).toList());
        int y = columns.get(0).getLocation().getY();
        assertTrue(columns.stream().limit(3).allMatch(c -> c.getLocation().getY() == y), "columns stand side by side");
        for (WebElement col : columns) {
            for (WebElement card : col.findElements(By.cssSelector("[data-provision-id]"))) {
                assertFalse(card.findElements(By.cssSelector(".strength")).isEmpty());
                assertFalse(card.findElements(By.cssSelector("[data-provenance]")).isEmpty());
            }
        }
        assertEquals("ltfu", new Select(b.driver.findElement(By.id("topic"))).getFirstSelectedOption().getDomAttribute("value"));
        b.screenshot("compare");
    }

    @Test
    void pickingATopicLoadsItsColumnsAndUpdatesTheUrl() {
        b.open("/compare");
        b.waitFor(d -> d.findElements(By.cssSelector("#topic option[value='crs']")).isEmpty() ? null : true);
        new Select(b.driver.findElement(By.id("topic"))).selectByValue("crs");
        b.waitFor(d -> d.getCurrentUrl().contains("topic=crs"));
        b.waitFor(By.cssSelector(".compare-col [data-provision-id]"));
        assertTrue(b.driver.findElement(By.cssSelector(".compare-topic")).getText().contains("crs"));
    }

    @Test
    void narrowScreenStacksTheColumns() {
        b.driver.manage().window().setSize(new org.openqa.selenium.Dimension(420, 900));
        try {
            b.open("/compare?topic=ltfu");
            b.waitFor(By.cssSelector(".compare-col[data-jurisdiction='EU'] [data-provision-id]"));
            List<WebElement> columns = b.driver.findElements(By.cssSelector(".compare-col"));
            assertTrue(columns.get(1).getLocation().getY() > columns.get(0).getLocation().getY(), "stacked on a phone");
            assertTrue((Boolean) b.js("return document.documentElement.scrollWidth <= window.innerWidth"), "no sideways scrolling");
        } finally {
            b.driver.manage().window().setSize(new org.openqa.selenium.Dimension(1400, 1000));
        }
    }
}
