package org.praxis.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.util.Map;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.praxis.support.DemoUsers;
import org.praxis.support.PraxisIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The audit form: who may open it, saving without losing or overwriting work, and submitting. */
@PraxisIntegrationTest
class AuditFormIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers demo;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AuditProgrammes programmes;

    private long newAudit() throws Exception {
        return AuditFixture.firstAudit(jdbc, AuditFixture.programme(programmes, jdbc, mvc, demo, 3));
    }

    private int lock(long audit) {
        return jdbc.sql("select lock_version from audit where id = :id")
                .param("id", audit)
                .query(Integer.class)
                .single();
    }

    private long logged(String action, String type, Object id) {
        return jdbc.sql("select count(*) from access_log where action = :a and record_type = :t and record_id = :id")
                .param("a", action)
                .param("t", type)
                .param("id", String.valueOf(id))
                .query(Long.class)
                .single();
    }

    private Map<String, String> complete(long audit) {
        return AuditFixture.complete(jdbc, audit);
    }

    private MockHttpServletRequestBuilder send(String path, String user, Map<String, String> values, int lock) {
        var request = post(path).with(csrf()).with(demo.as(user)).param("lockVersion", String.valueOf(lock));
        values.forEach(request::param);
        return request;
    }

    @Test
    void theAuditorOpensTheAuditWithTheCaseAndBothViewsAreLogged() throws Exception {
        long audit = newAudit();
        var reference = jdbc.sql("select case_reference from audit where id = :id")
                .param("id", audit)
                .query(String.class)
                .single();
        var html = mvc.perform(get("/audit/audits/" + audit).with(demo.as("leader")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html).contains("Audit of case " + reference).contains("The case in the register");
        assertThat(html)
                .contains("Save and come back later")
                .contains("hx-post=\"/audit/audits/" + audit + "/autosave\"");
        assertThat(logged("VIEWED", "Audit", audit)).isEqualTo(1);
        assertThat(logged("VIEWED", "Register case", reference)).isPositive();
    }

    @Test
    void someoneNotAssignedIsRefusedAndTheRefusalIsLogged() throws Exception {
        long audit = newAudit();
        var status = mvc.perform(get("/audit/audits/" + audit).with(demo.as("practitioner")))
                .andReturn()
                .getResponse()
                .getStatus();
        assertThat(status).isEqualTo(403);
        assertThat(logged("DENIED", "Audit", audit)).isEqualTo(1);
        assertThat(mvc.perform(get("/audit/audits/" + audit).with(demo.as("visitor")))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
    }

    @Test
    void savingKeepsWorkAndBadValuesAreNamedWithNothingWritten() throws Exception {
        long audit = newAudit();
        var values = complete(audit);
        var question = values.keySet().stream()
                .filter(k -> k.startsWith("q"))
                .findFirst()
                .orElseThrow();
        values.put(question, "EXCELLENT");
        values.put("strengths", "x".repeat(10_001));
        values.put("conversationDate.day", "31");
        values.put("conversationDate.month", "6");
        values.put("conversationDate.year", "2026");
        var html = mvc.perform(send("/audit/audits/" + audit, "leader", values, lock(audit))
                        .param("action", "save"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html).contains("Choose a grade on the scale for question 1.1");
        assertThat(html).contains("The strengths is 10,001 characters: the limit is 10,000");
        assertThat(html).contains("<a href=\"#conversationDate\">The date of the conversation must be a real date</a>");
        assertThat(html.indexOf("question 1.1"))
                .as("the error summary follows the page: the question, then the strengths, then the date")
                .isLessThan(html.indexOf("The strengths is"));
        assertThat(html.indexOf("The strengths is")).isLessThan(html.indexOf("The date of the conversation must"));
        var form = Jsoup.parse(html);
        assertThat(form.getElementById("conversationDate-error").text())
                .isEqualTo("Error: The date of the conversation must be a real date");
        assertThat(form.getElementById("conversationDate").attr("value"))
                .as("the date as typed")
                .isEqualTo("31");
        assertThat(form.getElementById("strengths").closest(".govuk-form-group").hasClass("govuk-form-group--error"))
                .isTrue();
        assertThat(html).as("what was typed is shown again").contains("Mum said the worker listens");
        assertThat(jdbc.sql("select count(*) from audit_answer where audit_id = :id")
                        .param("id", audit)
                        .query(Long.class)
                        .single())
                .isZero();

        var good = complete(audit);
        var saved = mvc.perform(send("/audit/audits/" + audit, "leader", good, lock(audit))
                        .param("action", "save"))
                .andReturn()
                .getResponse();
        assertThat(saved.getRedirectedUrl()).isEqualTo("/audit/audits/" + audit);
        var reopened = mvc.perform(get("/audit/audits/" + audit).with(demo.as("leader")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(reopened).contains("Mum said the worker listens").contains("Warm, persistent direct work");
        assertThat(jdbc.sql("select status from audit where id = :id")
                        .param("id", audit)
                        .query(String.class)
                        .single())
                .isEqualTo("IN_PROGRESS");
    }

    @Test
    void twoPeopleSavingOneAuditNeverSilentlyOverwriteEachOther() throws Exception {
        long audit = newAudit();
        int opened = lock(audit);
        var mine = complete(audit);
        mine.put("strengths", "First tab");
        var autosaved = mvc.perform(send("/audit/audits/" + audit + "/autosave", "leader", mine, opened))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(autosaved).contains("Saved at").contains("value=\"" + (opened + 1) + "\"");

        var other = complete(audit);
        other.put("strengths", "Second tab, opened before the first saved");
        var refused = mvc.perform(send("/audit/audits/" + audit + "/autosave", "leader", other, opened))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(refused).contains("Not saved").contains("after you opened it");
        assertThat(jdbc.sql("select strengths from audit where id = :id")
                        .param("id", audit)
                        .query(String.class)
                        .single())
                .isEqualTo("First tab");

        // Without JavaScript: the page comes back with what they wrote and the newest version to save over.
        var page = mvc.perform(
                        send("/audit/audits/" + audit, "leader", other, opened).param("action", "save"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("Second tab, opened before the first saved").contains("after you opened it");
        assertThat(page).contains("name=\"lockVersion\" value=\"" + (opened + 1) + "\"");
    }

    /**
     * The form's own autosave may reach the server just before the form it belongs to is sent (the auditor leaves the
     * last box by pressing Submit): a save from the same opening of the form goes through; another opening's does not.
     */
    @Test
    void theFormsOwnAutosaveIsNeverAConflictButAnotherTabsIs() throws Exception {
        long audit = newAudit();
        int opened = lock(audit);
        var thisTab = "11111111-2222-4333-8444-" + String.format("%012d", audit);
        var answers = complete(audit);
        answers.put("opening", thisTab);
        assertThat(mvc.perform(send("/audit/audits/" + audit + "/autosave", "leader", answers, opened))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("Saved at");
        // The page still holds the version it opened with: its autosave's answer had not arrived.
        var submitted = mvc.perform(send("/audit/audits/" + audit, "leader", answers, opened)
                        .param("action", "submit"))
                .andReturn()
                .getResponse();
        assertThat(submitted.getRedirectedUrl()).isEqualTo("/audit");
        assertThat(jdbc.sql("select status from audit where id = :id")
                        .param("id", audit)
                        .query(String.class)
                        .single())
                .isEqualTo("SUBMITTED");

        long other = newAudit();
        int start = lock(other);
        var first = complete(other);
        first.put("opening", "11111111-2222-4333-8444-" + String.format("%012d", other));
        first.put("strengths", "First tab");
        mvc.perform(send("/audit/audits/" + other + "/autosave", "leader", first, start));
        var second = complete(other);
        second.put("opening", "99999999-2222-4333-8444-" + String.format("%012d", other));
        second.put("strengths", "Second tab");
        assertThat(mvc.perform(send("/audit/audits/" + other + "/autosave", "leader", second, start))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("Not saved")
                .contains("after you opened it");
        assertThat(jdbc.sql("select strengths from audit where id = :id")
                        .param("id", other)
                        .query(String.class)
                        .single())
                .isEqualTo("First tab");
    }

    @Test
    void theLearningConversationIsRecordedByTheAuditorAndShownOnTheAudit() throws Exception {
        long audit = AuditFixture.firstAudit(
                jdbc,
                AuditFixture.programme(
                        programmes, jdbc, mvc, demo, 1, java.util.List.of(AuditFixture.teamOf(jdbc, "manager"))));
        jdbc.sql(
                        "update audit set worker_staff_id = (select staff_id from user_account where username = 'practitioner')"
                                + " where id = :a")
                .param("a", audit)
                .update();
        var path = "/audit/audits/" + audit + "/conversations";
        assertThat(mvc.perform(post(path).with(csrf()).with(demo.as("leader")))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .as("not before the audit is submitted")
                .isEqualTo(403);
        mvc.perform(send("/audit/audits/" + audit, "leader", complete(audit), lock(audit))
                .param("action", "submit"));

        var tomorrow = java.time.LocalDate.now().plusDays(1);
        var errors = mvc.perform(post(path)
                        .with(csrf())
                        .with(demo.as("leader"))
                        .param("heldOn.day", String.valueOf(tomorrow.getDayOfMonth()))
                        .param("heldOn.month", String.valueOf(tomorrow.getMonthValue()))
                        .param("heldOn.year", String.valueOf(tomorrow.getYear())))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(errors)
                .containsSubsequence(
                        "The date of the conversation must be today or in the past",
                        "Enter who was there",
                        "Enter what was agreed");
        assertThat(jdbc.sql("select count(*) from audit_conversation where audit_id = :a")
                        .param("a", audit)
                        .query(Long.class)
                        .single())
                .isZero();

        assertThat(mvc.perform(post(path)
                                .with(csrf())
                                .with(demo.as("practitioner"))
                                .param("heldOn.day", "2")
                                .param("heldOn.month", "11")
                                .param("heldOn.year", "2026")
                                .param("people", "Me")
                                .param("agreed", "Nothing"))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .as("the practitioner replies; the auditor records the conversation")
                .isEqualTo(403);

        long changes = logged("CHANGED", "Audit", audit);
        var done = mvc.perform(post(path)
                        .with(csrf())
                        .with(demo.as("leader"))
                        .param("heldOn.day", "2")
                        .param("heldOn.month", "11")
                        .param("heldOn.year", "2026")
                        .param("people", "The allocated social worker and her manager")
                        .param("agreed", "Update the chronology before the next core group"))
                .andReturn()
                .getResponse();
        assertThat(done.getRedirectedUrl()).isEqualTo("/audit/audits/" + audit + "#conversations");
        assertThat(logged("CHANGED", "Audit", audit)).isEqualTo(changes + 1);
        var read = mvc.perform(get("/audit/audits/" + audit).with(demo.as("practitioner")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(Jsoup.parse(read).select("main").text())
                .contains("Learning conversations with the practitioner")
                .contains("2 November 2026")
                .contains("Who was there The allocated social worker and her manager")
                .contains("What was agreed Update the chronology before the next core group")
                .doesNotContain("Record a conversation");
    }

    @Test
    void submittingChecksRequiredAnswersThenTellsThePractitionerAndManager() throws Exception {
        long audit = AuditFixture.firstAudit(
                jdbc,
                AuditFixture.programme(
                        programmes, jdbc, mvc, demo, 1, java.util.List.of(AuditFixture.teamOf(jdbc, "manager"))));
        assertThat(mvc.perform(get("/audit/audits/" + audit).with(demo.as("manager")))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .as("the manager sees the team's audits once submitted, not before")
                .isEqualTo(403);
        // The case is the demo practitioner's, so that they can read the audit and reply.
        jdbc.sql(
                        "update audit set worker_staff_id = (select staff_id from user_account where username = 'practitioner')"
                                + " where id = :a")
                .param("a", audit)
                .update();
        var missing = mvc.perform(
                        send("/audit/audits/" + audit, "leader", Map.of("strengths", "Only this"), lock(audit))
                                .param("action", "submit"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(missing)
                .contains("There is a problem")
                .contains("Answer question 1.1")
                .contains("Choose the overall grade");
        assertThat(jdbc.sql("select status from audit where id = :id")
                        .param("id", audit)
                        .query(String.class)
                        .single())
                .isEqualTo("ASSIGNED");

        var done = mvc.perform(send("/audit/audits/" + audit, "leader", complete(audit), lock(audit))
                        .param("action", "submit"))
                .andReturn()
                .getResponse();
        assertThat(done.getRedirectedUrl()).isEqualTo("/audit");
        assertThat(jdbc.sql("select status from audit where id = :id")
                        .param("id", audit)
                        .query(String.class)
                        .single())
                .isEqualTo("SUBMITTED");
        // The practitioner whose case it is hears of it (a listener, after the submission has committed).
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(
                                jdbc.sql("select count(*) from notification where user_id = :u and link = :l"
                                                + " and message like '%has been submitted%'")
                                        .param("u", AuditFixture.userId(jdbc, "practitioner"))
                                        .param("l", "/audit/audits/" + audit)
                                        .query(Long.class)
                                        .single())
                        .isEqualTo(1));
        var again = mvc.perform(send("/audit/audits/" + audit, "leader", complete(audit), lock(audit))
                        .param("action", "save"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(again).contains("has been submitted, so it can no longer be changed");

        // The practitioner reads it and replies; an empty reply is refused; the auditor is told.
        var practitionerView = mvc.perform(get("/audit/audits/" + audit).with(demo.as("practitioner")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(practitionerView).contains("Your reply to the auditor").contains("Warm, persistent direct work");
        var empty = mvc.perform(post("/audit/audits/" + audit + "/reply")
                        .with(csrf())
                        .with(demo.as("practitioner"))
                        .param("reply", " "))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(empty).contains("<a href=\"#reply\">Enter your reply</a>");
        mvc.perform(post("/audit/audits/" + audit + "/reply")
                .with(csrf())
                .with(demo.as("practitioner"))
                .param("reply", "The chronology is now up to date"));
        assertThat(jdbc.sql("select practitioner_reply from audit where id = :a")
                        .param("a", audit)
                        .query(String.class)
                        .single())
                .isEqualTo("The chronology is now up to date");
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(
                                jdbc.sql("select count(*) from notification where user_id = :u and link = :l"
                                                + " and message like '%replied%'")
                                        .param("u", AuditFixture.userId(jdbc, "leader"))
                                        .param("l", "/audit/audits/" + audit)
                                        .query(Long.class)
                                        .single())
                        .isEqualTo(1));
        assertThat(mvc.perform(post("/audit/audits/" + audit + "/reply")
                                .with(csrf())
                                .with(demo.as("manager"))
                                .param("reply", "Not my case"))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .as("only the practitioner whose case it is may reply")
                .isEqualTo(403);

        // The auditor raises an action for someone in the case's team.
        var due = java.time.LocalDate.now().plusWeeks(2);
        var bad = mvc.perform(post("/audit/audits/" + audit + "/actions")
                        .with(csrf())
                        .with(demo.as("leader"))
                        .param("actionTitle", "")
                        .param("actionOwner", String.valueOf(AuditFixture.userId(jdbc, "visitor"))))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(bad)
                .contains("<a href=\"#actionTitle\">Enter what needs to be done</a>")
                .contains("<a href=\"#actionOwner\">Choose who owns the action</a>")
                .contains("<a href=\"#actionDue\">Enter the due date</a>");
        assertThat(bad.indexOf("#actionTitle\">"))
                .as("the error summary follows the page: what, who, when")
                .isLessThan(bad.indexOf("#actionOwner\">"));
        assertThat(bad.indexOf("#actionOwner\">")).isLessThan(bad.indexOf("#actionDue\">"));
        var pastAndImpossible = mvc.perform(post("/audit/audits/" + audit + "/actions")
                        .with(csrf())
                        .with(demo.as("leader"))
                        .param("actionTitle", "Update the chronology")
                        .param("actionOwner", String.valueOf(AuditFixture.userId(jdbc, "practitioner")))
                        .param("actionDue.day", "31")
                        .param("actionDue.month", "6")
                        .param("actionDue.year", "2027")
                        .param("actionStandard", "999999999"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(pastAndImpossible)
                .contains("<a href=\"#actionDue\">Due date must be a real date</a>")
                .contains("<a href=\"#actionStandard\">Choose a practice standard this audit tests</a>")
                .as("what was typed is kept")
                .contains("value=\"Update the chronology\"");
        var raised = mvc.perform(post("/audit/audits/" + audit + "/actions")
                        .with(csrf())
                        .with(demo.as("leader"))
                        .param("actionTitle", "Update the chronology")
                        .param("actionOwner", String.valueOf(AuditFixture.userId(jdbc, "practitioner")))
                        .param("actionDue.day", String.valueOf(due.getDayOfMonth()))
                        .param("actionDue.month", String.valueOf(due.getMonthValue()))
                        .param("actionDue.year", String.valueOf(due.getYear()))
                        .param("actionWhy", "The chronology stops in March")
                        .param("actionMeasure", "Chronology current at the next audit")
                        .param("actionPriority", "HIGH"))
                .andReturn()
                .getResponse();
        assertThat(raised.getRedirectedUrl()).isEqualTo("/audit/audits/" + audit);
        assertThat(jdbc.sql("select count(*) from action_item where source = 'AUDIT' and source_id = ?"
                                + " and why = 'The chronology stops in March'"
                                + " and success_measure = 'Chronology current at the next audit' and priority = 'HIGH'"
                                + " and raised_by_user_id = ?")
                        .params(audit, AuditFixture.userId(jdbc, "leader"))
                        .query(Long.class)
                        .single())
                .as("why, the success measure and the priority kept, with who raised it")
                .isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from action_item where source = 'AUDIT' and source_id = :a"
                                + " and owner_user_id = :u and status = 'OPEN'")
                        .param("a", audit)
                        .param("u", AuditFixture.userId(jdbc, "practitioner"))
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }
}
