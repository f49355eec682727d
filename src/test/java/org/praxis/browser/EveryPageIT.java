package org.praxis.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.praxis.practiceweek.PracticeWeekFixture;
import org.praxis.support.TestClock;
import org.praxis.support.TestClockConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * Signs in as each demo user and visits every page that user can reach by following links, checking
 * each with axe-core: no serious or critical problem may remain. Saves a screenshot of each home page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestClockConfiguration.class)
class EveryPageIT {

    private static final int MAX_PAGES_PER_USER = 160;

    /**
     * Page structures axe has checked, as any user: an address pattern with the same kinds of elements (tag, class,
     * role, type) gives axe the same answer whoever looks, so the users' crawls share them. A user who sees more (a
     * button, a form, an error) has a structure of their own, which is checked again.
     */
    private static final java.util.Set<String> CHECKED = java.util.concurrent.ConcurrentHashMap.newKeySet();

    @LocalServerPort
    int port;

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.context.ApplicationContext context;

    @org.springframework.beans.factory.annotation.Autowired
    TestClock clock;

    @BeforeAll
    static void needsChromium() {
        Browser.assumeInstalled();
    }

    private String base() {
        return "http://localhost:" + port;
    }

    @ParameterizedTest(name = "{0}")
    @Execution(ExecutionMode.CONCURRENT)
    @ValueSource(
            strings = {
                "admin",
                "qa.lead",
                "leader",
                "manager",
                "practitioner",
                "visitor",
                "lindsey.okafor",
                "complaints.manager",
                "councillor"
            })
    void everyPageTheUserCanReachPassesAxe(String username) throws Exception {
        try (var browser = new Browser(base(), true)) {
            browser.signIn(username);
            assertThat(browser.path()).isEqualTo("/");
            browser.screenshot("home-" + username);

            var problems = new LinkedHashMap<String, List<String>>();
            var consoleErrors = new LinkedHashMap<String, List<String>>();
            var usernames = new LinkedHashMap<String, String>();
            long started = System.nanoTime();
            var visited = crawl(browser, username, problems, consoleErrors, usernames);
            System.out.printf(
                    "Crawled %d pages as %s in %d s%n",
                    visited.size(), username, (System.nanoTime() - started) / 1_000_000_000);
            assertThat(visited).as("pages visited as %s", username).isNotEmpty();
            assertThat(problems)
                    .as("serious or critical accessibility problems as %s", username)
                    .isEmpty();
            assertThat(consoleErrors)
                    .as("errors in the browser's console (scripts, Content Security Policy) as %s", username)
                    .isEmpty();
            assertThat(usernames)
                    .as("people shown by username, not by name, as %s (the words around each)", username)
                    .isEmpty();
        }
    }

    /**
     * A demo username where a person's name belongs ("by qa.lead", a table cell "leader"), or the demo's set-up by its
     * username. Account administration and the access log show usernames on purpose: they are what people sign in
     * with and what the log is searched by.
     */
    private static final java.util.regex.Pattern USERNAME_SHOWN = java.util.regex.Pattern.compile(
            "(?<![\\w.@/-])(qa\\.lead|lindsey\\.okafor|complaints\\.manager|demo)(?![\\w.@-])"
                    + "|(?:\\bby |, |^|\\t)(admin|leader|manager|practitioner|visitor|councillor)(?:$|\\t|\\.|,)",
            java.util.regex.Pattern.MULTILINE);

