package org.praxis.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.LinkedHashSet;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.praxis.support.DemoUsers;
import org.praxis.support.PraxisIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Every demo account, not a chosen few: its home page offers something to do, never advertises what is not built,
 * and every card and menu link it shows opens (200) for that person.
 */
@PraxisIntegrationTest
class HomeLinksIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers demo;

    @Autowired
    JdbcClient jdbc;

    @Test
    void everyHomeCardAndMenuLinkOpensForEveryDemoUser() throws Exception {
        var usernames = jdbc.sql("select username from user_account where active order by username")
                .query(String.class)
                .list();
        assertThat(usernames).as("demo accounts").hasSizeGreaterThan(10);
        for (var username : usernames) {
            var home = mvc.perform(get("/").with(demo.as(username))).andReturn().getResponse();
            assertThat(home.getStatus()).as("home page of %s", username).isEqualTo(200);
            var page = Jsoup.parse(home.getContentAsString());
            assertThat(page.text()).as("home page of %s", username).doesNotContain("Not built yet");
            var cards = page.select("main .praxis-card a[href]").eachAttr("href");
            assertThat(cards).as("cards on the home page of %s", username).isNotEmpty();
            var links = new LinkedHashSet<>(cards);
            links.addAll(page.select("#navigation a[href]").eachAttr("href"));
            for (var href : links) {
                var status = mvc.perform(get(href).with(demo.as(username)))
                        .andReturn()
                        .getResponse()
                        .getStatus();
                assertThat(status)
                        .as("%s follows %s from the home page", username, href)
                        .isEqualTo(200);
            }
        }
    }

    /** Other tests make QA leads of their own (through single sign-on's groups, for one): the role decides. */
    private boolean isQaLead(String username) {
        return jdbc.sql("select count(*) from user_role r join user_account u on u.id = r.user_account"
                                + " where u.username = ? and r.role = 'QA_LEAD'")
                        .param(username)
                        .query(Long.class)
                        .single()
                > 0;
    }

    @Test
    void everyPracticeWeekListedIsLinkedOnlyForThoseWhoMayOpenIt() throws Exception {
        // A week of this test's own that no team and no visitor takes part in: only QA leads may open it.
        long own = jdbc.sql("""
                        insert into practice_week (name, first_day, last_day, slots_due, availability_due,
                            feedback_code, created_by, created_at)
                        values ('Nobody''s week', date '2031-03-03', date '2031-03-07', date '2031-02-01',
                            date '2031-02-15', 'HOMELINKS', 'test', current_timestamp)
                        """).update() == 1
                ? jdbc.sql("select id from practice_week where feedback_code = 'HOMELINKS'")
                        .query(Long.class)
                        .single()
                : -1;
        try {
            var usernames = jdbc.sql("select username from user_account where active order by username")
                    .query(String.class)
                    .list();
            for (var username : usernames) {
                var list = mvc.perform(get("/practice-week").with(demo.as(username)))
                        .andReturn()
                        .getResponse();
                if (list.getStatus() != 200) {
                    continue;
                }
                var page = Jsoup.parse(list.getContentAsString());
                for (var link : page.select("main table a[href]").eachAttr("href")) {
                    assertThat(mvc.perform(get(link).with(demo.as(username)))
                                    .andReturn()
                                    .getResponse()
                                    .getStatus())
                            .as("%s opens %s from the list of weeks", username, link)
                            .isEqualTo(200);
                }
                var ownLinked = page.select("main table a[href=/practice-week/" + own + "]")
                        .size();
                assertThat(ownLinked)
                        .as("%s: a week nobody takes part in is linked for QA leads only", username)
                        .isEqualTo(isQaLead(username) ? 1 : 0);
                assertThat(page.text()).as("%s sees the week's name", username).contains("Nobody's week");
            }
        } finally {
            jdbc.sql("delete from practice_week where id = ?").param(own).update();
        }
    }

    @Test
    void aVisitorIsLedToTheirTimetableAndAnAdministratorIsNotOfferedCases() throws Exception {
        var visitor = Jsoup.parse(mvc.perform(get("/").with(demo.as("visitor")))
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(visitor.select("main .praxis-card a[href]").eachAttr("href"))
                .anyMatch(href -> href.matches("/practice-week/\\d+/my-visits"));

        var admin = Jsoup.parse(mvc.perform(get("/").with(demo.as("admin")))
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(admin.select("#navigation a[href]").eachAttr("href"))
                .contains("/admin/access-log")
                .doesNotContain("/register", "/practice-week");
    }
}
