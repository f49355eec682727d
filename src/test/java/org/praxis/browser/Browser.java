package org.praxis.browser;

import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Debian's headless Chromium driven by Selenium, with axe-core and screenshots. Downloads nothing. */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    final WebDriver driver;
    private final String base;
    private final Path profile;

    static void assumeInstalled() {
        Assumptions.assumeTrue(
                Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "Browser tests skipped: install Debian's chromium and chromium-driver (.ci/run does) to run them");
    }

    Browser(String base, boolean javascript) throws IOException {
        this.base = base;
        this.profile = Files.createTempDirectory("praxis-chromium");
        var options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-dev-shm-usage",
                "--window-size=1280,1000",
                "--user-data-dir=" + profile);
        // The page's console, read by consoleErrors(): a Content Security Policy refusal is logged there.
        options.setCapability(
                "goog:loggingPrefs", java.util.Map.of(org.openqa.selenium.logging.LogType.BROWSER, "ALL"));
        if (!javascript) {
            options.setExperimentalOption(
                    "prefs", java.util.Map.of("profile.managed_default_content_settings.javascript", 2));
        }
        var service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    void open(String path) {
        driver.get(base + path);
    }

    String path() {
        return driver.getCurrentUrl().substring(base.length());
    }

    void signIn(String username) {
        open("/sign-in");
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys("praxis-demo");
        clickAndWait(By.cssSelector("main button[type=submit]"));
    }

    void signOut() {
        clickAndWait(By.cssSelector("form.praxis-sign-out button"));
    }

    /** Clicks something that loads a new page, and waits until the new page has replaced the old one. */
    void clickAndWait(By target) {
        var oldPage = driver.findElement(By.tagName("html"));
        driver.findElement(target).click();
        // ChromeDriver reports a replaced page either as stale or as "does not belong to the document".
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> {
            try {
                oldPage.isEnabled();
                return false;
            } catch (org.openqa.selenium.WebDriverException replaced) {
                return true;
            }
        });
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(d -> "complete"
                        .equals(((org.openqa.selenium.JavascriptExecutor) d)
                                .executeScript("return document.readyState")));
    }

    /**
     * Errors the pages logged to the browser's console since this was last asked (a script failing, a resource
     * refused by the Content Security Policy, a 404 for an asset), with the page they came from.
     */
    /** The kinds of elements on the page (tag, class, role, type), without their text: what axe's answer rests on. */
    String structure() {
        var kinds = (String) ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("""
                return Array.from(new Set(Array.from(document.querySelectorAll('html, body *'), e =>
                    e.tagName + '.' + (e.getAttribute('class') || '') + '[' + (e.getAttribute('role') || '') + ','
                        + (e.getAttribute('type') || '') + ']'))).sort().join('|');
                """);
        try {
            var digest = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(kinds.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(digest);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    List<String> consoleErrors() {
        return driver.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue())
                .map(e -> e.getMessage())
                .toList();
    }

    /**
     * Serious and critical accessibility problems on the current page, described for a failure message. Axe finishes
     * its run in a blank window it opens; on a busy machine that step can time out, or leave axe analysing the blank
     * window, whose missing title and language it then reports as the page's (the page itself has its title), or fail
     * with "Cannot start new transaction". Each is asked again, up to three times: a slow machine is not an
     * accessibility problem, and a real missing title has no title in the page either.
     */
    List<String> seriousAccessibilityProblems() {
        var page = driver.getWindowHandle();
        boolean titled = !driver.getTitle().isBlank();
        for (int attempt = 1; ; attempt++) {
            // a blank window a failed run left open is closed, and the page is the one analysed
            for (var window : driver.getWindowHandles()) {
                if (!window.equals(page)) {
                    driver.switchTo().window(window).close();
                }
            }
            driver.switchTo().window(page);
            try {
                var found = serious();
                boolean blankWindow = titled && found.stream().anyMatch(p -> p.contains(" document-title: "));
                if (!blankWindow || attempt == 3) {
                    return found;
                }
            } catch (RuntimeException e) {
                if (attempt == 3) {
                    throw e;
                }
            }
        }
    }

    private List<String> serious() {
        var results = new AxeBuilder()
                .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"))
                .analyze(driver);
        return results.getViolations().stream()
                .filter(v -> "serious".equals(v.getImpact()) || "critical".equals(v.getImpact()))
                .map(Browser::describe)
                .toList();
    }

    /** Violations of the named axe rules on the current page, whatever their impact (some rules are "moderate"). */
    List<String> accessibilityProblems(String... rules) {
        return new AxeBuilder()
                .withRules(List.of(rules)).analyze(driver).getViolations().stream()
                        .map(Browser::describe)
                        .toList();
    }

    private static String describe(Rule rule) {
        return rule.getImpact() + " " + rule.getId() + ": " + rule.getHelp() + " at "
                + rule.getNodes().stream()
                        .map(n -> String.valueOf(n.getTarget()))
                        .collect(Collectors.joining(", "));
    }

    void screenshot(String name) throws IOException {
        var file = SCREENSHOTS.resolve(name + ".png");
        Files.createDirectories(file.getParent());
        Files.write(file, ((ChromeDriver) driver).getScreenshotAs(OutputType.BYTES));
    }

    @Override
    public void close() throws IOException {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder())
                    .forEach(p -> p.toFile().delete());
        }
    }
}
