package org.praxis.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.junit.jupiter.api.Test;
import org.praxis.support.DemoUsers;
import org.praxis.support.PraxisIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A page about one record names it in its title (the browser tab, the history list, what a screen reader announces
 * first), not "Action – Praxis" on every action: checked on the demo's records.
 */
@PraxisIntegrationTest
class PageTitlesNameTheRecordIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers demo;

    @Autowired
    JdbcClient jdbc;

    private String title(String path) throws Exception {
        var html = mvc.perform(get(path).with(demo.as("qa.lead")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        return org.jsoup.Jsoup.parse(html).title();
    }

    private <T> T first(String sql, Class<T> type) {
        return jdbc.sql(sql).query(type).list().getFirst();
    }

    @Test
    void actionsAuditsProgrammesReviewsAndWeeksAreNamedInTheirTitles() throws Exception {
        long action = first("select min(id) from action_item", Long.class);
        var actionTitle = first("select title from action_item where id = " + action, String.class);
        assertThat(title("/actions/" + action)).isEqualTo("Action: " + actionTitle + " – Praxis");

        long audit = first("select min(id) from audit where status = 'SUBMITTED'", Long.class);
        var reference = first("select case_reference from audit where id = " + audit, String.class);
        assertThat(title("/audit/audits/" + audit)).isEqualTo("Audit of case " + reference + " – Praxis");

        long programme = first("select min(id) from audit_programme", Long.class);
        var name = first("select name from audit_programme where id = " + programme, String.class);
        assertThat(title("/audit/programmes/" + programme)).isEqualTo(name + " – Praxis");

        long review = first("select min(id) from learning_review", Long.class);
        var reviewTitle = first("select title from learning_review where id = " + review, String.class);
        assertThat(title("/learning/reviews/" + review)).isEqualTo(reviewTitle + " – Praxis");

        long week = first("select min(id) from practice_week", Long.class);
        var weekName = first("select name from practice_week where id = " + week, String.class);
        assertThat(title("/practice-week/" + week)).isEqualTo(weekName + " – Praxis");

        var titles = java.util.List.of(
                title("/actions/" + action), title("/audit/audits/" + audit), title("/learning/reviews/" + review));
        assertThat(titles).doesNotHaveDuplicates();
    }
}
