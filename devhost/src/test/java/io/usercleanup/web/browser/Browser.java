package io.usercleanup.web.browser;

import io.usercleanup.devhost.DevHostProduct;
import io.usercleanup.devhost.http.DevHostExtension;
import io.usercleanup.devhost.web.DevHostWeb;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;

/**
 * Headless Chromium from Debian ({@code /usr/bin/chromium} with its {@code chromedriver}),
 * started with the flags this machine's closed network needs, downloading into a folder of its
 * own. Without Chromium the browser tests are skipped, unless
 * {@code USER_CLEANUP_REQUIRE_BROWSER} is set (as CI does), when they fail.
 */
final class Browser implements AutoCloseable {
    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final String DRIVER = "/usr/bin/chromedriver";
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    final WebDriver driver;
    final Path downloads;
    private final List<String> consoleErrors = new ArrayList<>();

    Browser() throws IOException {
        boolean present = new File(CHROMIUM).canExecute() && new File(DRIVER).canExecute();
        if (System.getenv("USER_CLEANUP_REQUIRE_BROWSER") != null && !present) {
            throw new IllegalStateException("Chromium and chromedriver are required (" + CHROMIUM + ", " + DRIVER + ")");
        }
        Assumptions.assumeTrue(present, "Debian's chromium and chromium-driver are not installed");
        downloads = Files.createTempDirectory("user-cleanup-downloads");
        Files.createDirectories(SCREENSHOTS);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1400,1000", "--lang=en-GB",
                "--user-data-dir=" + Files.createTempDirectory("user-cleanup-chromium"));
        options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toString(),
                "download.prompt_for_download", false));
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(DRIVER))
                .usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
    }

    WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    WebElement waitVisible(String css) {
        return new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    /** Waits until the element is displayed and enabled, then clicks it, as a person would. */
    void click(String css) {
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(ExpectedConditions.elementToBeClickable(By.cssSelector(css))).click();
    }

    void waitHidden(String css) {
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(css)));
    }

    /** Waits until the element's visible text contains the text, ignoring case (AUI upper-cases lozenges). */
    WebElement waitText(String css, String text) {
        String wanted = text.toLowerCase(java.util.Locale.ROOT);
        // The lists are rebuilt as runs end: an element gone stale is looked up again.
        new WebDriverWait(driver, Duration.ofSeconds(30)).ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d -> {
            List<WebElement> found = d.findElements(By.cssSelector(css));
            return !found.isEmpty() && found.get(0).getText().toLowerCase(java.util.Locale.ROOT).contains(wanted);
        });
        return find(css);
    }

    Object script(String javascript, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(javascript, arguments);
    }

    /**
     * Saves a screenshot of the whole window as {@code target/screenshots/<name>.png}, or
     * {@code confluence-<name>.png} in the test run on Confluence.
     */
    void screenshot(String name) {
        DevHostProduct product = DevHostExtension.testProduct();
        String file = (product == DevHostProduct.JIRA ? "" : product.key() + "-") + name + ".png";
        try {
            Files.write(SCREENSHOTS.resolve(file), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Picks a group in a group picker from the keyboard: types the name into its search box,
     * waits until the server's answer lists it, and presses Enter (which picks the exact match).
     */
    void pickGroup(String inputId, String name) {
        WebElement input = find("#" + inputId);
        input.click();
        input.sendKeys(name);
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> Boolean.TRUE.equals(script(
                "var name = arguments[1]; return Array.from(document.querySelectorAll('#' + arguments[0] + '-listbox [role=option]'))"
                        + ".some(function (o) { return o.getAttribute('data-group') === name; });", inputId, name)));
        input.sendKeys(Keys.ENTER);
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> chips(inputId).contains(name));
    }

    /** The names on a group picker's chips, in order. */
    @SuppressWarnings("unchecked")
    List<String> chips(String inputId) {
        return (List<String>) script("return Array.from(document.getElementById(arguments[0]).closest('.user-cleanup-picker')"
                + ".querySelectorAll('.user-cleanup-chip')).map(function (c) { return c.getAttribute('data-group'); });", inputId);
    }

    /**
     * Clicks the button of the row (its CSS selector); the list is rebuilt when a save or a run
     * ends, so a row that went stale between finding and clicking is found again.
     */
    void clickInRow(java.util.function.Supplier<WebElement> row, String selector) {
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> {
                    row.get().findElement(By.cssSelector(selector)).click();
                    return true;
                });
    }

    /**
     * Opens the row's More dropdown and picks the action (the class of its item: cleanup-run,
     * cleanup-edit...). The list is rebuilt when a run ends, so the row is found again if it went stale.
     */
    void rowAction(java.util.function.Supplier<WebElement> row, String action) {
        for (int attempt = 1; ; attempt++) {
            try {
                WebElement trigger = row.get().findElement(By.cssSelector(".cleanup-more"));
                trigger.click();
                String menu = trigger.getDomAttribute("aria-controls");
                new WebDriverWait(driver, Duration.ofSeconds(5)).until(ExpectedConditions.elementToBeClickable(
                        By.cssSelector("#" + menu + " a." + action))).click();
                return;
            } catch (org.openqa.selenium.StaleElementReferenceException | org.openqa.selenium.TimeoutException e) {
                if (attempt == 3) {
                    throw e;
                }
                driver.findElement(By.tagName("body")).sendKeys(Keys.ESCAPE);
            }
        }
    }

    /**
     * The serious and critical accessibility violations axe-core (from npm, beside AUI) finds on the
     * page as it is now, as "rule: element" lines.
     */
    @SuppressWarnings("unchecked")
    List<String> accessibilityViolations() {
        try {
            script(Files.readString(DevHostWeb.AUI.resolve("axe-core/axe.min.js")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        return (List<String>) ((JavascriptExecutor) driver).executeAsyncScript("var done = arguments[arguments.length - 1];"
                + " axe.run(document, {resultTypes: ['violations']}).then(function (r) { done(r.violations"
                + ".filter(function (v) { return v.impact === 'serious' || v.impact === 'critical'; })"
                + ".reduce(function (all, v) { return all.concat(v.nodes.map(function (n) {"
                + " return v.id + ': ' + n.target.join(' ') + ' ' + n.failureSummary; })); }, [])); },"
                + " function (e) { done(['axe failed: ' + e]); });");
    }

    /** The browser console's errors since the last call, as text. */
    List<String> consoleErrors() {
        for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
            if (entry.getLevel().intValue() >= Level.SEVERE.intValue()) {
                consoleErrors.add(entry.getMessage());
            }
        }
        List<String> errors = List.copyOf(consoleErrors);
        consoleErrors.clear();
        return errors;
    }

    /** Waits for a file to be downloaded completely and returns it. */
    Path awaitDownload(String fileName) throws InterruptedException {
        Path file = downloads.resolve(fileName);
        for (int i = 0; i < 200; i++) {
            if (Files.isRegularFile(file) && !Files.exists(downloads.resolve(fileName + ".crdownload"))) {
                return file;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("No download " + fileName + " in " + downloads);
    }

    @Override
    public void close() {
        driver.quit();
    }
}