    /** Follows same-site links breadth first, one page per address pattern (ids and page numbers folded). */
    private List<String> crawl(
            Browser browser,
            String username,
            Map<String, List<String>> problems,
            Map<String, List<String>> consoleErrors,
            Map<String, String> usernames)
            throws Exception {
        var queue = new ArrayDeque<String>(List.of("/"));
        var patterns = new java.util.HashSet<String>();
        var visited = new ArrayList<String>();
        while (!queue.isEmpty() && visited.size() < MAX_PAGES_PER_USER) {
            var path = queue.poll();
            if (!patterns.add(pattern(path))) {
                continue;
            }
            browser.open(path);
            visited.add(path);
            assertThat(browser.driver.getTitle()).as("title of %s", path).endsWith("– Praxis");
            var found = CHECKED.add(pattern(path) + " " + browser.structure())
                    ? browser.seriousAccessibilityProblems()
                    : List.<String>of();
            if (!found.isEmpty()) {
                // Pictures of failing pages only: the crawl checks pages; the user guide has its own pictures.
                browser.screenshot("pages/" + username + pattern(path).replaceAll("[^A-Za-z0-9]+", "-"));
                problems.put(path, found);
            }
            var errors = browser.consoleErrors();
            if (!errors.isEmpty()) {
                consoleErrors.put(path, errors);
            }
            if (!path.startsWith("/admin/users")
                    && !path.startsWith("/admin/api-tokens")
                    && !path.startsWith("/admin/access-log")) {
                var text = (String) ((org.openqa.selenium.JavascriptExecutor) browser.driver)
                        .executeScript("return document.body.innerText");
                var shown = USERNAME_SHOWN.matcher(text);
                if (shown.find()) {
                    usernames.put(
                            path,
                            text.substring(Math.max(0, shown.start() - 40), Math.min(text.length(), shown.end() + 20)));
                }
            }
            // Every link's address in one call: one WebDriver round trip per link was most of the crawl's time.
            @SuppressWarnings("unchecked")
            var hrefs = (List<String>) ((org.openqa.selenium.JavascriptExecutor) browser.driver)
                    .executeScript("return Array.from(document.querySelectorAll('a[href]'), a => a.href)");
            for (var href : hrefs) {
                if (href != null && href.startsWith(base() + "/")) {
                    var next = href.substring(base().length()).replaceFirst("#.*$", "");
                    if (!next.endsWith(".csv")
                            && !next.endsWith(".xlsx")
                            && !next.endsWith(".pdf")
                            // an action's evidence files: downloads of any type, not pages
                            && !next.matches("/actions/\\d+/evidence/\\d+")
                            && !next.startsWith("/assets")
                            && !next.startsWith("/webjars")
                            && !next.isEmpty()) {
                        queue.add(next);
                    }
                }
            }
        }
        return visited;
    }

    private static String pattern(String path) {
        var parts = path.split("\\?", 2);
        var shape = parts[0].replaceAll("/\\d+", "/{id}");
        if (parts.length > 1) {
            shape += "?"
                    + java.util.Arrays.stream(parts[1].split("&"))
                            .map(p -> p.split("=")[0])
                            .sorted()
                            .toList();
        }
        return shape;
    }

    @Test
    void theSignInPageAndItsErrorPassAxe() throws Exception {
        try (var browser = new Browser(base(), true)) {
            browser.open("/sign-in");
            assertThat(browser.seriousAccessibilityProblems()).isEmpty();
            browser.screenshot("sign-in");
            browser.driver.findElement(By.id("username")).sendKeys("nobody");
            browser.driver.findElement(By.id("password")).sendKeys("wrong");
            browser.clickAndWait(By.cssSelector("main button[type=submit]"));
            assertThat(browser.driver
                            .findElement(By.cssSelector(".govuk-error-summary"))
                            .getText())
                    .contains("There is a problem")
                    .contains("Enter a correct username and password");
            assertThat(browser.seriousAccessibilityProblems()).isEmpty();
            browser.screenshot("sign-in-error");
        }
    }

    @Test
    void errorPagesAndFormErrorsPassAxe() throws Exception {
        try (var browser = new Browser(base(), true)) {
            browser.signIn("admin");
            browser.open("/no-such-page");
            assertThat(browser.driver.findElement(By.tagName("h1")).getText()).isEqualTo("Page not found");
            assertThat(browser.seriousAccessibilityProblems()).isEmpty();
            browser.screenshot("404");
            browser.open("/organisation/teams/999999999/edit");
            assertThat(browser.driver.findElement(By.tagName("h1")).getText())
                    .as("a record that does not exist")
                    .isEqualTo("Page not found");

            browser.open("/organisation/staff/new");
            browser.clickAndWait(By.cssSelector("main form button[type=submit]"));
            assertThat(browser.driver.getTitle()).startsWith("Error: ");
            assertThat(browser.seriousAccessibilityProblems()).isEmpty();
            browser.screenshot("staff-form-errors");
            browser.signOut();

            browser.signIn("visitor");
            browser.open("/admin/users");
            assertThat(browser.driver.findElement(By.tagName("h1")).getText())
                    .isEqualTo("You do not have permission to see this page");
            assertThat(browser.seriousAccessibilityProblems()).isEmpty();
            browser.screenshot("403");
        }
    }

    @Test
    void everyGovukComponentInItsErrorStatePassesAxe() throws Exception {
        try (var browser = new Browser(base(), true)) {
            browser.signIn("leader");
            browser.open("/test/components");
            assertThat(browser.seriousAccessibilityProblems()).isEmpty();
            browser.screenshot("components");
        }
    }

