package org.praxis.practiceweek;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.praxis.support.DemoUsers;
import org.praxis.support.PraxisIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Issue 13 §6: a week changed before it starts or deleted when set up by mistake, a past week kept as it ran, the
 * teams with no visit named, a visitor placed by hand, "View record" once a record is sent, and the families' form
 * (its banner, the front door's number, easy read pictures, quotes edited to take out names, the public address).
 */
@PraxisIntegrationTest
class PracticeWeekInRealLifeIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers demo;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Environment environment;

    @Autowired
    PracticeWeekSetup setup;

    private PracticeWeekFixture weeks;

    @Autowired
    void weeks(ApplicationContext context) {
        weeks = new PracticeWeekFixture(context);
    }

    private MockHttpServletResponse perform(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse();
    }

    private String page(String url) throws Exception {
        return perform(get(url).with(demo.as("qa.lead"))).getContentAsString();
    }

    private Object flash(MockHttpServletRequestBuilder request, String key) throws Exception {
        return mvc.perform(request).andReturn().getFlashMap().getOrDefault(key, "");
    }

    /** A Monday long past that no other test uses. */
    private static LocalDate pastMonday() {
        return LocalDate.of(1900, 1, 1)
                .with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY))
                .plusWeeks(ThreadLocalRandom.current().nextInt(3_000));
    }

    private MockHttpServletRequestBuilder edit(long week, String name, LocalDate monday) {
        var request = post("/practice-week/" + week + "/edit").with(csrf()).with(demo.as("qa.lead"));
        request.param("name", name);
        date(request, "firstDay", monday);
        date(request, "lastDay", monday.plusDays(4));
        date(request, "slotsDue", monday.minusWeeks(3));
        date(request, "availabilityDue", monday.minusWeeks(2));
        weeks.teamsIn(week).forEach(t -> request.param("teamIds", String.valueOf(t)));
        weeks.serviceAreasIn(week).forEach(a -> request.param("serviceAreaIds", String.valueOf(a)));
        return request;
    }

    private static void date(MockHttpServletRequestBuilder request, String field, LocalDate date) {
        request.param(field + ".day", String.valueOf(date.getDayOfMonth()))
                .param(field + ".month", String.valueOf(date.getMonthValue()))
                .param(field + ".year", String.valueOf(date.getYear()));
    }

    private String name(long week) {
        return jdbc.sql("select name from practice_week where id = ?")
                .param(week)
                .query(String.class)
                .optional()
                .orElse("(deleted)");
    }

    @Test
    void aWeekIsChangedBeforeItStartsAndAWeekSetUpByMistakeIsDeletedAndNoLongerCompared() throws Exception {
        var monday = PracticeWeekFixture.freshMondays(3);
        long mistake = weeks.week("Set up by mistake", monday);
        long real = weeks.week("The real week", monday.plusWeeks(2));
        weeks.slot(mistake, PracticeWeekFixture.TEAM, Activity.TEAM_MEETING, 1, "10:00", 1, false);
        assertThat(page("/practice-week/" + real + "/report")).contains(name(mistake));

        assertThat(page("/practice-week/" + mistake))
                .contains("Change the week")
                .contains("Delete this week");
        assertThat(page("/practice-week/" + mistake + "/edit"))
                .contains("Change the week")
                .contains(name(mistake));
        assertThat(perform(edit(mistake, "Renamed before it starts", monday)).getRedirectedUrl())
                .isEqualTo("/practice-week/" + mistake);
        assertThat(name(mistake)).isEqualTo("Renamed before it starts");
        assertThat(perform(edit(mistake, "Moved", monday.plusWeeks(1))).getContentAsString())
                .contains("1 offered slot falls outside the new dates");
        assertThat(name(mistake)).isEqualTo("Renamed before it starts");

        assertThat(page("/practice-week/" + mistake + "/delete")).contains("This cannot be undone");
        var deleted = perform(
                post("/practice-week/" + mistake + "/delete").with(csrf()).with(demo.as("qa.lead")));
        assertThat(deleted.getRedirectedUrl()).isEqualTo("/practice-week");
        assertThat(name(mistake)).isEqualTo("(deleted)");
        assertThat(page("/practice-week/" + real + "/report")).doesNotContain("Renamed before it starts");
        assertThat(perform(get("/practice-week/" + mistake).with(demo.as("qa.lead")))
                        .getStatus())
                .isEqualTo(404);
    }

    @Test
    void aWeekWithRecordsIsNeverDeletedAndAPastWeekIsReadOnly() throws Exception {
        long past = weeks.leaderVisitsTheTeam("Long ago", pastMonday());
        weeks.recordEveryVisit(past);
        assertThat(page("/practice-week/" + past + "/delete"))
                .contains("This week cannot be deleted")
                .contains("1 visit record has been sent")
                .doesNotContain("Delete the week</button>");
        assertThat(flash(post("/practice-week/" + past + "/delete").with(csrf()).with(demo.as("qa.lead")), "problems"))
                .asString()
                .contains("This week cannot be deleted");
        assertThat(name(past)).startsWith("Long ago");

        var timetable = page("/practice-week/" + past + "/timetable");
        assertThat(timetable)
                .contains("This Practice Week is over")
                .doesNotContain("Build it again")
                .doesNotContain("Build the timetable</button>")
                .doesNotContain("timetable/pin")
                .doesNotContain("Place a visitor");
        assertThat(flash(
                        post("/practice-week/" + past + "/timetable/solve")
                                .with(csrf())
                                .with(demo.as("qa.lead"))
                                .param("seconds", "5"),
                        "problems"))
                .asString()
                .contains("This Practice Week is over");
        long slot = weeks.onlySlot(past);
        assertThat(flash(
                        post("/practice-week/" + past + "/timetable/pin")
                                .with(csrf())
                                .with(demo.as("qa.lead"))
                                .param("slot", String.valueOf(slot))
                                .param("place", "0")
                                .param("pinned", "true"),
                        "problems"))
                .asString()
                .contains("This Practice Week is over");
        assertThat(page("/practice-week/" + past)).doesNotContain("Change the week");
        assertThat(page("/practice-week/" + past + "/edit"))
                .contains("This Practice Week has started, so it can no longer be changed");
        assertThat(perform(edit(past, "Too late", weeks.monday(past))).getContentAsString())
                .contains("This Practice Week has started, so it can no longer be changed");
    }

    @Test
    void theTimetableNamesTheTeamsWithNoVisitAndAVisitorIsPlacedByHandWithinTheRules() throws Exception {
        long week = weeks.leaderVisitsTheTeam("Placed by hand", PracticeWeekFixture.freshMondays(1));
        var timetable = page("/practice-week/" + week + "/timetable");
        assertThat(timetable.substring(timetable.indexOf("Teams with no visit")))
                .contains(PracticeWeekFixture.OTHER_TEAM);

        long clash = weeks.slot(week, PracticeWeekFixture.OTHER_TEAM, Activity.TEAM_MEETING, 0, "10:30", 1, false);
        long later = weeks.slot(week, PracticeWeekFixture.OTHER_TEAM, Activity.TEAM_MEETING, 2, "14:00", 1, false);
        long after = weeks.slot(week, PracticeWeekFixture.OTHER_TEAM, Activity.TEAM_MEETING, 3, "14:00", 1, false);
        long leader = weekVisitor(week, "leader");
        long visitor = weekVisitor(week, "visitor");
        assertThat(page("/practice-week/" + week + "/timetable/place?slot=" + later + "&place=0"))
                .contains("Place a visitor");

        assertThat(place(week, clash, leader))
                .contains("has another visit at that time, or too little time (30 minutes) to travel");
        assertThat(place(week, later, visitor)).contains("is not free then");
        assertThat(place(week, later, 0)).contains("Choose a visitor");
        var placed = perform(placing(week, later, leader));
        assertThat(placed.getRedirectedUrl()).isEqualTo("/practice-week/" + week + "/timetable");
        assertThat(jdbc.sql("select count(*) from visit_assignment where slot_id = ? and week_visitor_id = ?"
                                + " and pinned = true")
                        .params(later, leader)
                        .query(Long.class)
                        .single())
                .as("placed and pinned")
                .isEqualTo(1);
        assertThat(place(week, after, leader)).contains("can do 2 visits and already has 2");
        var now = page("/practice-week/" + week + "/timetable");
        assertThat(now.substring(now.indexOf("Teams with no visit")))
                .contains("Every team taking part has at least one visit");
    }

    private long weekVisitor(long week, String username) {
        return jdbc.sql("select v.id from week_visitor v join user_account u on u.id = v.user_id"
                        + " where v.week_id = ? and u.username = ?")
                .params(week, username)
                .query(Long.class)
                .single();
    }

    private MockHttpServletRequestBuilder placing(long week, long slot, long weekVisitor) {
        return post("/practice-week/" + week + "/timetable/place")
                .with(csrf())
                .with(demo.as("qa.lead"))
                .param("slot", String.valueOf(slot))
                .param("place", "0")
                .param("visitor", weekVisitor == 0 ? "" : String.valueOf(weekVisitor));
    }

    private String place(long week, long slot, long weekVisitor) throws Exception {
        return perform(placing(week, slot, weekVisitor)).getContentAsString();
    }

    @Test
    void aSentRecordIsViewedNotRecordedAgain() throws Exception {
        long week = weeks.leaderVisitsTheTeam("Records sent", PracticeWeekFixture.freshMondays(1));
        var before = perform(get("/practice-week/" + week + "/my-visits").with(demo.as("leader")))
                .getContentAsString();
        assertThat(before).contains("Record this visit").doesNotContain("View record");
        weeks.recordEveryVisit(week);
        var after = perform(get("/practice-week/" + week + "/my-visits").with(demo.as("leader")))
                .getContentAsString();
        assertThat(after).contains("View record").doesNotContain("Record this visit");
    }

    @Test
    void theFamiliesFormSpeaksToFamiliesWithPicturesInEasyReadAndTheFrontDoorsNumber() throws Exception {
        long week = weeks.week("Families' form");
        var code = jdbc.sql("select feedback_code from practice_week where id = ?")
                .param(week)
                .query(String.class)
                .single();
        var form = perform(get("/f/" + code)).getContentAsString();
        assertThat(form)
                .contains("What you tell us helps the council make its help for families better")
                .doesNotContain("Tell your quality assurance team")
                .doesNotContain("/images/easy-read/");
        var easyRead = perform(get("/f/" + code).param("version", "easy-read")).getContentAsString();
        for (var picture : new String[] {"who", "service", "good", "better", "more", "quote", "contact", "consent"}) {
            assertThat(easyRead).contains("src=\"/images/easy-read/" + picture + ".svg\" alt=\"\"");
            var svg = perform(get("/images/easy-read/" + picture + ".svg"));
            assertThat(svg.getStatus()).as(picture + " is served to anyone").isEqualTo(200);
            assertThat(svg.getContentAsString()).startsWith("<svg");
        }
        var thanks = perform(get("/f/" + code + "/thanks")).getContentAsString();
        assertThat(thanks)
                .contains(environment.getProperty("praxis.council.front-door-phone"))
                .contains("href=\"tel:01632960123\"");
        assertThat(page("/")).contains("Tell your quality assurance team what you think of it");
        assertThat(page("/practice-week/" + week + "/family-feedback"))
                .contains(environment.getProperty("praxis.public-base-url") + "/f/" + code);
    }

    @Test
    void anApprovedQuoteIsEditedToTakeOutNamesAndOnlyTheEditIsPublished() throws Exception {
        long week = weeks.week("Quotes");
        setup.familySaid(
                week,
                new FamilyFeedback.Given(
                        FamilyFeedback.FormVersion.STANDARD,
                        FamilyFeedback.Who.PARENT_OR_CARER,
                        null,
                        "Sarah Quoteperson always rang back when she said she would.",
                        null,
                        null,
                        true,
                        null,
                        null),
                true,
                "qa.lead");
        long feedback = jdbc.sql("select id from family_feedback where week_id = ?")
                .param(week)
                .query(Long.class)
                .single();
        assertThat(page("/practice-week/" + week + "/report")).contains("Sarah Quoteperson always rang back");

        assertThat(flash(
                        post("/practice-week/" + week + "/family-feedback/" + feedback + "/quote-text")
                                .with(csrf())
                                .with(demo.as("qa.lead"))
                                .param("quoteText", "  "),
                        "problems"))
                .asString()
                .contains("Enter the quote as the report should show it");
        assertThat(flash(
                        post("/practice-week/" + week + "/family-feedback/" + feedback + "/quote-text")
                                .with(csrf())
                                .with(demo.as("qa.lead"))
                                .param("quoteText", "[Our social worker] always rang back when she said she would."),
                        "saved"))
                .asString()
                .contains("The quote is changed");
        assertThat(page("/practice-week/" + week + "/report"))
                .contains("[Our social worker] always rang back")
                .doesNotContain("Sarah Quoteperson");
        assertThat(page("/practice-week/" + week + "/family-feedback"))
                .as("what they wrote is kept, for QA leads")
                .contains("Sarah Quoteperson always rang back")
                .contains("[Our social worker] always rang back");

        assertThat(flash(
                        post("/practice-week/" + week + "/family-feedback/" + feedback + "/quote")
                                .with(csrf())
                                .with(demo.as("qa.lead"))
                                .param("approved", "false"),
                        "saved"))
                .asString()
                .contains("No longer quoted");
        assertThat(flash(
                        post("/practice-week/" + week + "/family-feedback/" + feedback + "/quote-text")
                                .with(csrf())
                                .with(demo.as("qa.lead"))
                                .param("quoteText", "Anything"),
                        "problems"))
                .asString()
                .contains("Only an approved quote can be edited");
    }
}
