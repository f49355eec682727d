package org.praxis.practiceweek;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.praxis.support.DemoUsers;
import org.praxis.support.PraxisIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Setting up a week, offering slots, giving availability, building the timetable, pinning and calendars. */
@PraxisIntegrationTest
class PracticeWeekIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers demo;

    @Autowired
    JdbcClient jdbc;

    private long comingWeek() {
        return jdbc.sql(
                        "select id from practice_week where first_day > current_date order by id fetch first 1 rows only")
                .query(Long.class)
                .single();
    }

    private LocalDate firstDay(long week) {
        return jdbc.sql("select first_day from practice_week where id = ?")
                .param(week)
                .query(LocalDate.class)
                .single();
    }

    private long teamId(String name) {
        return jdbc.sql("select id from team where name = ?")
                .param(name)
                .query(Long.class)
                .single();
    }

    private long count(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }

    private MockHttpServletResponse perform(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse();
    }

    private Object flash(MockHttpServletRequestBuilder request, String key) throws Exception {
        return mvc.perform(request).andReturn().getFlashMap().get(key);
    }

    private MockHttpServletRequestBuilder slot(
            long week, String user, LocalDate day, String activity, String capacity) {
        return post("/practice-week/" + week + "/slots/new")
                .with(csrf())
                .with(demo.as(user))
                .param("teamId", String.valueOf(teamId("Child Protection Team East")))
                .param("activity", activity)
                .param("day.day", String.valueOf(day.getDayOfMonth()))
                .param("day.month", String.valueOf(day.getMonthValue()))
                .param("day.year", String.valueOf(day.getYear()))
                .param("startTime", "10:00")
                .param("minutes", "90")
                .param("location", "Eastside Hub")
                .param("capacity", capacity)
                .param("caseData", "no");
    }

    @Test
    void aWeekWithBadDatesOrNoServiceAreaIsRefusedNamingTheFields() throws Exception {
        long before = count("select count(*) from practice_week");
        var response = perform(post("/practice-week/new")
                .with(csrf())
                .with(demo.as("qa.lead"))
                .param("name", "")
                .param("firstDay.day", "10")
                .param("firstDay.month", "6")
                .param("firstDay.year", "2030")
                .param("lastDay.day", "7")
                .param("lastDay.month", "6")
                .param("lastDay.year", "2030")
                .param("slotsDue.day", "1")
                .param("slotsDue.month", "5")
                .param("slotsDue.year", "2030")
                .param("availabilityDue.day", "31")
                .param("availabilityDue.month", "2")
                .param("availabilityDue.year", "2030"));
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentAsString())
                .contains("There is a problem")
                .contains("<a href=\"#name\">Enter the week&#39;s name</a>")
                .contains("The last day must be the same as or after the first day")
                .contains("<a href=\"#availabilityDue\">")
                .contains("Choose at least one service area");
        assertThat(count("select count(*) from practice_week")).isEqualTo(before);
    }

    @Test
    void managersOfferSlotsForTheirOwnTeamOnlyAndBadSlotsAreRefused() throws Exception {
        long week = comingWeek();
        var day = firstDay(week).plusDays(1);
        long before = count("select count(*) from visit_slot where week_id = ?", week);

        var noPlaces = perform(slot(week, "manager", day, "TEAM_MEETING", "0"));
        assertThat(noPlaces.getContentAsString()).contains("The number of visitors must be between 1 and 20");
        var noConsent = perform(slot(week, "manager", day, "MEET_FAMILY", "1"));
        assertThat(noConsent.getContentAsString())
                .contains(
                        "Confirm the family has agreed to meet a visitor: without their consent, the slot cannot be offered");
        var outsideTheWeek = perform(slot(week, "manager", day.plusWeeks(2), "TEAM_MEETING", "2"));
        assertThat(outsideTheWeek.getContentAsString()).contains("The slot must be during the week");
        var otherTeam = perform(
                slot(week, "manager", day, "TEAM_MEETING", "2").param("teamId", String.valueOf(teamId("MASH"))));
        assertThat(otherTeam.getContentAsString()).contains("Choose the team offering the slot");
        assertThat(count("select count(*) from visit_slot where week_id = ?", week))
                .as("nothing written")
                .isEqualTo(before);

        var offered = perform(slot(week, "manager", day, "MEET_FAMILY", "1").param("familyConsent", "yes"));
        assertThat(offered.getRedirectedUrl()).isEqualTo("/practice-week/" + week + "/slots");
        assertThat(count("select count(*) from visit_slot where week_id = ? and family_consent = true", week))
                .isGreaterThanOrEqualTo(2);

        assertThat(perform(get("/practice-week/" + week + "/slots/new").with(demo.as("practitioner")))
                        .getStatus())
                .isEqualTo(403);
        assertThat(perform(get("/practice-week/" + week + "/slots").with(demo.as("visitor")))
                        .getStatus())
                .isEqualTo(403);
    }

    @Test
    void aVisitorSaysWhenTheyAreFreeAndNonsenseIsRefused() throws Exception {
        long week = comingWeek();
        var monday = firstDay(week);
        assertThat(count(
                        "select count(*) from week_visitor v join user_account u on u.id = v.user_id"
                                + " where v.week_id = ? and u.username = 'visitor' and v.answered_at is null",
                        week))
                .as("the demo visitor has not answered yet")
                .isEqualTo(1);
        var nothingFree = perform(post("/practice-week/" + week + "/availability")
                .with(csrf())
                .with(demo.as("visitor"))
                .param("maxVisits", "3"));
        assertThat(nothingFree.getContentAsString()).contains("Choose when you are free, or enter 0 visits");
        var outside = perform(post("/practice-week/" + week + "/availability")
                .with(csrf())
                .with(demo.as("visitor"))
                .param("halfDays", monday.minusDays(3) + "-AM")
                .param("maxVisits", "3"));
        assertThat(outside.getContentAsString()).contains("Choose half-days during the week");

        var answered = perform(post("/practice-week/" + week + "/availability")
                .with(csrf())
                .with(demo.as("visitor"))
                .param("halfDays", monday + "-AM", monday.plusDays(2) + "-PM")
                .param("maxVisits", "2")
                .param("activities", "MEET_FAMILY"));
        assertThat(answered.getRedirectedUrl()).isEqualTo("/practice-week/" + week);
        assertThat(count(
                        "select count(*) from week_visitor_half_day h join week_visitor v on v.id = h.week_visitor_id"
                                + " join user_account u on u.id = v.user_id where v.week_id = ? and u.username = 'visitor'",
                        week))
                .isEqualTo(2);
        assertThat(perform(get("/practice-week/" + week + "/availability").with(demo.as("leader")))
                        .getStatus())
                .as("the leader is in the week too")
                .isEqualTo(200);
        assertThat(perform(get("/practice-week/" + week + "/availability").with(demo.as("manager")))
                        .getStatus())
                .isEqualTo(403);
    }

    private void solveAndWait(long week, String seconds) throws Exception {
        var started = perform(post("/practice-week/" + week + "/timetable/solve")
                .with(csrf())
                .with(demo.as("qa.lead"))
                .param("seconds", seconds));
        assertThat(started.getRedirectedUrl()).isEqualTo("/practice-week/" + week + "/timetable");
        for (int i = 0; i < 100; i++) {
            var status = jdbc.sql("select solve_status from practice_week where id = ?")
                    .param(week)
                    .query(String.class)
                    .single();
            if (!status.equals("SOLVING")) {
                assertThat(status).isEqualTo("SOLVED");
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("The timetable was not built in 20 s");
    }

    @Test
    void theTimetableKeepsTheRulesKeepsPinsAndGivesCalendars() throws Exception {
        long week = comingWeek();
        assertThat(flash(
                        post("/practice-week/" + week + "/timetable/solve")
                                .with(csrf())
                                .with(demo.as("qa.lead"))
                                .param("seconds", "1000"),
                        "problem"))
                .isEqualTo("The time limit must be a whole number of seconds from 5 to 300");
        solveAndWait(week, "5");

        assertThat(count(
                        "select count(*) from visit_assignment a join visit_slot s on s.id = a.slot_id where s.week_id = ?",
                        week))
                .isPositive();
        assertThat(count("""
                        select count(*) from visit_assignment a join visit_slot s on s.id = a.slot_id
                        where s.week_id = ? and not exists (
                            select 1 from week_visitor_half_day h where h.week_visitor_id = a.week_visitor_id
                            and h.free_day = cast(s.starts_at as date)
                            and h.afternoon = (extract(hour from s.starts_at) >= 12))
                        """, week)).as("nobody placed when not free").isZero();
        assertThat(count("""
                        select count(*) from visit_assignment a join visit_slot s on s.id = a.slot_id
                        join week_visitor v on v.id = a.week_visitor_id
                        where s.week_id = ? and s.case_data = true and v.cleared = false
                        """, week)).as("nobody uncleared on case data").isZero();

        var page = perform(get("/practice-week/" + week + "/timetable").with(demo.as("qa.lead")))
                .getContentAsString();
        assertThat(page).contains("places filled").contains("Pin");

        var pinned = jdbc.sql("""
                        select a.slot_id, a.place, a.week_visitor_id from visit_assignment a
                        join visit_slot s on s.id = a.slot_id where s.week_id = ? order by a.slot_id
                        fetch first 1 rows only
                        """)
                .param(week)
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)})
                .single();
        assertThat(flash(
                        post("/practice-week/" + week + "/timetable/pin")
                                .with(csrf())
                                .with(demo.as("qa.lead"))
                                .param("slot", String.valueOf(pinned[0]))
                                .param("place", String.valueOf(pinned[1]))
                                .param("pinned", "true"),
                        "saved"))
                .isEqualTo("Pinned: solving again keeps it");
        solveAndWait(week, "5");
        assertThat(jdbc.sql(
                                "select week_visitor_id from visit_assignment where slot_id = ? and place = ? and pinned = true")
                        .params(pinned[0], pinned[1])
                        .query(Long.class)
                        .single())
                .isEqualTo(pinned[2]);

        var leaderVisits = count("""
                        select count(*) from visit_assignment a join visit_slot s on s.id = a.slot_id
                        join week_visitor v on v.id = a.week_visitor_id join user_account u on u.id = v.user_id
                        where s.week_id = ? and u.username = 'leader'
                        """, week);
        var calendar = perform(get("/practice-week/" + week + "/my-visits.ics").with(demo.as("leader")));
        assertThat(calendar.getContentType()).startsWith("text/calendar");
        assertThat(calendar.getContentAsString()).startsWith("BEGIN:VCALENDAR");
        assertThat(calendar.getContentAsString().split("BEGIN:VEVENT", -1)).hasSize((int) leaderVisits + 1);
        assertThat(perform(get("/practice-week/" + week + "/my-visits").with(demo.as("leader")))
                        .getStatus())
                .isEqualTo(200);
        assertThat(perform(get("/practice-week/" + week + "/my-visits").with(demo.as("manager")))
                        .getStatus())
                .isEqualTo(403);

        var team = perform(get("/practice-week/" + week + "/team-visits").with(demo.as("manager")));
        assertThat(team.getContentAsString()).contains("Visitors to Child Protection Team East");
        var teamCalendar =
                perform(get("/practice-week/" + week + "/team-visits.ics").with(demo.as("manager")));
        assertThat(teamCalendar.getContentAsString()).startsWith("BEGIN:VCALENDAR");
        assertThat(perform(get("/practice-week/" + week + "/timetable").with(demo.as("practitioner")))
                        .getStatus())
                .isEqualTo(403);
    }
}
