package org.praxis.practiceweek;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.praxis.support.DemoUsers;
import org.praxis.support.PraxisIntegrationTest;
import org.praxis.support.TestClock;
import org.praxis.web.Problem;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Setting up a week, offering slots, giving availability, building the timetable, pinning and calendars. */
@PraxisIntegrationTest
@RecordApplicationEvents
class PracticeWeekIT {

    @Autowired
    TestClock clock;

    @Autowired
    ApplicationEvents events;

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

    private LocalDate firstDay(long week) {
        return weeks.monday(week);
    }

    private long teamId(String name) {
        return weeks.teamId(name);
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
                .param("teamId", String.valueOf(teamId(PracticeWeekFixture.TEAM)))
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
                .contains("<a href=\"#availabilityDue\">Availability given by must be a real date</a>")
                .contains("Choose at least one service area")
                .as("in the page's order, the date checks the controller makes in their places")
                .containsSubsequence(
                        "href=\"#name\"",
                        "<a href=\"#lastDay\">The last day must be the same as or after the first day</a>",
                        "href=\"#availabilityDue\"",
                        "<a href=\"#serviceAreaIds\">Choose at least one service area</a>");
        assertThat(count("select count(*) from practice_week")).isEqualTo(before);
    }

    @Test
    void managersOfferSlotsForTheirOwnTeamOnlyAndBadSlotsAreRefused() throws Exception {
        long week = weeks.week("Slots offered");
        var day = firstDay(week).plusDays(1);

        var badSlot = perform(post("/practice-week/" + week + "/slots/new")
                .with(csrf())
                .with(demo.as("manager"))
                .param("activity", "MEET_FAMILY")
                .param("day.day", String.valueOf(day.getDayOfMonth()))
                .param("day.month", String.valueOf(day.getMonthValue()))
                .param("day.year", "30")
                .param("startTime", "half past ten")
                .param("location", " ")
                .param("capacity", "0"));
        assertThat(badSlot.getContentAsString())
                .as("every problem, in the page's order, the team and consent (checked by the controller) in place")
                .containsSubsequence(
                        "<a href=\"#teamId\">Choose the team offering the slot</a>",
                        "<a href=\"#day\">Year must include 4 numbers</a>",
                        "<a href=\"#startTime\">Enter the start time as hours and minutes, like 9:30 or 14:00</a>",
                        "<a href=\"#minutes\">Enter how many minutes the visit lasts</a>",
                        "<a href=\"#location\">Enter where the visit takes place</a>",
                        "<a href=\"#capacity\">The number of visitors must be between 1 and 20</a>",
                        "<a href=\"#familyConsent\">Confirm the family has agreed")
                .contains("value=\"half past ten\"");
        var noPlaces = perform(slot(week, "manager", day, "TEAM_MEETING", "0"));
        assertThat(noPlaces.getContentAsString()).contains("The number of visitors must be between 1 and 20");
        var noConsent = perform(slot(week, "manager", day, "MEET_FAMILY", "1"));
        assertThat(noConsent.getContentAsString())
                .contains(
                        "Confirm the family has agreed to meet a visitor: without their consent, the slot cannot be offered");
        var outsideTheWeek = perform(slot(week, "manager", day.plusWeeks(2), "TEAM_MEETING", "2"));
        assertThat(outsideTheWeek.getContentAsString()).contains("The slot must be during the week");
        var otherTeam = perform(slot(week, "manager", day, "TEAM_MEETING", "2")
                .param("teamId", String.valueOf(teamId(PracticeWeekFixture.OTHER_TEAM))));
        assertThat(otherTeam.getContentAsString())
                .as("another team taking part in the week")
                .contains("Choose the team offering the slot");
        assertThat(count("select count(*) from visit_slot where week_id = ?", week))
                .as("nothing written")
                .isZero();

        var offered = perform(slot(week, "manager", day, "MEET_FAMILY", "1").param("familyConsent", "yes"));
        assertThat(offered.getRedirectedUrl()).isEqualTo("/practice-week/" + week + "/slots");
        assertThat(count(
                        "select count(*) from visit_slot s join team t on t.id = s.team_id"
                                + " where s.week_id = ? and s.family_consent = true and t.name = ?",
                        week,
                        PracticeWeekFixture.TEAM))
                .isEqualTo(1);

        assertThat(perform(get("/practice-week/" + week + "/slots/new").with(demo.as("practitioner")))
                        .getStatus())
                .isEqualTo(403);
        assertThat(perform(get("/practice-week/" + week + "/slots").with(demo.as("visitor")))
                        .getStatus())
                .isEqualTo(403);
    }