    @Test
    void withoutJavaScriptAStaffMemberCanBeAddedAndTheirTeamFound() throws Exception {
        try (var browser = new Browser(base(), false)) {
            browser.signIn("admin");
            browser.open("/organisation/staff/new");
            browser.clickAndWait(By.cssSelector("main form button[type=submit]"));
            var summary = browser.driver.findElement(By.cssSelector(".govuk-error-summary"));
            assertThat(summary.getText()).contains("Enter their full name");
            browser.driver.findElement(By.id("fullName")).sendKeys("Nojs Person");
            browser.driver.findElement(By.id("workEmail")).sendKeys("nojs.person@northbridge.example.gov.uk");
            new org.openqa.selenium.support.ui.Select(browser.driver.findElement(By.id("jobRole")))
                    .selectByVisibleText("Social worker");
            new org.openqa.selenium.support.ui.Select(browser.driver.findElement(By.id("teamId")))
                    .selectByVisibleText("MASH");
            browser.driver
                    .findElement(By.cssSelector("label[for='employmentType-2']"))
                    .click();
            browser.clickAndWait(By.cssSelector("main form button[type=submit]"));
            assertThat(browser.driver.findElement(By.tagName("h1")).getText()).isEqualTo("Nojs Person");
            assertThat(browser.driver
                            .findElement(By.cssSelector(".govuk-summary-list"))
                            .getText())
                    .contains("Agency")
                    .contains("MASH");
            browser.screenshot("staff-added-without-javascript");
        }
    }

    @Test
    void anAdultsCaseListCanBeMappedAndImportedWithAndWithoutJavaScript() throws Exception {
        var csv = Files.createTempFile("adults", ".csv");
        Files.writeString(csv, """
                Person ID,Team,Service Type,Start Date
                B-1,Reablement Service,Reablement,01/11/2026
                B-2,Reablement Service,Day trips,01/11/2026
                """);
        for (boolean javascript : new boolean[] {true, false}) {
            try (var browser = new Browser(base(), javascript)) {
                browser.signIn("qa.lead");
                browser.open("/register/adults/new");
                browser.driver
                        .findElement(By.id("file"))
                        .sendKeys(csv.toAbsolutePath().toString());
                browser.clickAndWait(By.cssSelector("main form button[type=submit]"));
                assertThat(browser.driver.findElement(By.tagName("h1")).getText())
                        .isEqualTo("Which column is which");
                assertThat(browser.driver.findElement(By.tagName("main")).getText())
                        .as("the first rows, as read")
                        .contains("Read as UTF-8, columns separated by comma")
                        .contains("Day trips");
                assertThat(browser.seriousAccessibilityProblems()).isEmpty();
                browser.screenshot("adults-columns" + (javascript ? "" : "-without-javascript"));
                browser.driver
                        .findElement(By.cssSelector("label[for='rowHandling-2']"))
                        .click();
                browser.clickAndWait(By.xpath("//main//button[normalize-space()='Import']"));
                // The import runs in the background: the page shows progress, then the result (or, as two cases
                // would replace the demo's 600, asks the person to confirm first).
                var confirm = By.xpath("//button[starts-with(normalize-space(), 'Confirm:')]");
                var result = By.cssSelector(".govuk-panel__title");
                new WebDriverWait(browser.driver, Duration.ofSeconds(20), Duration.ofMillis(200)).until(d -> {
                    if (d.findElements(result).isEmpty()
                            && d.findElements(confirm).isEmpty()) {
                        if (!javascript) {
                            d.navigate().refresh();
                        }
                        return false;
                    }
                    return true;
                });
                if (!browser.driver.findElements(confirm).isEmpty()) {
                    assertThat(browser.seriousAccessibilityProblems()).isEmpty();
                    browser.screenshot("adults-confirm" + (javascript ? "" : "-without-javascript"));
                    browser.clickAndWait(confirm);
                }
                assertThat(browser.driver
                                .findElement(By.cssSelector(".govuk-panel__title"))
                                .getText())
                        .isEqualTo("Imported");
                assertThat(browser.driver.findElement(By.tagName("main")).getText())
                        .contains("Day trips");
                assertThat(browser.seriousAccessibilityProblems()).isEmpty();
                browser.screenshot("adults-imported" + (javascript ? "" : "-without-javascript"));
            }
        }
        Files.delete(csv);
    }

