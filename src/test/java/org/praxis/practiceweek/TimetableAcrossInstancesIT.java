package org.praxis.practiceweek;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.praxis.support.DemoUsers;
import org.praxis.support.PraxisIntegrationTest;
import org.praxis.support.SecondInstance;
import org.praxis.web.Problem;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Two instances on one database: a timetable being built on one shows as being built on the other, which refuses to
 * start a second build and can stop it; a build whose instance stopped shows as stopped and can be started again at
 * once.
 */
@PraxisIntegrationTest
class TimetableAcrossInstancesIT {

    @Autowired
    Environment environment;

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers demo;

    @Autowired
    JdbcClient jdbc;

    private PracticeWeekFixture weeks;

    @Autowired
    void weeks(ApplicationContext context) {
        weeks = new PracticeWeekFixture(context);
    }

    /** A week of the test's own with slots and visitors enough to keep the solver busy for a while. */
    private long weekToTimetable(String name) {
        long week = weeks.week(name);
        for (int day = 0; day < 5; day++) {
            weeks.slot(week, PracticeWeekFixture.TEAM, Activity.TEAM_MEETING, day, "10:00", 2, false);
            weeks.slot(week, PracticeWeekFixture.OTHER_TEAM, Activity.OBSERVE_TRIAGE, day, "14:00", 2, false);
        }
        for (var username : List.of("leader", "visitor", "qa.lead")) {
            weeks.freeAllWeek(week, weeks.invite(week, username), 3);
        }
        return week;
    }

    private MockHttpServletRequestBuilder build(long week) {
        return post("/practice-week/" + week + "/timetable/solve")
                .with(csrf())
                .with(demo.as("qa.lead"))
                .param("seconds", "60");
    }

    private String page(MockMvc on, long week) throws Exception {
        return on.perform(get("/practice-week/" + week + "/timetable").with(demo.as("qa.lead")))
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private void stopAndAwaitTheTimetable(MockMvc on, long week) throws Exception {
        on.perform(
                post("/practice-week/" + week + "/timetable/stop").with(csrf()).with(demo.as("qa.lead")));
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(jdbc.sql("select solve_status from practice_week where id = ?")
                                .param(week)
                                .query(String.class)
                                .single())
                        .isEqualTo("SOLVED"));
    }

    @Test
    void aBuildOnOneInstanceIsSeenStoppedAndRefusedAgainOnTheOther() throws Exception {
        var second = SecondInstance.mvc(SecondInstance.on(environment));
        long week = weekToTimetable("Built on one instance");

        var started = mvc.perform(build(week)).andReturn().getFlashMap();
        assertThat(started.get("saved"))
                .isEqualTo("Building the timetable: the best so far shows below as it improves");

        assertThat(page(second, week)).contains("Building the timetable.").contains("Stop and keep the best so far");
        var again = second.perform(build(week)).andReturn().getFlashMap();
        assertThat(again.get("problems"))
                .isEqualTo(List.of(new Problem(null, "The timetable is already being built: wait for it, or stop it")));

        // Stopped from the second instance; the first, which is building it, keeps the best so far.
        stopAndAwaitTheTimetable(second, week);
        assertThat(page(mvc, week)).doesNotContain("Building the timetable.").contains("places filled");
    }

    @Test
    void aBuildWhoseInstanceStoppedCanBeStartedAgainAtOnce() throws Exception {
        var second = SecondInstance.mvc(SecondInstance.on(environment));
        long week = weekToTimetable("Built on an instance that stopped");
        // What an instance that was switched off in the middle of a build leaves behind: its last heartbeat is old.
        jdbc.sql("""
                        update practice_week set solve_status = 'SOLVING', solve_started_at = current_timestamp,
                            solve_limit_seconds = 300, solve_instance = 'an instance that was switched off',
                            solve_heartbeat_at = current_timestamp - interval '1' minute
                        where id = ?
                        """).param(week).update();

        for (var on : new MockMvc[] {mvc, second}) {
            assertThat(page(on, week))
                    .doesNotContain("Building the timetable.")
                    .contains("because the server building it stopped")
                    .contains("Build it again");
        }
        var restarted = second.perform(build(week)).andReturn().getFlashMap();
        assertThat(restarted.get("saved"))
                .isEqualTo("Building the timetable: the best so far shows below as it improves");
        assertThat(page(mvc, week)).contains("Building the timetable.");
        stopAndAwaitTheTimetable(mvc, week);
    }
}
