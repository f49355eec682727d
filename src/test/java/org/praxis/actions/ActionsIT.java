package org.praxis.actions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.praxis.audit.AuditFixture;
import org.praxis.audit.AuditProgrammes;
import org.praxis.support.DemoUsers;
import org.praxis.support.PraxisIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

/** An action from raising to verification: who may do each step, what each needs, and overdue reminders. */
@PraxisIntegrationTest
@RecordApplicationEvents
class ActionsIT {

    @Autowired
    ApplicationEvents events;

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers demo;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Actions actions;

    @Autowired
    AuditProgrammes programmes;

    private long user(String username) {
        return jdbc.sql("select id from user_account where username = :u")
                .param("u", username)
                .query(Long.class)
                .single();
    }

    private long raise(String title, LocalDate due) {
        return actions.raise(
                new Actions.NewAction(
                        "AUDIT", 1, "Audit of case 1000001", "/audit", title, null, user("practitioner"), due),
                "test");
    }

    private long overdueNotices(long actionId, String username) {
        return jdbc.sql("select count(*) from notification where user_id = :u and link = :l"
                        + " and message like 'An action is overdue%'")
                .param("u", user(username))
                .param("l", "/actions/" + actionId)
                .query(Long.class)
                .single();
    }

    private String status(long id) {
        return jdbc.sql("select status from action_item where id = :id")
                .param("id", id)
                .query(String.class)
                .single();
    }

    private int lock(long id) {
        return jdbc.sql("select lock_version from action_item where id = :id")
                .param("id", id)
                .query(Integer.class)
                .single();
    }

    private String move(long id, String user, String to, String note) throws Exception {
        // What the person is told arrives as a flash message on the page they are sent back to.
        var flash = mvc.perform(post("/actions/" + id + "/move")
                        .with(csrf())
                        .with(demo.as(user))
                        .param("to", to)
                        .param("note", note)
                        .param("lockVersion", String.valueOf(lock(id))))
                .andReturn()
                .getFlashMap();
        return flash.getOrDefault("problems", "") + " " + flash.getOrDefault("saved", "") + " "
                + mvc.perform(get("/actions/" + id).with(demo.as(user)))
                        .andReturn()
                        .getResponse()
                        .getContentAsString();
    }

