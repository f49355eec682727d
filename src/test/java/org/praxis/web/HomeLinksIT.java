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
