package org.praxis.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.praxis.register.ChildrensRegister;
import org.praxis.support.DemoUsers;
import org.praxis.support.PraxisIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Planning a programme: the sample, its strata, the seed, the auditors, and the refusals that write nothing. */
@PraxisIntegrationTest
class AuditProgrammeIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers demo;

    @Autowired
    JdbcClient jdbc;

    private long userId(String username) {
        return jdbc.sql("select id from user_account where username = :u")
                .param("u", username)
                .query(Long.class)
                .single();
    }

    private long childrensTemplate() {
        return jdbc.sql(
                        "select v.id from audit_template_version v join audit_template t on t.id = v.template_id"
                                + " where t.service = 'CHILDREN' and v.status = 'PUBLISHED' order by v.id fetch first 1 rows only")
                .query(Long.class)
                .single();
    }

    private String teamNameOf(String username) {
        return jdbc.sql("select t.name from user_account u join staff_member s on s.id = u.staff_id"
                        + " join team t on t.id = s.team_id where u.username = :u")
                .param("u", username)
                .query(String.class)
                .single();
    }

    /**
     * The register these programmes sample from: 24 child protection cases and children in need in four teams, two of
     * them the auditors' own, whatever snapshots other tests imported.
     */
    @BeforeEach
    void aRegisterOfOurOwn() throws Exception {
        new ChildrensRegister()
                .childProtection(8, "Child Protection Team East")
                .childrenInNeed(8, "Child Protection Team West")
                .childProtection(4, teamNameOf("leader"))
                .childrenInNeed(4, teamNameOf("qa.lead"))
                .imported(mvc, demo.as("qa.lead"));
    }

    MockHttpServletRequestBuilder plan(String name, String size, String seed) {
        var due = LocalDate.now().plusWeeks(3);
        return post("/audit/programmes/new")
                .with(csrf())
                .with(demo.as("qa.lead"))
                .param("name", name)
                .param("theme", "Routine")
                .param("templateVersionId", String.valueOf(childrensTemplate()))
                .param("caseTypes", "CHILD_PROTECTION", "CHILD_IN_NEED")
                .param("sampleSize", size)
                .param("stratifyBy", "TEAM")
                .param("excludeMonths", "0")
                .param("seed", seed)
                .param("dueDate.day", String.valueOf(due.getDayOfMonth()))
                .param("dueDate.month", String.valueOf(due.getMonthValue()))
                .param("dueDate.year", String.valueOf(due.getYear()))
                .param("moderationPercent", "10")
                .param("capacity-" + userId("leader"), "30")
                .param("capacity-" + userId("qa.lead"), "30");
    }

    private long created(MockHttpServletRequestBuilder request) throws Exception {
        var url = mvc.perform(request).andReturn().getResponse().getRedirectedUrl();
        assertThat(url).as("programme created").startsWith("/audit/programmes/");
        return Long.parseLong(url.substring(url.lastIndexOf('/') + 1));
    }

    private List<String> sample(long programme) {
        return jdbc.sql("select case_reference from audit where programme_id = :p order by case_reference")
                .param("p", programme)
                .query(String.class)
                .list();
    }

    @Test
    void aStratifiedSampleIsDrawnAssignedOutsideTheAuditorsTeamsAndCanBeDrawnAgain() throws Exception {
        long first = created(plan("Sampling test A", "20", "12345"));
        var references = sample(first);
        assertThat(references).hasSize(20).doesNotHaveDuplicates();
        assertThat(jdbc.sql("select sum(sampled) from audit_stratum where programme_id = :p")
                        .param("p", first)
                        .query(Integer.class)
                        .single())
                .isEqualTo(20);
        assertThat(jdbc.sql("select count(*) from audit_stratum where programme_id = :p and sampled < 1")
                        .param("p", first)
                        .query(Integer.class)
                        .single())
                .as("every team gets at least one case")
                .isZero();
        assertThat(jdbc.sql("""
                        select count(*) from audit a join audit_programme_auditor p
                            on p.programme_id = a.programme_id and p.user_id = a.auditor_user_id
                        where a.programme_id = :p and (a.team_id = p.team_id or a.worker_staff_id = p.staff_id)
                        """).param("p", first).query(Integer.class).single())
                .as("no auditor has a case from their own team or caseload")
                .isZero();
        assertThat(jdbc.sql("select count(*) from audit where programme_id = :p and auditor_user_id is null")
                        .param("p", first)
                        .query(Integer.class)
                        .single())
                .isZero();

        long again = created(plan("Sampling test B", "20", "12345"));
        assertThat(sample(again)).as("the same seed draws the same sample").isEqualTo(references);

        var page = mvc.perform(get("/audit/programmes/" + first).with(demo.as("qa.lead")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains("12345 (the same seed draws the same sample again)")
                .contains("The sample by group");
    }

    @Test
    void aSampleLargerThanThePopulationIsRefusedWithTheOptionsAndNothingIsWritten() throws Exception {
        long before = jdbc.sql("select count(*) from audit_programme")
                .query(Long.class)
                .single();
        var html = mvc.perform(plan("Too big", "99999", ""))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html)
                .contains("There is a problem")
                .containsPattern("The population has [\\d,]+ cases, fewer than the sample of 99999");
        assertThat(html).contains("or widen the population");
        assertThat(jdbc.sql("select count(*) from audit_programme")
                        .query(Long.class)
                        .single())
                .isEqualTo(before);
    }

    @Test
    void badPlansNameEachField() throws Exception {
        long before = jdbc.sql("select count(*) from audit_programme")
                .query(Long.class)
                .single();
        var html = mvc.perform(post("/audit/programmes/new")
                        .with(csrf())
                        .with(demo.as("qa.lead"))
                        .param("name", "")
                        .param("openOn.month", "3")
                        .param("excludeMonths", "99")
                        .param("sampleSize", "ten")
                        .param("stratifyBy", "BY_STAR_SIGN")
                        .param("dueDate.day", "31")
                        .param("dueDate.month", "2")
                        .param("dueDate.year", "2027")
                        .param("moderationPercent", "150"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html).contains("<a href=\"#name\">Enter the programme&#39;s name</a>");
        assertThat(html).contains("<a href=\"#templateVersionId\">Choose the template to audit with</a>");
        assertThat(html).contains("<a href=\"#sampleSize\">The sample size must be a whole number, like 10</a>");
        assertThat(html).contains("<a href=\"#stratifyBy\">Select how the sample is stratified</a>");
        assertThat(html).contains("<a href=\"#dueDate\">Due date must be a real date</a>");
        assertThat(html).contains("<a href=\"#moderationPercent\">The moderation rate must be between 0 and 100</a>");
        assertThat(html).contains("Give at least one auditor a capacity of 1 or more");
        assertThat(html)
                .as("the error summary follows the page; the auditors' capacities (no single field) come last")
                .containsSubsequence(
                        "href=\"#name\"",
                        "href=\"#templateVersionId\"",
                        "<a href=\"#openOn\">Open on must include a day, month and year</a>",
                        "<a href=\"#excludeMonths\">The months must be between 0 and 60</a>",
                        "href=\"#sampleSize\"",
                        "href=\"#stratifyBy\"",
                        "href=\"#dueDate\"",
                        "href=\"#moderationPercent\"",
                        "Give at least one auditor a capacity of 1 or more");
        assertThat(html).as("what was typed is kept").contains("value=\"ten\"");
        assertThat(jdbc.sql("select count(*) from audit_programme")
                        .query(Long.class)
                        .single())
                .isEqualTo(before);
    }

    @Test
    void tooFewAuditorsForTheSampleIsExplained() throws Exception {
        var small = post("/audit/programmes/new").with(csrf()).with(demo.as("qa.lead"));
        var due = LocalDate.now().plusWeeks(3);
        var html = mvc.perform(small.param("name", "Short")
                        .param("templateVersionId", String.valueOf(childrensTemplate()))
                        .param("sampleSize", "20")
                        .param("stratifyBy", "NONE")
                        .param("excludeMonths", "0")
                        .param("dueDate.day", String.valueOf(due.getDayOfMonth()))
                        .param("dueDate.month", String.valueOf(due.getMonthValue()))
                        .param("dueDate.year", String.valueOf(due.getYear()))
                        .param("moderationPercent", "10")
                        .param("capacity-" + userId("leader"), "3")
                        .param("capacity-" + userId("qa.lead"), "2"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html).contains("The auditors can do 5 audits between them, fewer than the sample of 20");
    }
}
