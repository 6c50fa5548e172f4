package org.regatlas.web;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.regatlas.api.ApiConfig;
import org.regatlas.api.HttpServer;
import org.regatlas.api.Services;

/**
 * A RegAtlas server on a free port plus a headless Debian Chromium driven through chromedriver, for *BrowserIT
 * classes. Nothing is downloaded: the browser and driver come from the system (apt packages chromium and
 * chromium-driver); without them the calling test is skipped. Closing stops the browser, then the server.
 */
final class BrowserHarness implements AutoCloseable {
    private static final Duration WAIT = Duration.ofSeconds(20);

    final HttpServer server;
    final WebDriver driver;
    final String base;
    private final Path profile;

    private BrowserHarness(HttpServer server, WebDriver driver, Path profile) {
        this.server = server;
        this.driver = driver;
        this.profile = profile;
        this.base = "http://127.0.0.1:" + server.port();
    }

    /** Starts the server for services with the repository's web/ folder, and a browser; skips when Chromium is absent. */
    static BrowserHarness start(Services services) {
        Path driverExe = executable("chromedriver", "/usr/bin/chromedriver");
        Path browserExe = executable("chromium", "/usr/bin/chromium");
        requireBrowser(driverExe != null, "chromedriver");
        requireBrowser(browserExe != null, "chromium");
        HttpServer server = HttpServer.start(services, new ApiConfig(Path.of("web")), "127.0.0.1", 0);
        Path profile;
        try {
            profile = Files.createTempDirectory("regatlas-chromium");
        } catch (IOException e) {
            server.close();
            throw new UncheckedIOException(e);
        }
        try {
            ChromeOptions options = new ChromeOptions();
            options.setBinary(browserExe.toFile());
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-background-networking", "--no-first-run", "--lang=en-US", "--hide-scrollbars",
                    "--window-size=1400,1000", "--user-data-dir=" + profile.toAbsolutePath());
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(driverExe.toFile()).usingAnyFreePort().build();
            return new BrowserHarness(server, new ChromeDriver(service, options), profile);
        } catch (RuntimeException e) {
            server.close();
            deleteTree(profile);
            throw e;
        }
    }

    /**
     * Fails the calling test when a browser part is missing: a suite that quietly skipped its browser tests would
     * report success for a UI it never opened. {@code -Dregatlas.browserTests=skip} skips them instead, on purpose.
     */
    private static void requireBrowser(boolean present, String what) {
        if (present) return;
        String message = what + " is not installed; the browser tests need Debian's chromium, chromium-driver and "
                + "fonts-noto-cjk (apt-get install -y chromium chromium-driver fonts-noto-cjk)";
        if ("skip".equals(System.getProperty("regatlas.browserTests"))) {
            assumeTrue(false, message + "; skipped by -Dregatlas.browserTests=skip");
        }
        throw new IllegalStateException(message + ", or run with -Dregatlas.browserTests=skip to skip them");
    }

    /** The first of name on PATH or the fallback path that is executable, else null. */
    static @Nullable Path executable(String name, String fallback) {
        String path = System.getenv("PATH");
        if (path != null) {
            for (String dir : path.split(File.pathSeparator)) {
                Path p = Path.of(dir, name);
                if (Files.isExecutable(p)) return p;
            }
        }
        Path p = Path.of(fallback);
        return Files.isExecutable(p) ? p : null;
    }

    /** Writes a two-section Markdown protocol (eligibility, long-term follow-up) into {@code dir} for upload. */
    static Path shortProtocol(Path dir) throws IOException {
        return Files.writeString(dir.resolve("protocol.md"), """
                # Protocol CTX-19-ALL-301

                ## 4.1 Inclusion criteria

                Adults with relapsed or refractory B-cell acute lymphoblastic leukaemia.

                ## 9 Long-term follow-up

                Patients are followed for 15 years after the infusion for delayed adverse events.
                """);
    }

    /** Opens a path of the UI (already URL-encoded where needed). */
    void open(String pathAndQuery) {
        driver.get(base + pathAndQuery);
    }

    /** Waits up to 20 s; on timeout the message holds the URL and the start of the page text, to see what went wrong. */
    <T> T waitFor(ExpectedCondition<T> condition) {
        WebDriverWait wait = new WebDriverWait(driver, WAIT);
        wait.withMessage(() -> {
            String text;
            try {
                text = driver.findElement(By.tagName("body")).getText();
            } catch (RuntimeException e) {
                text = "(page text unavailable: " + e.getMessage() + ")";
            }
            return "at " + driver.getCurrentUrl() + "\n--- page text ---\n" + (text.length() > 3000 ? text.substring(0, 3000) + "…" : text);
        });
        return wait.until(condition);
    }

    WebElement waitFor(By by) {
        return waitFor(d -> {
            List<WebElement> found = d.findElements(by);
            return found.isEmpty() ? null : found.get(0);
        });
    }

    /** The data-provision-id of the first search result, or null while there is none. */
    @Nullable String firstResultId() {
        List<String> ids = resultIds();
        return ids.isEmpty() ? null : ids.get(0);
    }

    /** The result ids shown; read again when the list is re-rendered while it is being read. */
    List<String> resultIds() {
        for (int attempt = 0; ; attempt++) {
            try {
                return driver.findElements(By.cssSelector(".results > [data-provision-id]")).stream()
                        .map(e -> e.getDomAttribute("data-provision-id")).toList();
            } catch (org.openqa.selenium.StaleElementReferenceException e) {
                if (attempt == 4) throw e;
            }
        }
    }

    Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** Saves the viewport as NAME.png in the screenshot folder (the build directory's screenshots/), returns the file. */
    Path screenshot(String name) {
        try {
            Path dir = screenshotDir();
            Files.createDirectories(dir);
            Path out = dir.resolve(name + ".png");
            Path shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
            Files.copy(shot, out, StandardCopyOption.REPLACE_EXISTING);
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("saving screenshot " + name, e);
        }
    }

    static Path screenshotDir() {
        String explicit = System.getProperty("regatlas.screenshots");
        if (explicit != null && !explicit.isBlank()) return Path.of(explicit);
        String buildDir = System.getProperty("regatlas.buildDir");
        return buildDir != null && !buildDir.isBlank() ? Path.of(buildDir, "screenshots") : Path.of("target", "screenshots");
    }

    /** Encodes one path segment or query value (spaces as %20, not '+'). */
    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            server.close();
            deleteTree(profile);
        }
    }

    static void deleteTree(Path root) {
        if (!Files.exists(root)) return;
        try (Stream<Path> walk = Files.walk(root)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // A leftover temp profile is harmless; the OS cleans the temp folder.
        }
    }
}