    @Test
    void anActionMovesForwardWithEvidenceAndIsVerifiedBySomeoneElse() throws Exception {
        long id = raise("Update the chronology", LocalDate.now().plusWeeks(2));
        assertThat(mvc.perform(get("/actions").with(demo.as("practitioner")))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("Update the chronology");
        assertThat(mvc.perform(get("/actions/team").with(demo.as("manager")))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("Update the chronology");

        assertThat(move(id, "manager", "IN_PROGRESS", "")).contains("Only the owner can start the action");
        move(id, "practitioner", "IN_PROGRESS", "");
        assertThat(status(id)).isEqualTo("IN_PROGRESS");
        assertThat(move(id, "practitioner", "DONE", "")).contains("Enter the evidence that the action is done");
        assertThat(status(id)).isEqualTo("IN_PROGRESS");
        move(id, "practitioner", "DONE", "Chronology updated to this month, checked in supervision");
        assertThat(status(id)).isEqualTo("DONE");
        assertThat(events.stream(ActionMoved.class).filter(e -> e.actionId() == id))
                .extracting(ActionMoved::to)
                .containsExactly(ActionStatus.IN_PROGRESS, ActionStatus.DONE);
        // The owner's manager hears it waits for verification (a listener, after the move has committed).
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(jdbc.sql("select count(*) from notification where user_id = :u"
                                        + " and link = :l and message like 'An action is done and waits%'")
                                .param("u", user("manager"))
                                .param("l", "/actions/" + id)
                                .query(Long.class)
                                .single())
                        .isEqualTo(1));
        assertThat(move(id, "practitioner", "VERIFIED", "")).contains("Someone other than the owner must verify");
        assertThat(move(id, "practitioner", "IN_PROGRESS", "")).contains("Earlier stages are locked");
        var verified = move(id, "manager", "VERIFIED", "Seen on the case file");
        assertThat(status(id)).isEqualTo("VERIFIED");
        assertThat(verified).contains("Chronology updated to this month").contains("Seen on the case file");
        assertThat(move(id, "qa.lead", "CANCELLED", "Too late")).contains("cannot be marked cancelled");
    }

    /** The GOV.UK error summary's list on a page, or "" when the page has none. */
    private static String errorSummary(String html) {
        int start = html.indexOf("govuk-error-summary__list");
        return start < 0 ? "" : html.substring(start, html.indexOf("</ul>", start));
    }

    /** Posts a move as a person would, follows the redirect, and returns the page they land on. */
    private String pageAfterMove(long id, String user, String to, String note, int lockVersion) throws Exception {
        var posted = mvc.perform(post("/actions/" + id + "/move")
                        .with(csrf())
                        .with(demo.as(user))
                        .param("to", to)
                        .param("note", note)
                        .param("lockVersion", String.valueOf(lockVersion)))
                .andReturn();
        assertThat(posted.getResponse().getRedirectedUrl()).isEqualTo("/actions/" + id);
        // Followed as a browser would: the flash waits in the session the POST's cookie names.
        return mvc.perform(get("/actions/" + id)
                        .with(demo.as(user))
                        .cookie(posted.getResponse().getCookies()))
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    @Test
    void aRefusedMoveGoesBackToTheActionWithTheReasonInTheErrorSummary() throws Exception {
        long id = raise("Update the chronology", LocalDate.now().plusWeeks(2));
        var page = pageAfterMove(id, "qa.lead", "IN_PROGRESS", "", lock(id));
        assertThat(errorSummary(page)).contains("Only the owner can start the action");
        assertThat(page).contains("<title>Error: ");
        assertThat(status(id)).isEqualTo("OPEN");
    }

    @Test
    void aMoveSomeoneElseOvertookIsShownAsStaleInTheErrorSummary() throws Exception {
        long id = raise("Book the review", LocalDate.now().plusWeeks(2));
        int opened = lock(id);
        move(id, "practitioner", "IN_PROGRESS", "");
        var page = pageAfterMove(id, "qa.lead", "CANCELLED", "No longer needed", opened);
        assertThat(errorSummary(page))
                .contains("Someone else changed this action while you had it open. Look at it again, then try.");
        assertThat(status(id)).isEqualTo("IN_PROGRESS");
    }

    @Test
    void aMissingRecordIsNotFound() throws Exception {
        assertThat(mvc.perform(get("/actions/999999999").with(demo.as("qa.lead")))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
        assertThat(mvc.perform(get("/audit/programmes/999999999").with(demo.as("qa.lead")))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
        assertThat(mvc.perform(get("/organisation/teams/999999999/edit").with(demo.as("admin")))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
    }

    @Test
    void aStaleMoveIsRefusedAndCancellingNeedsAReason() throws Exception {
        long id = raise("Hold a family group conference", LocalDate.now().plusWeeks(2));
        int opened = lock(id);
        move(id, "practitioner", "IN_PROGRESS", "");
        mvc.perform(post("/actions/" + id + "/move")
                .with(csrf())
                .with(demo.as("qa.lead"))
                .param("to", "CANCELLED")
                .param("note", "No longer needed")
                .param("lockVersion", String.valueOf(opened)));
        assertThat(status(id)).as("a move based on an old view is refused").isEqualTo("IN_PROGRESS");
        assertThat(move(id, "qa.lead", "CANCELLED", "")).contains("Enter why the action is cancelled");
        move(id, "qa.lead", "CANCELLED", "The family moved away");
        assertThat(status(id)).isEqualTo("CANCELLED");
    }

    @Test
    void overdueActionsAreFlaggedAndTheirOwnersAndManagersToldOnceADay() throws Exception {
        long id = raise("Visit within 10 working days", LocalDate.now().minusDays(3));
        assertThat(mvc.perform(get("/actions").with(demo.as("practitioner")))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("Overdue");
        assertThat(actions.remindOverdue()).isPositive();
        // Notices are written by a listener once the reminder has committed.
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            assertThat(overdueNotices(id, "practitioner")).isEqualTo(1);
            assertThat(overdueNotices(id, "manager")).isEqualTo(1);
        });
        assertThat(actions.remindOverdue()).as("nothing more to remind today").isZero();
        // Whoever else manages the team (another test may have added a manager) is told too, but nobody twice.
        assertThat(jdbc.sql("select count(*) - count(distinct user_id) from notification where link = :l"
                                + " and message like 'An action is overdue%'")
                        .param("l", "/actions/" + id)
                        .query(Long.class)
                        .single())
                .as("not told twice on one day")
                .isZero();
    }

    @Test
    void someoneOutsideTheActionsScopeIsRefusedAndLogged() throws Exception {
        long id = raise("Review the plan", LocalDate.now().plusWeeks(1));
        assertThat(mvc.perform(get("/actions/" + id).with(demo.as("admin")))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
        assertThat(jdbc.sql(
                                "select count(*) from access_log where action = 'DENIED' and record_type = 'Action' and record_id = :id")
                        .param("id", String.valueOf(id))
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        assertThat(mvc.perform(get("/actions/" + id).with(demo.as("visitor")))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
    }

    @Test
    void anActionLinksToTheAuditItCameFromOnlyForThoseWhoMayOpenIt() throws Exception {
        // An audit still being written: its auditor and QA leads may open it, the practitioner who owns the action not.
        long audit = AuditFixture.firstAudit(jdbc, AuditFixture.programme(programmes, jdbc, mvc, demo, 1));
        long id = actions.raise(
                new Actions.NewAction(
                        "AUDIT",
                        audit,
                        "Audit of the case",
                        "/audit/audits/" + audit,
                        "Update the chronology",
                        null,
                        user("practitioner"),
                        LocalDate.now().plusWeeks(2)),
                "test");
        var link = "href=\"/audit/audits/" + audit + "\"";
        var practitioners = mvc.perform(get("/actions/" + id).with(demo.as("practitioner")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(practitioners).contains("Audit of the case").doesNotContain(link);
        assertThat(mvc.perform(get("/audit/audits/" + audit).with(demo.as("practitioner")))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .as("the link would have been refused")
                .isEqualTo(403);
        var qaLeads = mvc.perform(get("/actions/" + id).with(demo.as("qa.lead")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(qaLeads).contains(link);
    }
}
