package org.praxis.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.praxis.audit.AuditFixture;
import org.praxis.audit.AuditProgrammes;
import org.praxis.support.DemoUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The audit form as an auditor uses it, with JavaScript: the form saves itself as they type, the status of the last
 * save stays in view, and pressing a button straight after the form saved itself is never taken for someone else's
 * save. Without JavaScript the same form posts as a plain form.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@ActiveProfiles("test")
class AuditFormInTheBrowserIT {

    @LocalServerPort
    int port;

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers demo;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AuditProgrammes programmes;

    @BeforeAll
    static void needsChromium() {
        Browser.assumeInstalled();
    }

    /** An audit of the test's own for the demo "leader", answered in full but for the family's view. */
    private long auditAnsweredButTheLastBox() throws Exception {
        long audit = AuditFixture.firstAudit(jdbc, AuditFixture.programme(programmes, jdbc, mvc, demo, 1));
        var answers = AuditFixture.complete(jdbc, audit);
        answers.remove("familyView");
        var request = post("/audit/audits/" + audit)
                .with(csrf())
                .with(demo.as("leader"))
                .param("action", "save")
                .param("lockVersion", String.valueOf(lock(audit)));
        answers.forEach(request::param);
        assertThat(mvc.perform(request).andReturn().getResponse().getRedirectedUrl())
                .isEqualTo("/audit/audits/" + audit);
        return audit;
    }

    private int lock(long audit) {
        return jdbc.sql("select lock_version from audit where id = :id")
                .param("id", audit)
                .query(Integer.class)
                .single();
    }

    private String status(long audit) {
        return jdbc.sql("select status from audit where id = :id")
                .param("id", audit)
                .query(String.class)
                .single();
    }

    @Test
    void typingWaitingForTheAutosaveThenSubmittingAtOnceSubmits() throws Exception {
        long audit = auditAnsweredButTheLastBox();
        try (var browser = new Browser("http://localhost:" + port, true)) {
            browser.signIn("leader");
            browser.open("/audit/audits/" + audit);
            var status = By.id("autosave-status");
            assertThat(browser.driver.findElement(status).getText()).startsWith("Last saved");
            assertThat(browser.driver.findElement(status).getAttribute("aria-live"))
                    .isEqualTo("polite");

            browser.driver.findElement(By.id("familyView")).sendKeys("She said the worker listens to her.");
            new WebDriverWait(browser.driver, Duration.ofSeconds(15))
                    .until(d -> d.findElement(status).getText().startsWith("Saved at"));
            // The status stays in the window wherever the auditor is in the long form, not only at its foot.
            ((org.openqa.selenium.JavascriptExecutor) browser.driver)
                    .executeScript("document.querySelector('main form h2').scrollIntoView()");
            assertThat(inView(browser, status))
                    .as("the save status is in the window at the form's first section")
                    .isTrue();
            browser.screenshot("audit-form-saved-status");

            // Leaving the box saves again (its autosave) as the form is sent: the form's own saves never conflict.
            browser.clickAndWait(By.cssSelector("button[name=action][value=submit]"));
            assertThat(browser.driver.findElement(By.tagName("main")).getText())
                    .doesNotContain("after you opened it")
                    .contains("Audit submitted");
            assertThat(browser.path()).isEqualTo("/audit");
            assertThat(browser.consoleErrors()).as("errors in the console").isEmpty();
        }
        assertThat(status(audit)).isEqualTo("SUBMITTED");
        assertThat(jdbc.sql("select family_view from audit where id = :id")
                        .param("id", audit)
                        .query(String.class)
                        .single())
                .isEqualTo("She said the worker listens to her.");
    }

    @Test
    void theFormOpensWithoutConsoleErrorsAndPassesAxe() throws Exception {
        long audit = auditAnsweredButTheLastBox();
        try (var browser = new Browser("http://localhost:" + port, true)) {
            browser.signIn("leader");
            browser.open("/audit/audits/" + audit);
            assertThat(browser.consoleErrors())
                    .as("errors in the console, such as a Content Security Policy refusal of htmx's inline style")
                    .isEmpty();
            assertThat(browser.seriousAccessibilityProblems()).isEmpty();
        }
    }

    @Test
    void withoutJavaScriptTheStatusShowsTheLastSaveAndTheFormPostsAsItIs() throws Exception {
        long audit = auditAnsweredButTheLastBox();
        try (var browser = new Browser("http://localhost:" + port, false)) {
            browser.signIn("leader");
            browser.open("/audit/audits/" + audit);
            assertThat(browser.driver.findElement(By.id("autosave-status")).getText())
                    .startsWith("Last saved")
                    .contains("by ");
            browser.driver.findElement(By.id("familyView")).sendKeys("He said he felt heard.");
            browser.clickAndWait(By.cssSelector("button[name=action][value=save]"));
            assertThat(browser.driver.findElement(By.tagName("main")).getText())
                    .contains("Saved. You can come back to this audit from any device.");
            browser.clickAndWait(By.cssSelector("button[name=action][value=submit]"));
            assertThat(browser.path()).isEqualTo("/audit");
        }
        assertThat(status(audit)).isEqualTo("SUBMITTED");
    }

    private static boolean inView(Browser browser, By target) {
        return (Boolean) ((org.openqa.selenium.JavascriptExecutor) browser.driver)
                .executeScript(
                        "const r = arguments[0].getBoundingClientRect();"
                                + " return r.top >= 0 && r.bottom <= window.innerHeight;",
                        browser.driver.findElement(target));
    }
}
