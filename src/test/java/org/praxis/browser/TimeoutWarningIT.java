package org.praxis.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * The GOV.UK-style timeout warning, with the idle timeout shortened to seconds: it appears before the
 * session ends, "Stay signed in" keeps the session, and if nobody answers the person is signed out.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"praxis.session.idle-timeout=14s", "praxis.session.warning-before=9s"})
@ActiveProfiles("test")
class TimeoutWarningIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @BeforeAll
    static void needsChromium() {
        Browser.assumeInstalled();
    }

    @Test
    void warnsThenKeepsTheSessionOrSignsOut() throws Exception {
        try (var browser = new Browser("http://localhost:" + port, true)) {
            browser.signIn("manager");
            var dialog = By.id("timeout-warning");
            new WebDriverWait(browser.driver, Duration.ofSeconds(10))
                    .until(d -> d.findElement(dialog).isDisplayed());
            assertThat(browser.driver.findElement(dialog).getText()).contains("You’re about to be signed out");
            assertThat(browser.seriousAccessibilityProblems()).isEmpty();
            browser.screenshot("timeout-warning");

            browser.driver
                    .findElement(By.cssSelector("[data-timeout-action=stay]"))
                    .click();
            new WebDriverWait(browser.driver, Duration.ofSeconds(5))
                    .until(d -> !d.findElement(dialog).isDisplayed());
            assertThat(browser.path()).isEqualTo("/");

            // Nobody answers the second warning: the page signs itself out when the session ends.
            new WebDriverWait(browser.driver, Duration.ofSeconds(25))
                    .until(d -> d.getCurrentUrl().contains("/sign-in"));
            assertThat(browser.path()).isEqualTo("/sign-in?status=timed-out");
            assertThat(browser.driver
                            .findElement(By.cssSelector(".govuk-notification-banner"))
                            .getText())
                    .contains("You were signed out because you had not done anything for a while");
        }
    }

    @Test
    void withoutJavaScriptTheServerEndsTheIdleSession() throws Exception {
        try (var browser = new Browser("http://localhost:" + port, false)) {
            browser.signIn("manager");
            assertThat(browser.path()).isEqualTo("/");
            // Fifteen seconds pass without a request: the session's last use moves back past the 14 s idle timeout.
            jdbc.sql("""
                            update SPRING_SESSION set LAST_ACCESS_TIME = LAST_ACCESS_TIME - 15000,
                                EXPIRY_TIME = EXPIRY_TIME - 15000
                            where PRINCIPAL_NAME = 'manager'
                            """).update();
            browser.open("/organisation/staff");
            assertThat(browser.path()).isEqualTo("/sign-in");
        }
    }
}
