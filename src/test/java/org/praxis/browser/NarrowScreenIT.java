package org.praxis.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The case register on a 320 px wide screen (WCAG 1.4.10 reflow): the page never scrolls sideways, its wide table
 * scrolls in its own container, and every part of the page, the phase banner too, is inside a landmark.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class NarrowScreenIT {

    @LocalServerPort
    int port;

    @BeforeAll
    static void needsChromium() {
        Browser.assumeInstalled();
    }

    @Test
    void theRegisterFitsA320PixelScreen() throws Exception {
        try (var browser = new Browser("http://localhost:" + port, true)) {
            browser.signIn("qa.lead");
            browser.driver.manage().window().setSize(new Dimension(320, 1000));
            browser.open("/register");
            var js = (JavascriptExecutor) browser.driver;
            long page = (Long) js.executeScript("return document.documentElement.scrollWidth");
            long window = (Long) js.executeScript("return document.documentElement.clientWidth");
            assertThat(page).as("the page's width against the window's").isLessThanOrEqualTo(window);
            assertThat((Boolean) js.executeScript("const t = document.querySelector('.praxis-table-scroll');"
                            + " return t.scrollWidth > t.clientWidth;"))
                    .as("the table scrolls inside its container")
                    .isTrue();
            assertThat(browser.accessibilityProblems("region", "scrollable-region-focusable"))
                    .isEmpty();
            assertThat(browser.seriousAccessibilityProblems()).isEmpty();
            browser.screenshot("register-320");
        }
    }

    /**
     * Findings over time at 320 px: the page does not scroll sideways; the chart keeps a readable size and scrolls in
     * its own focusable region, and the table beneath gives the same figures.
     */
    @Test
    void findingsOverTimeFitA320PixelScreen() throws Exception {
        try (var browser = new Browser("http://localhost:" + port, true)) {
            browser.signIn("qa.lead");
            browser.driver.manage().window().setSize(new Dimension(320, 1000));
            browser.open("/audit/findings");
            var js = (JavascriptExecutor) browser.driver;
            long page = (Long) js.executeScript("return document.documentElement.scrollWidth");
            long window = (Long) js.executeScript("return document.documentElement.clientWidth");
            assertThat(page).as("the page's width against the window's").isLessThanOrEqualTo(window);
            assertThat((Long) js.executeScript("return document.querySelector('.praxis-chart img').clientWidth"))
                    .as("the chart is not squeezed to the screen's width, where its labels could not be read")
                    .isGreaterThan(window);
            assertThat(browser.accessibilityProblems("region", "scrollable-region-focusable"))
                    .isEmpty();
            assertThat(browser.seriousAccessibilityProblems()).isEmpty();
            browser.screenshot("findings-over-time-320");
        }
    }

    /** Everyone's menu, the QA lead's and the administrator's the longest, is one row on a 1280 px screen. */
    @Test
    void theMenuIsOneRowAt1280Pixels() throws Exception {
        for (var user : new String[] {"qa.lead", "admin", "leader", "manager"}) {
            try (var browser = new Browser("http://localhost:" + port, true)) {
                browser.signIn(user);
                browser.driver.manage().window().setSize(new Dimension(1280, 900));
                browser.open("/");
                var js = (JavascriptExecutor) browser.driver;
                long rows = (Long) js.executeScript("return new Set([...document.querySelectorAll("
                        + "'#navigation > li')].map(li => li.getBoundingClientRect().top)).size;");
                assertThat(rows).as(user + "'s menu rows").isEqualTo(1);
            }
        }
    }
}
