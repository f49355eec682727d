package org.praxis.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.praxis.practiceweek.PracticeWeekFixture;
import org.praxis.support.TestClockConfiguration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * Issue 13 §3 and §6 in a browser, with axe-core: the demo's action returned to its owner with its evidence file,
 * the filtered action list, placing a visitor by hand, changing and deleting a week, and the easy read families'
 * form with its pictures. No serious or critical problem and no console error may remain. Saves the screenshots
 * the user guide shows.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestClockConfiguration.class)
class ActionsAndPracticeWeekInTheBrowserIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationContext context;

    @BeforeAll
    static void needsChromium() {
        Browser.assumeInstalled();
    }

    private String base() {
        return "http://localhost:" + port;
    }

    private static void passes(Browser browser, String what) {
        assertThat(browser.seriousAccessibilityProblems()).as(what).isEmpty();
        assertThat(browser.consoleErrors()).as(what).isEmpty();
    }

    @Test
    void theDemosReturnedActionAndTheFilteredListsPassAxe() throws Exception {
        long returned = jdbc.sql("select id from action_item where status = 'RETURNED' order by id")
                .query(Long.class)
                .list()
                .getFirst();
        try (var browser = new Browser(base(), true)) {
            browser.signIn("practitioner");
            browser.open("/actions/" + returned);
            assertThat(browser.driver.getPageSource())
                    .contains("Returned to its owner")
                    .contains("supervision-note.pdf");
            passes(browser, "the returned action");
            browser.screenshot("action-returned");
            browser.signOut();

            browser.signIn("qa.lead");
            browser.open("/actions/all?status=RETURNED&overdue=");
            assertThat(browser.driver.getPageSource()).contains("Add timescales and a contingency plan");
            passes(browser, "all actions, filtered");
            browser.screenshot("actions-filtered");
            browser.open("/actions/all?dueFrom.day=31&dueFrom.month=2&dueFrom.year=2027");
            assertThat(browser.driver.getTitle()).startsWith("Error: ");
            passes(browser, "all actions, a filter that is not a date");
        }
    }

    @Test
    void changingDeletingAndPlacingByHandPassAxe() throws Exception {
        var weeks = new PracticeWeekFixture(context);
        long week = weeks.leaderVisitsTheTeam("In the browser", PracticeWeekFixture.freshMondays(1));
        long slot = weeks.onlySlot(week);
        jdbc.sql("delete from visit_assignment where slot_id = ?").param(slot).update();
        try (var browser = new Browser(base(), true)) {
            browser.signIn("qa.lead");
            browser.open("/practice-week/" + week + "/timetable");
            assertThat(browser.driver.getPageSource())
                    .contains("Teams with no visit")
                    .contains("Place a visitor");
            passes(browser, "the timetable");
            browser.open("/practice-week/" + week + "/timetable/place?slot=" + slot + "&place=0");
            passes(browser, "placing a visitor");
            browser.clickAndWait(org.openqa.selenium.By.cssSelector("main form button[type=submit]"));
            assertThat(browser.driver.getTitle()).startsWith("Error: ");
            passes(browser, "placing a visitor, nobody chosen");
            browser.screenshot("place-by-hand-error");
            browser.open("/practice-week/" + week + "/edit");
            passes(browser, "changing the week");
            browser.open("/practice-week/" + week + "/delete");
            passes(browser, "deleting the week");
        }
    }

    @Test
    void theEasyReadFormShowsAPictureBesideEachQuestionAndPassesAxe() throws Exception {
        long week = new PracticeWeekFixture(context).week("Easy read pictures");
        var code = jdbc.sql("select feedback_code from practice_week where id = ?")
                .param(week)
                .query(String.class)
                .single();
        try (var browser = new Browser(base(), true)) {
            browser.open("/f/" + code + "?version=easy-read");
            var pictures = browser.driver.findElements(
                    org.openqa.selenium.By.cssSelector("img.praxis-picture-question__picture"));
            assertThat(pictures).hasSize(8);
            assertThat(pictures)
                    .allSatisfy(p -> assertThat(((Number) ((org.openqa.selenium.JavascriptExecutor) browser.driver)
                                            .executeScript("return arguments[0].naturalWidth", p))
                                    .intValue())
                            .as("the picture loaded")
                            .isPositive());
            passes(browser, "the easy read form");
            browser.screenshot("family-form-easy-read");
            browser.open("/f/" + code + "/thanks");
            assertThat(browser.driver.getPageSource()).contains("01632 960 123");
            passes(browser, "the thank-you page");
        }
    }
}
