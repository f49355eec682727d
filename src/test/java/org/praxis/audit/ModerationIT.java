package org.praxis.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.praxis.support.DemoUsers;
import org.praxis.support.PraxisIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

/** Moderation: drawn at the programme's rate, graded blind, agreed with a note, and counted in the agreement. */
@PraxisIntegrationTest
@RecordApplicationEvents
class ModerationIT {

    @Autowired
    ApplicationEvents events;

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers demo;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AuditProgrammes programmes;

    private String html(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request)
            throws Exception {
        return mvc.perform(request.with(csrf()).with(demo.as("qa.lead")))
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private List<Long> submittedProgramme(int size) throws Exception {
        long programme = AuditFixture.programme(programmes, jdbc, mvc, demo, size);
        var audits = jdbc.sql("select id from audit where programme_id = :p order by id")
                .param("p", programme)
                .query(Long.class)
                .list();
        for (long audit : audits) {
            var request = post("/audit/audits/" + audit)
                    .with(csrf())
                    .with(demo.as("leader"))
                    .param("action", "submit")
                    .param("lockVersion", "0");
            AuditFixture.complete(jdbc, audit).forEach(request::param);
            assertThat(mvc.perform(request).andReturn().getResponse().getRedirectedUrl())
                    .isEqualTo("/audit");
        }
        return List.of(programme, (long) audits.size());
    }

    @Test
    void theDrawTakesTheRateOfSubmittedAuditsAndNoMore() throws Exception {
        long programme = submittedProgramme(3).getFirst();
        html(post("/audit/programmes/" + programme + "/moderation-draw"));
        // 10% of 3 submitted, rounded up: one audit.
        assertThat(drawn(programme)).isEqualTo(1);
        html(post("/audit/programmes/" + programme + "/moderation-draw"));
        assertThat(drawn(programme))
                .as("drawing again adds none until more are submitted")
                .isEqualTo(1);
    }

    @Test
    void theModeratorGradesBlindThenSeesBothAndAgreesAFinalGrade() throws Exception {
        long programme = submittedProgramme(1).getFirst();
        long audit = AuditFixture.firstAudit(jdbc, programme);
        html(post("/audit/programmes/" + programme + "/moderation-draw"));
        assertThat(html(get("/audit/moderation"))).contains("/audit/audits/" + audit + "/moderation");

        var blind = html(get("/audit/audits/" + audit + "/moderation"));
        assertThat(blind).contains("Your overall grade for the case");
        assertThat(blind)
                .as("the auditor's grades and answers are hidden")
                .doesNotContain("Auditor’s overall grade")
                .doesNotContain("Warm, persistent direct work");

        var missing = html(post("/audit/audits/" + audit + "/moderation/grade").param("grade", "SUPERB"));
        assertThat(missing).contains("<a href=\"#grade\">Choose your grade for the case</a>");
        assertThat(jdbc.sql("select count(*) from audit_moderation where audit_id = :a")
                        .param("a", audit)
                        .query(Long.class)
                        .single())
                .isZero();

        html(post("/audit/audits/" + audit + "/moderation/grade")
                .param("grade", "REQUIRES_IMPROVEMENT")
                .param("note", "Plan not SMART"));
        var both = html(get("/audit/audits/" + audit + "/moderation"));
        assertThat(both)
                .contains("Auditor’s overall grade")
                .contains("Good")
                .contains("Requires improvement: Plan not SMART");

        var noNote = html(post("/audit/audits/" + audit + "/moderation/agree").param("finalGrade", "GOOD"));
        assertThat(noNote).contains("<a href=\"#agreementNote\">Enter a note of how the grade was agreed</a>");
        var neither = html(post("/audit/audits/" + audit + "/moderation/agree"));
        assertThat(neither)
                .as("the error summary follows the page: the grade, then the note")
                .containsSubsequence(
                        "<a href=\"#finalGrade\">Choose the agreed grade</a>",
                        "<a href=\"#agreementNote\">Enter a note of how the grade was agreed</a>");
        assertThat(neither).contains("govuk-form-group--error").contains("id=\"finalGrade-error\"");
        html(post("/audit/audits/" + audit + "/moderation/agree")
                .param("finalGrade", "REQUIRES_IMPROVEMENT")
                .param("agreementNote", "Agreed after discussing the plan"));
        assertThat(jdbc.sql("select status from audit where id = :a")
                        .param("a", audit)
                        .query(String.class)
                        .single())
                .isEqualTo("MODERATED");
        assertThat(events.stream(ModerationAgreed.class).filter(e -> e.auditId() == audit))
                .singleElement()
                .extracting(ModerationAgreed::finalGrade)
                .isEqualTo(Grade.REQUIRES_IMPROVEMENT);
        // One moderated audit is far too few for a kappa that means anything: the rule holds it back.
        assertThat(html(get("/audit/moderation")))
                .contains("By auditor")
                .contains("Over time, by quarter")
                .contains("Too few to judge (fewer than 10 moderated)");
        assertThat(org.jsoup.Jsoup.parse(html(get("/audit/moderation"))).select("th"))
                .as("every header cell of the queue and agreement tables says what its column or row holds")
                .isNotEmpty()
                .allSatisfy(th -> assertThat(th.text()).isNotBlank());
    }

    /**
     * The agreed grade differs from the auditor's: the audit shows both, and the agreed one, to everyone who reads it;
     * the practitioner and their manager are told; the moderator saw the practitioner's reply beside the grades.
     */
    @Test
    void anAgreedGradeThatDiffersIsShownOnTheAuditAndThoseItConcernsAreTold() throws Exception {
        long programme =
                AuditFixture.programme(programmes, jdbc, mvc, demo, 1, List.of(AuditFixture.teamOf(jdbc, "manager")));
        long audit = AuditFixture.firstAudit(jdbc, programme);
        jdbc.sql(
                        "update audit set worker_staff_id = (select staff_id from user_account where username = 'practitioner')"
                                + " where id = :a")
                .param("a", audit)
                .update();
        var submit = post("/audit/audits/" + audit)
                .with(csrf())
                .with(demo.as("leader"))
                .param("action", "submit")
                .param("lockVersion", "0");
        AuditFixture.complete(jdbc, audit).forEach(submit::param);
        mvc.perform(submit);
        mvc.perform(post("/audit/audits/" + audit + "/reply")
                .with(csrf())
                .with(demo.as("practitioner"))
                .param("reply", "The plan was reviewed at the core group, which the record shows."));

        var blind = html(get("/audit/audits/" + audit + "/moderation"));
        assertThat(blind)
                .as("the reply may name the auditor's grade: shown once the moderator has graded")
                .doesNotContain("reviewed at the core group");
        html(post("/audit/audits/" + audit + "/moderation/grade").param("grade", "REQUIRES_IMPROVEMENT"));
        assertThat(html(get("/audit/audits/" + audit + "/moderation")))
                .contains("The practitioner’s reply")
                .contains("The plan was reviewed at the core group, which the record shows.");
        html(post("/audit/audits/" + audit + "/moderation/agree")
                .param("finalGrade", "REQUIRES_IMPROVEMENT")
                .param("agreementNote", "The plan has no timescales"));

        var read = mvc.perform(get("/audit/audits/" + audit).with(demo.as("practitioner")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(org.jsoup.Jsoup.parse(read).select("main").text())
                .contains("Moderated: the agreed grade is Requires improvement")
                .contains("Agreed grade Requires improvement (differs from the auditor’s): The plan has no timescales")
                .contains("Auditor’s grade Good")
                .contains("Moderator’s grade Requires improvement")
                .contains("Auditor’s overall grade (before moderation) Good");
        for (var told : List.of("practitioner", "manager", "leader")) {
            org.awaitility.Awaitility.await()
                    .atMost(java.time.Duration.ofSeconds(10))
                    .untilAsserted(() -> assertThat(
                                    jdbc.sql("select message from notification where user_id = :u and link = :l")
                                            .param("u", AuditFixture.userId(jdbc, told))
                                            .param("l", "/audit/audits/" + audit)
                                            .query(String.class)
                                            .list())
                            .as("%s is told", told)
                            .anyMatch(m -> m.contains("the agreed grade of the audit of case")
                                    && m.contains("is Requires improvement (the auditor’s was Good)")));
        }
    }

    @Test
    void anAgreedGradeTheSameAsTheAuditorsTellsNobody() throws Exception {
        long programme = submittedProgramme(1).getFirst();
        long audit = AuditFixture.firstAudit(jdbc, programme);
        html(post("/audit/audits/" + audit + "/moderation/grade").param("grade", "REQUIRES_IMPROVEMENT"));
        html(post("/audit/audits/" + audit + "/moderation/agree")
                .param("finalGrade", "GOOD")
                .param("agreementNote", "The auditor’s grade stands"));
        assertThat(events.stream(ModerationAgreed.class).filter(e -> e.auditId() == audit))
                .singleElement()
                .extracting(ModerationAgreed::differs)
                .isEqualTo(false);
        assertThat(html(get("/audit/audits/" + audit)))
                .contains("Moderated: the agreed grade is Good")
                .doesNotContain("differs from the auditor’s");
    }

    @Test
    void theAuditorCannotModerateTheirOwnAudit() throws Exception {
        long programme = submittedProgramme(1).getFirst();
        long audit = AuditFixture.firstAudit(jdbc, programme);
        // qa.lead holds the QA lead role, so make them the auditor of this one.
        jdbc.sql("update audit set auditor_user_id = :u where id = :a")
                .param("u", AuditFixture.userId(jdbc, "qa.lead"))
                .param("a", audit)
                .update();
        assertThat(mvc.perform(get("/audit/audits/" + audit + "/moderation").with(demo.as("qa.lead")))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
        // The queue lists it for another QA lead, with no link this QA lead would be refused.
        jdbc.sql("update audit set for_moderation = true where id = :a")
                .param("a", audit)
                .update();
        var queue = org.jsoup.Jsoup.parse(mvc.perform(get("/audit/moderation").with(demo.as("qa.lead")))
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(queue.select("a[href=/audit/audits/" + audit + "/moderation]"))
                .isEmpty();
        assertThat(queue.text()).contains("Your audit: another QA lead moderates it");
    }

    /**
     * Ten moderated audits are enough for a kappa, shown with its 95% interval and marked "treat with care"; but when
     * the auditor graded nearly every case the same, kappa has almost nothing to measure: "too few to judge".
     */
    @Test
    void agreementFromTenModeratedAuditsIsShownWithItsIntervalUnlessNearlyEveryOneGotOneGrade() throws Exception {
        long allGood = submittedProgramme(12).getFirst();
        var good = audits(allGood);
        for (int i = 0; i < good.size(); i++) {
            moderate(good.get(i), i < 2 ? "REQUIRES_IMPROVEMENT" : "GOOD");
        }
        assertThat(programmeRow(allGood))
                .startsWith(name(allGood) + " 12 ")
                .endsWith("Too few to judge (nearly every audit got the same grade: fewer than 4 graded otherwise)");

        long varied = submittedProgramme(12).getFirst();
        var grades = List.of("OUTSTANDING", "GOOD", "REQUIRES_IMPROVEMENT", "INADEQUATE");
        var audits = audits(varied);
        for (int i = 0; i < audits.size(); i++) {
            // The auditor's grades, spread over the scale as a real programme's are (the fixture grades all Good)
            jdbc.sql("update audit set overall_grade = :g where id = :a")
                    .param("g", grades.get(i % 4))
                    .param("a", audits.get(i))
                    .update();
            // The moderator agrees but for two cases, a step apart
            moderate(audits.get(i), i == 1 ? "OUTSTANDING" : i == 6 ? "GOOD" : grades.get(i % 4));
        }
        var row = programmeRow(varied);
        assertThat(row).startsWith(name(varied) + " 12 83% ");
        assertThat(row).containsPattern("0\\.\\d\\d \\(95% interval -?\\d\\.\\d\\d to [01]\\.\\d\\d\\)");
        assertThat(row).endsWith("(fewer than 60 moderated: treat with care)");
    }

    private List<Long> audits(long programme) {
        return jdbc.sql("select id from audit where programme_id = :p order by id")
                .param("p", programme)
                .query(Long.class)
                .list();
    }

    private void moderate(long audit, String grade) throws Exception {
        html(post("/audit/audits/" + audit + "/moderation/grade").param("grade", grade));
        html(post("/audit/audits/" + audit + "/moderation/agree")
                .param("finalGrade", grade)
                .param("agreementNote", "Agreed at the moderation panel"));
    }

    private String name(long programme) {
        return jdbc.sql("select name from audit_programme where id = :p")
                .param("p", programme)
                .query(String.class)
                .single();
    }

    /** The programme's row of the "By programme" agreement table, as its text. */
    private String programmeRow(long programme) throws Exception {
        var page = org.jsoup.Jsoup.parse(html(get("/audit/moderation")));
        return page.select("tr").stream()
                .filter(tr ->
                        !tr.select("th, td").isEmpty() && tr.child(0).text().equals(name(programme)))
                .findFirst()
                .orElseThrow()
                .text();
    }

    private long drawn(long programme) {
        return jdbc.sql("select count(*) from audit where programme_id = :p and for_moderation = true")
                .param("p", programme)
                .query(Long.class)
                .single();
    }
}