    @Test
    void aVisitorSaysWhenTheyAreFreeAndNonsenseIsRefused() throws Exception {
        long week = weeks.week("Availability");
        weeks.invite(week, "visitor");
        weeks.invite(week, "leader");
        var monday = firstDay(week);
        var nothingFree = perform(post("/practice-week/" + week + "/availability")
                .with(csrf())
                .with(demo.as("visitor"))
                .param("maxVisits", "3"));
        assertThat(nothingFree.getContentAsString()).contains("Choose when you are free, or enter 0 visits");
        var tooMany = perform(post("/practice-week/" + week + "/availability")
                .with(csrf())
                .with(demo.as("visitor"))
                .param("halfDays", monday + "-AM")
                .param("maxVisits", "21"));
        assertThat(tooMany.getContentAsString())
                .contains("<a href=\"#maxVisits\">The number of visits must be between 0 and 20</a>");
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
        var finished = await().atMost(Duration.ofSeconds(20))
                .pollInterval(Duration.ofMillis(200))
                .until(
                        () -> jdbc.sql("select solve_status from practice_week where id = ?")
                                .param(week)
                                .query(String.class)
                                .single(),
                        status -> !status.equals("SOLVING"));
        assertThat(finished).as("the timetable is built").isEqualTo("SOLVED");
    }

