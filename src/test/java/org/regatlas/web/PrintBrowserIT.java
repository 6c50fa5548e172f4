package org.regatlas.web;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The print layouts, printed to PDF by Chromium and read back with PDFBox: the provision with its citation and source,
 * the document, and the checklist of the ZUMA-7 protocol (from ../shared); no navigation or buttons on paper.
 */
class PrintBrowserIT extends SharedIndexBrowserTest {
    private static final String PROVISION = "cde-2024-cart-heme:二.（三）:3";
    private static final Path ZUMA7 = Path.of("../shared/real-docs/protocols/"
            + "NCT03391466_ZUMA-7_axicabtagene-ciloleucel_protocol_amendment6.pdf");

    /** Chromium's print to PDF through DevTools (a long checklist outlasts the driver's own print timeout). */
    private static byte[] printToPdf() {
        Map<String, Object> out = ((ChromeDriver) b.driver).executeCdpCommand("Page.printToPDF",
                Map.of("printBackground", false, "preferCSSPageSize", true));
        return Base64.getDecoder().decode((String) out.get("data"));
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }

    /** The text as printed: PDF text extraction splits lines, so compare without white space. */
    private static int pages(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return doc.getNumberOfPages();
        }
    }

    private static String squeeze(String s) {
        return s.replaceAll("\\s+", "");
    }

    @Test
    void provisionPrintsWithItsCitationAndSourceAndNoControls() throws IOException {
        b.open("/p/" + BrowserHarness.enc(PROVISION));
        b.waitFor(By.cssSelector(".context-list [aria-current='true']"));
        String citation = b.driver.findElement(By.id("citation-text")).getText();
        String printed = text(printToPdf());
        assertAll(
                () -> assertTrue(squeeze(printed).contains(squeeze(citation)), "citation on paper:\n" + printed),
                () -> assertTrue(printed.contains("有必要设置合理的洗脱期"), "the provision itself"),
                () -> assertFalse(printed.contains("Copy citation"), "no buttons"),
                () -> assertFalse(printed.contains("Skip to content"), "no navigation"),
                () -> assertFalse(printed.contains("API reference"), "no footer"));
    }

    @Test
    void documentPrintsItsProvisionsAndNoControls() throws IOException {
        b.open("/doc/cde-2024-cart-heme");
        b.waitFor(By.cssSelector(".doc-prov"));
        String title = b.driver.findElement(By.cssSelector("h1")).getText();
        byte[] pdf = printToPdf();
        String printed = text(pdf);
        int pages;
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            pages = doc.getNumberOfPages();
        }
        int sections = b.driver.findElements(By.cssSelector(".doc-section.depth-1")).size();
        int pagesSeen = pages;
        assertAll(
                () -> assertTrue(squeeze(printed).contains(squeeze(title)), "title on paper"),
                () -> assertTrue(printed.contains("有必要设置合理的洗脱期"), "provision text"),
                () -> assertTrue(pagesSeen >= sections, sections + " top sections, each from a new page: " + pagesSeen),
                () -> assertFalse(printed.contains("Skip to content"), "no navigation"));
    }

    @Test
    void zuma7ChecklistPrintsItsRequirementsAndStatusesAndNoControls() throws IOException {
        assumeTrue(Files.isRegularFile(ZUMA7), "the ZUMA-7 protocol in ../shared is absent");
        b.open("/checklist");
        b.waitFor(By.id("protocol-file")).sendKeys(ZUMA7.toRealPath().toString());
        b.driver.findElement(By.cssSelector(".checklist-form button[type='submit']")).click();
        new WebDriverWait(b.driver, Duration.ofSeconds(300)).until(d -> !d.findElements(By.cssSelector("tr.ck-row")).isEmpty());
        String requirement = b.driver.findElement(By.cssSelector("tr.ck-row .req-text")).getText();
        List<String> groups = b.driver.findElements(By.cssSelector("tbody.ck-group")).stream()
                .map(g -> g.getDomAttribute("data-section")).toList();
        List<WebElement> rows = b.driver.findElements(By.cssSelector("tr.ck-row .req-text"));
        String last = rows.get(rows.size() - 1).getText();
        String status = b.driver.findElement(By.cssSelector("tr.ck-row .status-pill")).getText();
        ((ChromeDriver) b.driver).executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        Object columns = b.js("const shown = (el) => getComputedStyle(el).display !== 'none';"
                + "return [[...document.querySelectorAll('table.checklist thead th')].filter(shown).length,"
                + " [...document.querySelector('tr.ck-row').cells].filter(shown).length];");
        ((ChromeDriver) b.driver).executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        byte[] pdf = printToPdf();
        String printed = text(pdf);
        assertAll(
                () -> assertEquals(((List<?>) columns).get(0), ((List<?>) columns).get(1),
                        "on paper each row has as many cells as the header (header, row): " + columns),
                () -> assertTrue(squeeze(printed).contains(squeeze(requirement)), "first requirement on paper"),
                () -> assertTrue(squeeze(printed).contains(squeeze(last)), "last requirement on paper: " + last),
                () -> assertEquals(groups.size(), new java.util.HashSet<>(groups).size(),
                        "each protocol section is one group: " + groups),
                () -> assertTrue(pages(pdf) > groups.size(), "each of the " + groups.size()
                        + " protocol sections starts a page: " + pages(pdf) + " pages"),
                () -> assertTrue(printed.contains(status), "its status as a word"),
                () -> assertFalse(printed.contains("Download"), "no download buttons"),
                () -> assertFalse(printed.contains("Skip to content"), "no navigation"));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            // The picture of a printed checklist is the page where the requirements table starts.
            String first = squeeze(requirement).substring(0, Math.min(40, squeeze(requirement).length()));
            int page = 0;
            var stripper = new org.apache.pdfbox.text.PDFTextStripper();
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                if (squeeze(stripper.getText(doc)).contains(first)) {
                    page = p - 1;
                    break;
                }
            }
            BufferedImage image = new PDFRenderer(doc).renderImageWithDPI(page, 80);
            Path dir = BrowserHarness.screenshotDir();
            Files.createDirectories(dir);
            Path shot = dir.resolve("print-checklist.png");
            ImageIO.write(image, "png", shot.toFile());
            if (Boolean.getBoolean("regatlas.readmeScreenshot")) {
                // The README's picture; refreshed on request so ordinary runs leave web/ untouched.
                Files.copy(shot, Path.of("web", "screenshot-print-checklist.png"),
                        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }
}
