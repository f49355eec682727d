package org.praxis.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.praxis.register.ChildrensRegister;
import org.praxis.support.DemoUsers;
import org.praxis.support.PraxisIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A programme in real life: the population before the draw, peer audit by a team manager, an audit given to someone
 * else, a case removed or replaced from the same group with the recorded seed, and each auditor's workload.
 */
@PraxisIntegrationTest
class ProgrammeChangesIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers demo;

    @Autowired
    JdbcClient jdbc;

    private long userId(String username) {
        return AuditFixture.userId(jdbc, username);
    }

    private String nameOf(String username) {
        return jdbc.sql("select s.full_name from user_account u join staff_member s on s.id = u.staff_id"
                        + " where u.username = :u")
                .param("u", username)
                .query(String.class)
                .single();
    }

    private long staffTeamOf(String username) {
        return jdbc.sql("select s.team_id from user_account u join staff_member s on s.id = u.staff_id"
                        + " where u.username = :u")
                .param("u", username)
                .query(Long.class)
                .single();
    }

    /** 24 cases in four teams: the manager's own (Child Protection Team East), West, and the two auditors' own. */
    @BeforeEach
    void aRegisterOfOurOwn() throws Exception {
        var teams = jdbc.sql("select t.name from user_account u join staff_member s on s.id = u.staff_id"
                        + " join team t on t.id = s.team_id where u.username in ('leader', 'qa.lead')"
                        + " order by u.username")
                .query(String.class)
                .list();
        new ChildrensRegister()
                .childProtection(8, "Child Protection Team East")
                .childrenInNeed(8, "Child Protection Team West")
                .childProtection(4, teams.get(0))
                .childrenInNeed(4, teams.get(1))
                .imported(mvc, demo.as("qa.lead"));
    }

    private MockHttpServletRequestBuilder plan(String name, String action, String seed, String... capacities) {
        var due = LocalDate.now().plusWeeks(3);
        var request = post("/audit/programmes/new")
                .with(csrf())
                .with(demo.as("qa.lead"))
                .param("action", action)
                .param("name", name)
                .param("templateVersionId", String.valueOf(AuditFixture.template(jdbc, "CHILDREN")))
                .param("caseTypes", "CHILD_PROTECTION", "CHILD_IN_NEED")
                .param("sampleSize", "12")
                .param("stratifyBy", "TEAM")
                .param("excludeMonths", "0")
                .param("seed", seed)
                .param("dueDate.day", String.valueOf(due.getDayOfMonth()))
                .param("dueDate.month", String.valueOf(due.getMonthValue()))
                .param("dueDate.year", String.valueOf(due.getYear()))
                .param("moderationPercent", "10");
        for (int i = 0; i < capacities.length; i += 2) {
            request.param("capacity-" + userId(capacities[i]), capacities[i + 1]);
        }
        return request;
    }

    private long created(MockHttpServletRequestBuilder request) throws Exception {
        var url = mvc.perform(request).andReturn().getResponse().getRedirectedUrl();
        assertThat(url).as("programme created").startsWith("/audit/programmes/");
        return Long.parseLong(url.substring(url.lastIndexOf('/') + 1));
    }

    private long count(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }

    @Test
    void beforeTheDrawThePopulationByGroupAndTheExpectedSampleAreShownAndNothingIsWritten() throws Exception {
        long before = count("select count(*) from audit_programme");
        var html = mvc.perform(plan("Preview", "preview", "", "leader", "30", "qa.lead", "30"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html)
                .contains("The population and the expected sample")
                .containsSubsequence("Child Protection Team East", ">8<", ">4<")
                .contains("24 cases in the population; the sample would be 12 cases.");
        assertThat(count("select count(*) from audit_programme")).isEqualTo(before);
    }

    @Test
    void aTeamManagerAuditsOtherTeamsCasesNeverTheirOwnAndSeesThemAssigned() throws Exception {
        var form = mvc.perform(get("/audit/programmes/new").with(demo.as("qa.lead")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(form).as("team managers are offered as peer auditors").contains(nameOf("manager"));
        long programme = created(plan("Peer audit", "draw", "777", "manager", "6", "leader", "6"));
        assertThat(count(
                        "select count(*) from audit where programme_id = ? and auditor_user_id = ?",
                        programme,
                        userId("manager")))
                .isEqualTo(6);
        assertThat(count(
                        "select count(*) from audit where programme_id = ? and auditor_user_id = ? and team_id = ?",
                        programme,
                        userId("manager"),
                        staffTeamOf("manager")))
                .as("never a case of their own team")
                .isZero();
        long theirs = count(
                "select min(id) from audit where programme_id = ? and auditor_user_id = ?",
                programme,
                userId("manager"));
        var list = mvc.perform(get("/audit").param("list", "assigned").with(demo.as("manager")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(list).contains("Audits assigned to you").contains("/audit/audits/" + theirs);
        var byProgramme = mvc.perform(get("/audit")
                        .param("list", "assigned")
                        .param("programme", String.valueOf(programme))
                        .param("status", "ASSIGNED")
                        .with(demo.as("manager")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(byProgramme).contains("/audit/audits/" + theirs).contains("Audits assigned to you (6)");
        var submittedOnly = mvc.perform(get("/audit")
                        .param("list", "assigned")
                        .param("status", "SUBMITTED")
                        .with(demo.as("manager")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(submittedOnly).doesNotContain("/audit/audits/" + theirs);
        assertThat(mvc.perform(get("/audit/audits/" + theirs).with(demo.as("manager")))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(200);
    }

    /** A senior practitioner peer audits too, under the same rule: never a case of their own team. */
    @Test
    void aSeniorPractitionerAuditsOtherTeamsCasesNeverTheirOwn() throws Exception {
        long staff = jdbc.sql("select staff_id from user_account where username = 'practitioner'")
                .query(Long.class)
                .single();
        var role = jdbc.sql("select job_role from staff_member where id = ?")
                .param(staff)
                .query(String.class)
                .single();
        var form = mvc.perform(get("/audit/programmes/new").with(demo.as("qa.lead")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(form).as("a practitioner who is not senior is not offered").doesNotContain(nameOf("practitioner"));
        jdbc.sql("update staff_member set job_role = 'SENIOR_PRACTITIONER' where id = ?")
                .param(staff)
                .update();
        try {
            form = mvc.perform(get("/audit/programmes/new").with(demo.as("qa.lead")))
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            assertThat(form)
                    .as("senior practitioners are offered as peer auditors")
                    .contains(nameOf("practitioner"));
            long programme = created(plan("Senior peer audit", "draw", "31337", "practitioner", "6", "leader", "6"));
            assertThat(count(
                            "select count(*) from audit where programme_id = ? and auditor_user_id = ?",
                            programme,
                            userId("practitioner")))
                    .isEqualTo(6);
            assertThat(count(
                            "select count(*) from audit where programme_id = ? and auditor_user_id = ? and team_id = ?",
                            programme,
                            userId("practitioner"),
                            staffTeamOf("practitioner")))
                    .as("never a case of their own team")
                    .isZero();
            var list = mvc.perform(get("/audit").param("list", "assigned").with(demo.as("practitioner")))
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            assertThat(list).contains("Audits assigned to you");
        } finally {
            jdbc.sql("update staff_member set job_role = ? where id = ?")
                    .params(role, staff)
                    .update();
        }
    }

    @Test
    void anAuditGivenToSomeoneElseIsRecordedAndTheConflictRuleHolds() throws Exception {
        long programme = created(plan("Reassign", "draw", "4242", "leader", "30", "qa.lead", "30"));
        long audit = count(
                "select min(id) from audit where programme_id = ? and team_id <> ? and auditor_user_id = ?",
                programme,
                staffTeamOf("qa.lead"),
                userId("leader"));
        var page = mvc.perform(get("/audit/programmes/" + programme + "/audits/" + audit + "/change")
                        .with(demo.as("qa.lead")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains(nameOf("qa.lead")).contains("not yet submitted");

        var done = mvc.perform(post("/audit/programmes/" + programme + "/audits/" + audit + "/change/reassign")
                        .with(csrf())
                        .with(demo.as("qa.lead"))
                        .param("auditor", String.valueOf(userId("qa.lead")))
                        .param("reassignReason", "Auditor on leave"))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        assertThat(done).isEqualTo("/audit/programmes/" + programme);
        assertThat(count("select auditor_user_id from audit where id = ?", audit))
                .isEqualTo(userId("qa.lead"));
        assertThat(count(
                        "select count(*) from audit_change where audit_id = ? and kind = 'REASSIGNED'"
                                + " and from_user_id = ? and to_user_id = ?",
                        audit,
                        userId("leader"),
                        userId("qa.lead")))
                .isOne();
        var view = mvc.perform(get("/audit/programmes/" + programme).with(demo.as("qa.lead")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(view)
                .contains("Changes since the draw")
                .contains("Given to " + nameOf("qa.lead") + " (was " + nameOf("leader") + ")")
                .contains("Auditor on leave");

        long eastCase = count(
                "select min(id) from audit where programme_id = ? and team_id = ?", programme, staffTeamOf("manager"));
        long eastAuditor = count("select auditor_user_id from audit where id = ?", eastCase);
        var refused = mvc.perform(post("/audit/programmes/" + programme + "/audits/" + eastCase + "/change/reassign")
                        .with(csrf())
                        .with(demo.as("qa.lead"))
                        .param("auditor", String.valueOf(userId("manager"))))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(refused).contains("There is a problem").contains("this case is in their own team");
        assertThat(count("select auditor_user_id from audit where id = ?", eastCase))
                .isEqualTo(eastAuditor);
    }

    @Test
    void aReplacementIsDrawnFromTheSameGroupWithTheRecordedSeedAndDrawsTheSameAgain() throws Exception {
        long first = created(plan("Replace A", "draw", "9001", "leader", "30", "qa.lead", "30"));
        long second = created(plan("Replace B", "draw", "9001", "leader", "30", "qa.lead", "30"));
        String reference = jdbc.sql("select min(case_reference) from audit where programme_id = ? and team_id = ?")
                .params(first, staffTeamOf("manager"))
                .query(String.class)
                .single();
        String[] replacements = new String[2];
        int i = 0;
        for (long programme : new long[] {first, second}) {
            long audit =
                    count("select id from audit where programme_id = ? and case_reference = ?", programme, reference);
            mvc.perform(post("/audit/programmes/" + programme + "/audits/" + audit + "/change/remove")
                    .with(csrf())
                    .with(demo.as("qa.lead"))
                    .param("outcome", "REPLACE")
                    .param("removeReason", "Case closed before the audit began"));
            assertThat(jdbc.sql("select status from audit where id = ?")
                            .param(audit)
                            .query(String.class)
                            .single())
                    .isEqualTo("REMOVED");
            var replacement = jdbc.sql("""
                            select r.case_reference, r.stratum, r.status, c.replacement_seed, c.reason
                            from audit_change c join audit r on r.id = c.replacement_audit_id
                            where c.audit_id = ? and c.kind = 'REPLACED'
                            """)
                    .param(audit)
                    .query((rs, n) -> new Object[] {
                        rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4), rs.getString(5)
                    })
                    .single();
            assertThat(replacement[1]).isEqualTo("Child Protection Team East");
            assertThat(replacement[2]).isEqualTo("ASSIGNED");
            assertThat(replacement[3])
                    .as("the seed is recorded: the programme's, plus the replacement's number")
                    .isEqualTo(9002L);
            assertThat(replacement[4]).isEqualTo("Case closed before the audit began");
            assertThat(count(
                            "select count(*) from audit where programme_id = ? and case_reference = ?",
                            programme,
                            replacement[0]))
                    .as("a case not already in the sample")
                    .isOne();
            replacements[i++] = (String) replacement[0];
        }
        assertThat(replacements[1])
                .as("the same programme draws the same replacement")
                .isEqualTo(replacements[0]);
        assertThat(count("select count(*) from audit where programme_id = ? and status <> 'REMOVED'", first))
                .isEqualTo(12);
    }

    @Test
    void aCaseRemovedWithoutAReplacementNeedsAReasonAndLeavesTheGroupOneSmaller() throws Exception {
        long programme = created(plan("Remove", "draw", "31", "leader", "30", "qa.lead", "30"));
        long audit = AuditFixture.firstAudit(jdbc, programme);
        var url = "/audit/programmes/" + programme + "/audits/" + audit + "/change/remove";
        var refused = mvc.perform(post(url).with(csrf()).with(demo.as("qa.lead")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(refused)
                .contains("<a href=\"#outcome\">Choose whether to replace the case or only remove it</a>")
                .contains("<a href=\"#removeReason\">Enter why the case is taken out of the sample</a>");
        String stratum = jdbc.sql("select stratum from audit where id = ?")
                .param(audit)
                .query(String.class)
                .single();
        long sampled =
                count("select sampled from audit_stratum where programme_id = ? and stratum = ?", programme, stratum);
        mvc.perform(post(url)
                .with(csrf())
                .with(demo.as("qa.lead"))
                .param("outcome", "REMOVE")
                .param("removeReason", "Wrong team"));
        assertThat(count(
                        "select sampled from audit_stratum where programme_id = ? and stratum = ?", programme, stratum))
                .isEqualTo(sampled - 1);
        assertThat(count("select count(*) from audit_change where audit_id = ? and kind = 'REMOVED'", audit))
                .isOne();
        assertThat(mvc.perform(get("/audit/audits/" + audit).with(demo.as("leader")))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .as("a removed case is no longer the auditor's")
                .isEqualTo(403);
        var again = mvc.perform(get("/audit/programmes/" + programme + "/audits/" + audit + "/change")
                        .with(demo.as("qa.lead")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(again).contains("Removed from the sample").doesNotContain("Take the case out</button>");
    }

    @Test
    void eachAuditorsOutstandingAuditsAreShownWhenAssigningWithAWarningOverTheLimit() throws Exception {
        created(plan("Workload A", "draw", "55", "leader", "30", "qa.lead", "4"));
        created(plan("Workload B", "draw", "56", "leader", "30", "qa.lead", "4"));
        long outstanding = count(
                "select count(*) from audit where auditor_user_id = ? and status in ('ASSIGNED', 'IN_PROGRESS')",
                userId("leader"));
        var form = mvc.perform(get("/audit/programmes/new").with(demo.as("qa.lead")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(form)
                .contains("Audits not yet submitted")
                .containsSubsequence(nameOf("leader"), ">" + outstanding + "<", "Over 12");
    }
}