    /**
     * A QA lead opens a threshold from the indicators page without JavaScript, is told by name what is wrong with an
     * empty number, and saves the standard as it was (nothing changes for the crawls running beside this test).
     */
    @Test
    void aThresholdIsCheckedAndSavedWithoutJavaScript() throws Exception {
        try (var browser = new Browser(base(), false)) {
            browser.signIn("qa.lead");
            browser.open("/register/indicators");
            browser.clickAndWait(By.linkText("Change the thresholds"));
            assertThat(browser.driver.findElement(By.tagName("h1")).getText()).isEqualTo("Indicator thresholds");
            browser.clickAndWait(By.cssSelector("a[href='/register/indicators/thresholds/cp-visits']"));
            var amount = browser.driver.findElement(By.id("amount"));
            var was = amount.getAttribute("value");
            amount.clear();
            browser.clickAndWait(By.cssSelector("main form button[type=submit]"));
            assertThat(browser.driver
                            .findElement(By.cssSelector(".govuk-error-summary"))
                            .getText())
                    .contains("Enter a whole number for “Child protection visits are due within”");
            assertThat(browser.seriousAccessibilityProblems()).isEmpty();
            browser.screenshot("indicator-threshold-error");
            browser.driver.findElement(By.id("amount")).sendKeys(was);
            browser.clickAndWait(By.cssSelector("main form button[type=submit]"));
            assertThat(browser.path()).isEqualTo("/register/indicators/thresholds");
            assertThat(browser.driver.findElement(By.tagName("main")).getText()).contains("nothing changed");
            browser.open("/register/indicators/over-time");
            assertThat(browser.seriousAccessibilityProblems()).isEmpty();
            browser.screenshot("indicators-over-time");
        }
    }

    /** Draft templates are never in the demo (its templates are published), so the crawl cannot reach them. */
    @Test
    void aDraftTemplateIsBuiltQuestionByQuestionWithAndWithoutJavaScript() throws Exception {
        for (boolean javascript : new boolean[] {true, false}) {
            var suffix = javascript ? "" : "-without-javascript";
            try (var browser = new Browser(base(), javascript)) {
                browser.signIn("qa.lead");
                browser.open("/audit/templates/new");
                browser.driver.findElement(By.id("name")).sendKeys("Browser test template " + System.nanoTime());
                browser.driver
                        .findElement(By.cssSelector("label[for='service']"))
                        .click();
                browser.clickAndWait(By.cssSelector("main form button[type=submit]"));
                assertThat(browser.path()).startsWith("/audit/templates/versions/");
                browser.driver.findElement(By.id("title")).sendKeys("Voice of the child");
                browser.clickAndWait(By.xpath("//button[normalize-space()='Add section']"));
                assertThat(browser.driver.findElement(By.tagName("main")).getText())
                        .contains("1. Voice of the child");
                assertThat(browser.seriousAccessibilityProblems()).isEmpty();
                browser.screenshot("template-draft" + suffix);
                browser.clickAndWait(By.linkText("Add a question"));
                browser.clickAndWait(By.cssSelector("main form button[type=submit]"));
                assertThat(browser.driver
                                .findElement(By.cssSelector(".govuk-error-summary"))
                                .getText())
                        .contains("Enter the question")
                        .contains("Select at least one standard the question tests")
                        .as("the only section is chosen already")
                        .doesNotContain("Select the section");
                assertThat(browser.seriousAccessibilityProblems()).isEmpty();
                browser.screenshot("question-errors" + suffix);
            }
        }
    }

    @Test
    void theFamiliesFormPassesAxeInEveryVersionAndIsSentWithoutJavaScript() throws Exception {
        // A week of the test's own: the demo's weeks are tested as the demo (DemoPracticeWeeksIT counts their
        // feedback).
        long week = new PracticeWeekFixture(context).week("Families form");
        var code = jdbc.sql("select feedback_code from practice_week where id = ?")
                .param(week)
                .query(String.class)
                .single();
        try (var browser = new Browser(base(), true)) {
            for (var version : List.of("", "?version=easy-read", "?version=children")) {
                browser.open("/f/" + code + version);
                assertThat(browser.seriousAccessibilityProblems())
                        .as("form%s", version)
                        .isEmpty();
            }
            browser.screenshot("family-form-children");
            browser.clickAndWait(By.cssSelector("main form button[type=submit]"));
            assertThat(browser.driver.getTitle()).startsWith("Error: ");
            assertThat(browser.seriousAccessibilityProblems()).isEmpty();
            browser.screenshot("family-form-errors");
        }
        try (var browser = new Browser(base(), false)) {
            browser.open("/f/" + code + "?version=easy-read");
            browser.driver.findElement(By.cssSelector("label[for='who-2']")).click();
            browser.driver.findElement(By.id("wentWell")).sendKeys("The worker came when she said she would.");
            browser.driver
                    .findElement(By.cssSelector("label[for='mayQuote-2']"))
                    .click();
            browser.driver.findElement(By.cssSelector("label[for='consent']")).click();
            // A person takes a few seconds; the form refuses anything faster as a robot.
            clock.advance(Duration.ofSeconds(4));
            browser.clickAndWait(By.cssSelector("main form button[type=submit]"));
            assertThat(browser.driver.findElement(By.tagName("h1")).getText()).isEqualTo("Thank you");
            assertThat(browser.seriousAccessibilityProblems()).isEmpty();
        }
        assertThat(jdbc.sql("select count(*) from family_feedback where went_well = ?")
                        .param("The worker came when she said she would.")
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }
}
