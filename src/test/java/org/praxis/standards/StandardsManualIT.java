package org.praxis.standards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.junit.jupiter.api.Test;
import org.praxis.support.DemoUsers;
import org.praxis.support.PraxisIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

/** The manual: grouped by domain, filtered, added to with checks, and changed as new versions with a history. */
@PraxisIntegrationTest
@RecordApplicationEvents
class StandardsManualIT {

    @Autowired
    ApplicationEvents events;

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers demo;

    @Autowired
    JdbcClient jdbc;

    private String page(String path, String user) throws Exception {
        return mvc.perform(get(path).with(demo.as(user)))
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private long idOf(String code) {
        return jdbc.sql("select id from practice_standard where code = :c")
                .param("c", code)
                .query(Long.class)
                .single();
    }

    @Test
    void theManualGroupsStandardsByDomainAndFiltersByService() throws Exception {
        var all = page("/standards", "practitioner");
        assertThat(all).contains("Voice of the child or adult").contains("CS1 The child is seen, and seen alone");
        assertThat(all).contains("AS5 Safeguarding enquiries are proportionate and timely");
        var children = page("/standards?service=CHILDREN", "practitioner");
        assertThat(children).contains("CS3 Assessments are timely").contains("PS1 Management oversight");
        assertThat(children).doesNotContain("AS2 Care Act assessments");
        var risk = page("/standards?domain=RISK", "visitor");
        assertThat(risk).contains("CS5 ").doesNotContain("CS1 ");
        assertThat(page("/standards/print", "leader"))
                .contains("Practice standards manual")
                .contains("PS5 Our involvement");
    }

    @Test
    void addingChecksEachFieldAndWritesNothingWhenAnyIsWrong() throws Exception {
        long before = jdbc.sql("select count(*) from practice_standard")
                .query(Long.class)
                .single();
        var html = mvc.perform(post("/standards/new")
                        .with(csrf())
                        .with(demo.as("qa.lead"))
                        .param("code", "CS1")
                        .param("title", "")
                        .param("goodLooksLike", "x".repeat(4001))
                        .param("domain", "NOT_A_DOMAIN"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html).contains("<a href=\"#code\">There is already a standard CS1</a>");
        assertThat(html).contains("<a href=\"#title\">Enter the standard&#39;s title</a>");
        assertThat(html).contains("<a href=\"#goodLooksLike\">What good looks like must be 4,000 characters or fewer");
        assertThat(html).contains("<a href=\"#domain\">Select the domain the standard belongs to</a>");
        assertThat(html).contains("<a href=\"#service\">Select the service the standard is for</a>");
        assertThat(html)
                .as("the error summary follows the page; the taken code (asked of the manual) comes first")
                .containsSubsequence(
                        "href=\"#code\"",
                        "href=\"#title\"",
                        "href=\"#goodLooksLike\"",
                        "href=\"#domain\"",
                        "href=\"#service\"");
        var badCode = mvc.perform(post("/standards/new")
                        .with(csrf())
                        .with(demo.as("qa.lead"))
                        .param("code", "CS 9; drop")
                        .param("title", "Title")
                        .param("goodLooksLike", "Good")
                        .param("domain", "RISK")
                        .param("service", "ALL"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(badCode).contains("The code must be up to 20 letters, numbers, dots or dashes");
        assertThat(jdbc.sql("select count(*) from practice_standard")
                        .query(Long.class)
                        .single())
                .isEqualTo(before);
    }

    @Test
    void changingTheWordingAddsAVersionAndAStaleChangeIsRefused() throws Exception {
        var code = "T-" + System.nanoTime() % 100000;
        mvc.perform(post("/standards/new")
                .with(csrf())
                .with(demo.as("qa.lead"))
                .param("code", code)
                .param("title", "Contingency planning")
                .param("goodLooksLike", "Plans say what happens if things go wrong.")
                .param("domain", "PLANNING")
                .param("service", "CHILDREN"));
        long id = idOf(code);
        var change = mvc.perform(post("/standards/" + id + "/edit")
                        .with(csrf())
                        .with(demo.as("qa.lead"))
                        .param("title", "Contingency planning")
                        .param("goodLooksLike", "Plans say what happens if things go wrong, and who acts.")
                        .param("domain", "PLANNING")
                        .param("service", "CHILDREN")
                        .param("changeNote", "Named who acts")
                        .param("version", "1"))
                .andReturn()
                .getResponse();
        assertThat(change.getRedirectedUrl()).isEqualTo("/standards/" + id);
        var noNote = mvc.perform(post("/standards/" + id + "/edit")
                        .with(csrf())
                        .with(demo.as("qa.lead"))
                        .param("title", "Contingency planning")
                        .param("goodLooksLike", "Changed without a note")
                        .param("domain", "PLANNING")
                        .param("service", "CHILDREN")
                        .param("changeNote", " ")
                        .param("version", "2"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(noNote)
                .contains("<a href=\"#changeNote\">Enter what changed and why</a>")
                .contains("Changed without a note");
        var history = page("/standards/" + id, "manager");
        assertThat(history).contains("Named who acts").contains("First version").contains("Version 2.");
        // Someone who opened version 1 and saves now must not overwrite version 2.
        var stale = mvc.perform(post("/standards/" + id + "/edit")
                        .with(csrf())
                        .with(demo.as("qa.lead"))
                        .param("title", "Old title")
                        .param("goodLooksLike", "Old")
                        .param("domain", "PLANNING")
                        .param("service", "CHILDREN")
                        .param("changeNote", "Mine")
                        .param("version", "1"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(stale).contains("Someone else changed this standard while you were editing it");
        assertThat(jdbc.sql("select count(*) from practice_standard_version where standard_id = :id")
                        .param("id", id)
                        .query(Long.class)
                        .single())
                .isEqualTo(2);
        assertThat(jdbc.sql("select current_version from practice_standard where id = :id")
                        .param("id", id)
                        .query(Integer.class)
                        .single())
                .isEqualTo(2);
        assertThat(events.stream(StandardChanged.class))
                .as("the stale change published nothing")
                .containsExactly(new StandardChanged(id, 2));
        assertThat(idOf("CS1")).isPositive();
    }
}
