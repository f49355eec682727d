package org.praxis.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.junit.jupiter.api.Test;
import org.praxis.support.DemoUsers;
import org.praxis.support.PraxisIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The demo council's audit templates and history are what the issue promised a first-time user would find. */
@PraxisIntegrationTest
class DemoAuditsIT {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers demo;

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    @Test
    void twoCompletedProgrammesOneUnderWaySomeModeratedAndActionsInEveryState() {
        assertThat(count("""
                        select count(*) from audit_programme p where created_by = 'demo' and not exists
                            (select 1 from audit a where a.programme_id = p.id and a.status in ('ASSIGNED', 'IN_PROGRESS'))
                        """))
                .as("two routine programmes, and four thematic audits and re-audits around the learning reviews")
                .isEqualTo(6);
        assertThat(count("""
                        select count(*) from audit_programme p where created_by = 'demo' and exists
                            (select 1 from audit a where a.programme_id = p.id and a.status = 'ASSIGNED') and exists
                            (select 1 from audit a where a.programme_id = p.id and a.status = 'SUBMITTED')
                        """)).isEqualTo(1);
        assertThat(count("select count(*) from audit_moderation where final_grade is not null"))
                .isGreaterThanOrEqualTo(5);
        assertThat(count("select count(*) from audit_moderation m join audit a on a.id = m.audit_id"
                        + " where m.final_grade <> a.overall_grade and exists"
                        + " (select 1 from audit_conversation c where c.audit_id = a.id)"))
                .as("an agreed grade that differs from the auditor's, and the conversation that followed")
                .isGreaterThanOrEqualTo(1);
        assertThat(count("select count(*) from audit a join audit_programme p on p.id = a.programme_id"
                        + " left join audit_moderation m on m.audit_id = a.id where p.created_by = 'demo'"
                        + " and (m.moderator_user_id = a.auditor_user_id or (a.for_moderation and m.audit_id is null"
                        + " and a.auditor_user_id = (select id from user_account where username = 'qa.lead')))"))
                .as(
                        "nobody moderates their own audit, and the demo's one QA lead is not left one they may not moderate")
                .isZero();
        assertThat(count("select count(*) from action_evidence_file f where f.file_name = 'supervision-note.pdf'"
                        + " and cast(f.uploaded_at as date) <> (select cast(min(h.changed_at) as date)"
                        + " from action_history h where h.action_id = f.action_id and h.to_status = 'DONE')"))
                .as("the demo's evidence is dated the day its action was marked done, as its history says")
                .isZero();
        // Raised by the demo's QA lead, in every state an action can be in.
        assertThat(count("select count(distinct status) from action_item where raised_by_user_id ="
                        + " (select id from user_account where username = 'qa.lead')"))
                .isEqualTo(org.praxis.actions.ActionStatus.values().length);
        assertThat(count("select count(*) from action_item where raised_by_user_id ="
                        + " (select id from user_account where username = 'qa.lead')"
                        + " and status in ('OPEN', 'IN_PROGRESS') and due_date < current_date"))
                .as("some actions are overdue")
                .isGreaterThanOrEqualTo(2);
        assertThat(count("select count(distinct t.service) from audit_programme p join audit_template_version v"
                        + " on v.id = p.template_version_id join audit_template t on t.id = v.template_id"))
                .as("both demo templates are in use")
                .isEqualTo(2);
    }

    @Test
    void theModerationTablesShowAWeightedKappaWithItsIntervalForTheDeeplyModeratedProgramme() throws Exception {
        var page = org.jsoup.Jsoup.parse(mvc.perform(get("/audit/moderation").with(demo.as("qa.lead")))
                .andReturn()
                .getResponse()
                .getContentAsString());
        var row = page.select("tr").stream()
                .filter(tr ->
                        tr.child(0).text().equals("Quarter 1 routine audit: children in need and child protection"))
                .findFirst()
                .orElseThrow()
                .text();
        assertThat(row)
                .containsPattern(" 12 \\d+% -?\\d\\.\\d\\d \\(95% interval -?\\d\\.\\d\\d to -?\\d\\.\\d\\d\\) ");
        assertThat(row).endsWith("(fewer than 60 moderated: treat with care)");
        // The adults' programme, two moderated: the count, and no kappa
        assertThat(page.text()).contains("Too few to judge (fewer than 10 moderated)");
    }

    @Test
    void theProgrammeUnderWayHasAReassignedAuditAReplacedCaseAndAPeerAuditByATeamManager() {
        assertThat(count("select count(*) from audit_change c join audit_programme p on p.id = c.programme_id"
                        + " where p.created_by = 'demo' and c.kind = 'REASSIGNED' and c.reason is not null"))
                .isOne();
        assertThat(count("select count(*) from audit_change c join audit_programme p on p.id = c.programme_id"
                        + " join audit r on r.id = c.replacement_audit_id join audit a on a.id = c.audit_id"
                        + " where p.created_by = 'demo' and c.kind = 'REPLACED' and a.status = 'REMOVED'"
                        + " and r.stratum = a.stratum"))
                .isOne();
        assertThat(count("""
                        select count(*) from audit a join audit_programme p on p.id = a.programme_id
                            join user_account u on u.id = a.auditor_user_id
                        where p.created_by = 'demo' and u.username = 'manager' and a.status = 'SUBMITTED'
                            and a.team_id <> u.team_id
                        """))
                .as("a peer audit by the team manager, of another team's case")
                .isOne();
    }

    @Test
    void theDemoTemplatesArePublishedWithQuestionsLinkedToStandards() throws Exception {
        var list = mvc.perform(get("/audit/templates").with(demo.as("qa.lead")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(list).contains("Children&#39;s whole-case audit").contains("Making Safeguarding Personal");
        long version = jdbc.sql(
                        "select v.id from audit_template_version v join audit_template t on t.id = v.template_id"
                                + " where t.name = 'Children''s whole-case audit'")
                .query(Long.class)
                .single();
        var page = mvc.perform(get("/audit/templates/versions/" + version).with(demo.as("practitioner")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("Published").contains("How well is the child&#39;s voice heard and acted on?");
        assertThat(page).contains("CS1 The child is seen, and seen alone");
        assertThat(page).doesNotContain("Add a question");
    }
}