    @Test
    void theTimetableKeepsTheRulesKeepsPinsAndGivesCalendars() throws Exception {
        long week = weeks.week("Timetabled");
        weeks.slot(week, PracticeWeekFixture.TEAM, Activity.TEAM_MEETING, 0, "10:00", 2, false);
        weeks.slot(week, PracticeWeekFixture.TEAM, Activity.CASE_DISCUSSION, 1, "10:00", 2, true);
        weeks.slot(week, PracticeWeekFixture.OTHER_TEAM, Activity.OBSERVE_TRIAGE, 2, "14:00", 2, false);
        weeks.freeAllWeek(week, weeks.invite(week, "leader"), 2);
        weeks.invite(week, "visitor");
        var monday = firstDay(week);
        // Free only on Tuesday morning, for case data they are not cleared to see, and on Wednesday afternoon.
        assertThat(perform(post("/practice-week/" + week + "/availability")
                                .with(csrf())
                                .with(demo.as("visitor"))
                                .param("halfDays", monday.plusDays(1) + "-AM", monday.plusDays(2) + "-PM")
                                .param("maxVisits", "2")
                                .param("activities", "CASE_DISCUSSION"))
                        .getRedirectedUrl())
                .isEqualTo("/practice-week/" + week);
        assertThat(flash(
                        post("/practice-week/" + week + "/timetable/solve")
                                .with(csrf())
                                .with(demo.as("qa.lead"))
                                .param("seconds", "1000"),
                        "problems"))
                .isEqualTo(List.of(
                        new Problem("seconds", "The time limit must be a whole number of seconds from 5 to 300")));
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
        assertThat(leaderVisits).as("the leader, free all week, is placed").isPositive();
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

    @Test
    void visitorsRecordTheirVisitsTheTeamSeesThemAndSuggestedActionsBecomeActions() throws Exception {
        long week = weeks.leaderVisitsTheTeam("Visits recorded", PracticeWeekFixture.freshMondays(1));
        long slot = weeks.onlySlot(week);
        var url = "/practice-week/" + week + "/visits/" + slot + "/record";
        assertThat(perform(get(url).with(demo.as("visitor"))).getStatus())
                .as("not the visitor's visit")
                .isIn(403);
        long before = count("select count(*) from visit_record where slot_id = ?", slot);
        var missing = perform(post(url)
                .with(csrf())
                .with(demo.as("leader"))
                .param("version", "-1")
                .param("submit", "yes")
                .param("whatTheySaw", ""));
        assertThat(missing.getContentAsString())
                .containsSubsequence(
                        "<a href=\"#whatTheySaw\">Enter what you saw</a>",
                        "<a href=\"#wentWell\">Enter what went well</a>",
                        "<a href=\"#couldBeBetter\">Enter what could be better</a>");
        var tooLong = perform(post(url)
                .with(csrf())
                .with(demo.as("leader"))
                .param("version", "-1")
                .param("whatTheySaw", "x".repeat(10_001)));
        assertThat(tooLong.getContentAsString()).contains("What you saw must be 10,000 characters or fewer");
        assertThat(count("select count(*) from visit_record where slot_id = ?", slot))
                .as("nothing kept")
                .isEqualTo(before);

        var sent = perform(post(url)
                .with(csrf())
                .with(demo.as("leader"))
                .param("version", "-1")
                .param("submit", "yes")
                .param("whatTheySaw", "<script>alert('saw')</script> A calm, careful team meeting.")
                .param("wentWell", "Everyone knew the children's plans.")
                .param("couldBeBetter", "Supervision had slipped.")
                .param("themes", "supervision")
                .param("suggestedActions", "Book supervision for the quarter\n\nShare the plan template"));
        assertThat(sent.getRedirectedUrl()).isEqualTo("/practice-week/" + week + "/my-visits");
        assertThat(events.stream(VisitRecordSent.class).filter(e -> e.slotId() == slot))
                .as("sent once, to the QA lead")
                .hasSize(1);
        var stale = perform(post(url)
                .with(csrf())
                .with(demo.as("leader"))
                .param("version", "-1")
                .param("whatTheySaw", "A second go"));
        assertThat(stale.getContentAsString()).contains("Someone saved this record after you opened it");

        var teamPage = perform(get("/practice-week/" + week + "/team-feedback").with(demo.as("practitioner")))
                .getContentAsString();
        assertThat(teamPage)
                .contains("Everyone knew the children&#39;s plans.")
                .contains("&lt;script&gt;alert(&#39;saw&#39;)&lt;/script&gt;")
                .doesNotContain("<script>alert('saw')");
        assertThat(perform(get("/practice-week/" + week + "/team-feedback").with(demo.as("visitor")))
                        .getStatus())
                .isEqualTo(403);

        long suggestion = jdbc.sql("""
                        select a.id from visit_suggested_action a join visit_record r on r.id = a.record_id
                        where r.slot_id = ? and a.title = 'Book supervision for the quarter'
                        """).param(slot).query(Long.class).single();
        var acceptPage = "/practice-week/" + week + "/records/suggestions/" + suggestion + "/accept";
        assertThat(perform(get(acceptPage).with(demo.as("qa.lead"))).getContentAsString())
                .contains("Accept the suggested action")
                .contains("Book supervision for the quarter");
        long practitioner = count("select id from user_account where username = 'practitioner'");
        var due = LocalDate.now().plusWeeks(5);
        var noOwner = perform(
                        post(acceptPage).with(csrf()).with(demo.as("qa.lead")).param("priority", "HIGH"))
                .getContentAsString();
        assertThat(noOwner).contains("Choose who owns the action").contains("Enter the due date");
        assertThat(flash(
                        post(acceptPage)
                                .with(csrf())
                                .with(demo.as("qa.lead"))
                                .param("owner", String.valueOf(practitioner))
                                .param("due.day", String.valueOf(due.getDayOfMonth()))
                                .param("due.month", String.valueOf(due.getMonthValue()))
                                .param("due.year", String.valueOf(due.getYear()))
                                .param("priority", "HIGH"),
                        "saved"))
                .asString()
                .startsWith("Action raised");
        assertThat(count(
                        "select count(*) from action_item i join visit_suggested_action a on a.action_id = i.id"
                                + " join user_account u on u.id = i.owner_user_id"
                                + " where a.id = ? and i.source = 'PRACTICE_WEEK' and u.username = 'practitioner'"
                                + " and i.due_date = ? and i.priority = 'HIGH'"
                                + " and i.raised_by_user_id = (select id from user_account where username = 'qa.lead')",
                        suggestion,
                        due))
                .as("raised with the owner, due date and priority the QA lead chose, as theirs")
                .isEqualTo(1);
        assertThat(flash(
                        post("/practice-week/" + week + "/records/suggestions/" + suggestion + "/decline")
                                .with(csrf())
                                .with(demo.as("qa.lead")),
                        "problems"))
                .isEqualTo(List.of(new Problem(null, "That suggestion has already been decided")));
        var noFeedback = perform(post("/practice-week/" + week + "/staff-feedback")
                .with(csrf())
                .with(demo.as("practitioner"))
                .param("workedWell", " "));
        assertThat(noFeedback.getContentAsString())
                .contains("<a href=\"#workedWell\">Tell us what worked well or what could be better</a>");
        assertThat(perform(get("/practice-week/" + week + "/records").with(demo.as("qa.lead")))
                        .getContentAsString())
                .contains("Book supervision for the quarter")
                .contains("Accepted");
    }

    private String feedbackCode(long week) {
        return jdbc.sql("select feedback_code from practice_week where id = ?")
                .param(week)
                .query(String.class)
                .single();
    }

    private static String stampIn(String page) {
        var at = page.indexOf("name=\"stamp\" value=\"");
        return page.substring(at + 20, page.indexOf('"', at + 20));
    }

    private String freshStamp(String code) throws Exception {
        return stampIn(perform(get("/f/" + code)).getContentAsString());
    }

    private MockHttpServletRequestBuilder feedback(String code, String stamp, String address) {
        return post("/f/" + code)
                .with(csrf())
                .with(request -> {
                    request.setRemoteAddr(address);
                    return request;
                })
                .param("version", "STANDARD")
                .param("stamp", stamp)
                .param("who", "PARENT_OR_CARER")
                .param("wentWell", "<script>alert('hi')</script> Our worker always calls back.")
                .param("consent", "yes")
                .param("mayQuote", "yes");
    }

    @Test
    void familiesGiveTheirViewsWithoutSigningInAndFloodsAndRobotsAreHeldOff() throws Exception {
        long week = weeks.week("Families heard");
        var code = feedbackCode(week);
        var form = perform(get("/f/" + code));
        assertThat(form.getStatus()).isEqualTo(200);
        assertThat(form.getContentAsString()).contains("Tell us about the help you get from social care");
        assertThat(perform(get("/f/" + code).param("version", "children")).getContentAsString())
                .contains("This is for children and young people");
        assertThat(perform(get("/f/" + code).param("version", "easy-read")).getContentAsString())
                .contains("What is good?");
        assertThat(perform(get("/f/not-a-week")).getStatus()).isEqualTo(404);
        var stamp = stampIn(form.getContentAsString());
        long before = count("select count(*) from family_feedback where week_id = ?", week);

        var missing =
                perform(post("/f/" + code).with(csrf()).param("stamp", stamp).param("version", "STANDARD"));
        assertThat(missing.getContentAsString())
                .as("in the page's order: the consent tick is the last field")
                .containsSubsequence(
                        "<a href=\"#who\">Choose who you are</a>",
                        "<a href=\"#wentWell\">Tell us what has gone well or what could be better</a>",
                        "<a href=\"#mayQuote\">Say whether we may quote what you wrote</a>",
                        "<a href=\"#consent\">Tick the box to say you understand how we use what you write</a>");
        var tooQuick = perform(feedback(code, stamp, "198.51.100.1"));
        assertThat(tooQuick.getContentAsString())
                .contains("Please check your answers and press Send again")
                .contains("Our worker always calls back.");
        var robot = perform(feedback(code, stamp, "198.51.100.1").param("website", "http://spam.example"));
        assertThat(robot.getRedirectedUrl()).isEqualTo("/f/" + code + "/thanks");
        assertThat(count("select count(*) from family_feedback where week_id = ?", week))
                .as("nothing kept yet")
                .isEqualTo(before);

        clock.advance(Duration.ofSeconds(4));
        var sent = perform(
                feedback(code, stamp, "198.51.100.2").param("name", "A Parent").param("contact", "parent@example.com"));
        assertThat(sent.getRedirectedUrl()).isEqualTo("/f/" + code + "/thanks");
        assertThat(count(
                        "select count(*) from family_feedback f join family_feedback_contact c on c.feedback_id = f.id"
                                + " where f.week_id = ? and c.contact = 'parent@example.com'",
                        week))
                .as("contact details kept apart")
                .isEqualTo(1);

        var stamps = new java.util.ArrayList<String>();
        for (int i = 0; i < 6; i++) {
            stamps.add(freshStamp(code));
        }
        clock.advance(Duration.ofSeconds(4));
        for (int i = 0; i < 4; i++) {
            assertThat(perform(feedback(code, stamps.get(i), "198.51.100.2")).getStatus())
                    .isEqualTo(302);
        }
        var flooded = perform(feedback(code, stamps.get(4), "198.51.100.2"));
        assertThat(flooded.getStatus()).isEqualTo(429);
        assertThat(flooded.getContentAsString())
                .contains("Wait 10 minutes and press Send again: what you wrote is still here")
                .contains("Our worker always calls back.");
        assertThat(count("select count(*) from family_feedback where week_id = ?", week))
                .isEqualTo(before + 5);
        assertThat(perform(feedback(code, stamps.get(5), "198.51.100.3")).getStatus())
                .as("another connection is not held up")
                .isEqualTo(302);

        var page = perform(get("/practice-week/" + week + "/family-feedback").with(demo.as("qa.lead")))
                .getContentAsString();
        assertThat(page)
                .contains("&lt;script&gt;alert(&#39;hi&#39;)&lt;/script&gt;")
                .doesNotContain("<script>alert('hi')")
                .contains("/f/" + code);
        long quotable = jdbc.sql("select max(id) from family_feedback where week_id = ?")
                .param(week)
                .query(Long.class)
                .single();
        assertThat(flash(
                        post("/practice-week/" + week + "/family-feedback/" + quotable + "/quote")
                                .with(csrf())
                                .with(demo.as("qa.lead"))
                                .param("approved", "true"),
                        "saved"))
                .isEqualTo("Approved for quoting");
        jdbc.sql("update family_feedback set may_quote = false, quote_approved = false where id = ?")
                .param(quotable)
                .update();
        assertThat(flash(
                        post("/practice-week/" + week + "/family-feedback/" + quotable + "/quote")
                                .with(csrf())
                                .with(demo.as("qa.lead"))
                                .param("approved", "true"),
                        "saved"))
                .isEqualTo("That cannot be quoted: the person did not agree to it");

        var qr = perform(get("/practice-week/" + week + "/feedback-qr.png").with(demo.as("qa.lead")));
        assertThat(qr.getContentType()).isEqualTo("image/png");
        assertThat(qr.getContentAsByteArray()).startsWith(0x89, 'P', 'N', 'G');
        assertThat(perform(get("/practice-week/" + week + "/family-feedback").with(demo.as("leader")))
                        .getStatus())
                .isEqualTo(403);
    }

    @Test
    void theReportComparesTheWeekWithTheOneBeforeAsAPagePdfAndSpreadsheet() throws Exception {
        var mondays = PracticeWeekFixture.freshMondays(2);
        long past = weeks.leaderVisitsTheTeam("Reported, the week before", mondays);
        weeks.recordEveryVisit(past);
        long coming = weeks.week("Reported", mondays.plusWeeks(1));
        var pastName = jdbc.sql("select name from practice_week where id = ?")
                .param(past)
                .query(String.class)
                .single();
        var page = perform(get("/practice-week/" + coming + "/report").with(demo.as("leader")))
                .getContentAsString();
        assertThat(page)
                .contains("The week in figures, compared with " + pastName)
                .contains("Visits planned")
                .contains("Children and young people heard");
        var pastPage = perform(get("/practice-week/" + past + "/report").with(demo.as("qa.lead")))
                .getContentAsString();
        long recorded = count(
                "select count(*) from visit_record r join visit_slot s on s.id = r.slot_id"
                        + " where s.week_id = ? and r.status = 'SUBMITTED'",
                past);
        assertThat(recorded).isPositive();
        assertThat(pastPage)
                .contains("Strengths")
                .contains("Themes named in visit records")
                .contains("Actions raised from visits");
        var pdf = perform(get("/practice-week/" + past + "/report.pdf").with(demo.as("qa.lead")));
        assertThat(pdf.getContentType()).isEqualTo("application/pdf");
        org.praxis.documents.AccessiblePdf.assertAccessible(pdf.getContentAsByteArray());
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf.getContentAsByteArray())) {
            var text = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
            assertThat(text).contains(pastName).contains("Visits recorded").contains("Areas for development");
        }
        var xlsx = perform(get("/practice-week/" + past + "/report.xlsx").with(demo.as("qa.lead")));
        assertThat(xlsx.getContentAsByteArray()).startsWith('P', 'K');
        assertThat(perform(get("/practice-week/" + past + "/report").with(demo.as("visitor")))
                        .getStatus())
                .isEqualTo(403);
    }

    @Test
    void aStampIsUsedOnceAndExpires() throws Exception {
        long week = weeks.week("Stamps used once");
        var code = feedbackCode(week);
        var stamp = freshStamp(code);
        clock.advance(Duration.ofSeconds(4));
        for (int i = 0; i < 5; i++) {
            assertThat(perform(feedback(code, stamp, "198.51.100." + (20 + i))).getRedirectedUrl())
                    .isEqualTo("/f/" + code + "/thanks");
        }
        assertThat(count("select count(*) from family_feedback where week_id = ?", week))
                .as("one stamp sent five times is kept once")
                .isEqualTo(1);

        var old = freshStamp(code);
        clock.advance(Duration.ofMinutes(61));
        var expired = perform(feedback(code, old, "198.51.100.30"));
        assertThat(expired.getContentAsString())
                .as("a stamp older than praxis.feedback-form.stamp-lifetime (1 hour)")
                .contains("Please check your answers and press Send again")
                .contains("Our worker always calls back.");
        var renewed = stampIn(expired.getContentAsString());
        clock.advance(Duration.ofSeconds(4));
        assertThat(perform(feedback(code, renewed, "198.51.100.30")).getRedirectedUrl())
                .isEqualTo("/f/" + code + "/thanks");
        assertThat(count("select count(*) from family_feedback where week_id = ?", week))
                .isEqualTo(2);
    }

    @Test
    void oneFormTakesAtMostItsCapFromAllAddressesTogether() throws Exception {
        long week = weeks.week("Form cap");
        var code = feedbackCode(week);
        var stamps = new java.util.ArrayList<String>();
        for (int i = 0; i <= 100; i++) {
            stamps.add(freshStamp(code));
        }
        clock.advance(Duration.ofSeconds(4));
        for (int i = 0; i < 100; i++) {
            assertThat(perform(feedback(code, stamps.get(i), "203.0.113." + (i % 50) + "0"))
                            .getStatus())
                    .as("send %d", i)
                    .isEqualTo(302);
        }
        var capped = perform(feedback(code, stamps.get(100), "192.0.2.77"));
        assertThat(capped.getStatus()).isEqualTo(429);
        assertThat(capped.getContentAsString())
                .contains("A lot of messages have been sent through this form in the last few minutes");
        assertThat(count("select count(*) from family_feedback where week_id = ?", week))
                .isEqualTo(100);
    }
}
