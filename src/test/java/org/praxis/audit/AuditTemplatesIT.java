package org.praxis.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.junit.jupiter.api.Test;
import org.praxis.support.DemoUsers;
import org.praxis.support.PraxisIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Templates are built as drafts, frozen on publishing, and changed only as a new version. */
@PraxisIntegrationTest
class AuditTemplatesIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers demo;

    @Autowired
    JdbcClient jdbc;

    private long standard(String code) {
        return jdbc.sql("select id from practice_standard where code = :c")
                .param("c", code)
                .query(Long.class)
                .single();
    }

    private String html(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request)
            throws Exception {
        return mvc.perform(request.with(csrf()).with(demo.as("qa.lead")))
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    @Test
    void aDraftIsBuiltPublishedAndThenFrozenUntilANewVersion() throws Exception {
        var name = "Neglect themed audit " + System.nanoTime();
        var created = mvc.perform(post("/audit/templates/new")
                        .with(csrf())
                        .with(demo.as("qa.lead"))
                        .param("name", name)
                        .param("service", "CHILDREN")
                        .param("description", "Themed"))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        assertThat(created).startsWith("/audit/templates/versions/");
        long version = Long.parseLong(created.substring(created.lastIndexOf('/') + 1));
        assertThat(html(post(created + "/sections").param("title", " ")))
                .contains("<a href=\"#title\">Enter the section&#39;s title</a>");
        html(post(created + "/sections").param("title", "Neglect"));
        long section = jdbc.sql("select id from audit_section where template_version_id = :v")
                .param("v", version)
                .query(Long.class)
                .single();

        var missing = html(post(created + "/questions/new")
                .param("sectionId", "0")
                .param("text", "")
                .param("guidance", "g".repeat(2001))
                .param("answerType", "SHOUTING")
                .param("required", "maybe"));
        assertThat(missing)
                .as("in the page's order, the section and standards (checked by the controller) in their places")
                .containsSubsequence(
                        "<a href=\"#sectionId\">Select the section the question goes in</a>",
                        "<a href=\"#text\">Enter the question</a>",
                        "<a href=\"#guidance\">The guidance must be 2,000 characters or fewer (it has 2,001)</a>",
                        "<a href=\"#answerType\">Select how the question is answered</a>",
                        "<a href=\"#required\">Select whether an answer is required</a>",
                        "<a href=\"#standards\">Select at least one standard the question tests</a>");
        assertThat(jdbc.sql("select count(*) from audit_question where template_version_id = :v")
                        .param("v", version)
                        .query(Long.class)
                        .single())
                .isZero();

        html(post(created + "/questions/new")
                .param("sectionId", String.valueOf(section))
                .param("text", "How well is neglect recognised?")
                .param("guidance", "Cumulative harm is considered")
                .param("answerType", "GRADE")
                .param("required", "yes")
                .param("standards", String.valueOf(standard("CS5")), String.valueOf(standard("CS2"))));
        int lock = jdbc.sql("select lock_version from audit_template_version where id = :v")
                .param("v", version)
                .query(Integer.class)
                .single();
        // A publish based on an older view of the draft is refused.
        mvc.perform(post(created + "/publish")
                .with(csrf())
                .with(demo.as("qa.lead"))
                .param("lockVersion", String.valueOf(lock - 1)));
        assertThat(status(version)).isEqualTo("DRAFT");
        mvc.perform(post(created + "/publish")
                .with(csrf())
                .with(demo.as("qa.lead"))
                .param("lockVersion", String.valueOf(lock)));
        assertThat(status(version)).isEqualTo("PUBLISHED");

        var refused = mvc.perform(post(created + "/questions/new")
                        .with(csrf())
                        .with(demo.as("qa.lead"))
                        .param("sectionId", String.valueOf(section))
                        .param("text", "Sneaked in after publishing")
                        .param("answerType", "TEXT")
                        .param("required", "no")
                        .param("standards", String.valueOf(standard("CS5"))))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(refused).contains("is published, so it cannot be changed").contains("Make a new version");
        assertThat(jdbc.sql("select count(*) from audit_question where template_version_id = :v")
                        .param("v", version)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);

        long template = jdbc.sql("select template_id from audit_template_version where id = :v")
                .param("v", version)
                .query(Long.class)
                .single();
        var next = mvc.perform(post("/audit/templates/" + template + "/new-version")
                        .with(csrf())
                        .with(demo.as("qa.lead")))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        long copy = Long.parseLong(next.substring(next.lastIndexOf('/') + 1));
        assertThat(copy).isNotEqualTo(version);
        assertThat(status(copy)).isEqualTo("DRAFT");
        assertThat(jdbc.sql(
                                "select count(*) from audit_question_standard qs join audit_question q on q.id = qs.question_id"
                                        + " where q.template_version_id = :v")
                        .param("v", copy)
                        .query(Long.class)
                        .single())
                .as("the copy keeps each question's standards")
                .isEqualTo(2);
    }

    private String status(long version) {
        return jdbc.sql("select status from audit_template_version where id = :v")
                .param("v", version)
                .query(String.class)
                .single();
    }
}
