package org.praxis.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.junit.jupiter.api.Test;
import org.praxis.support.CookieJar;
import org.praxis.support.DemoUsers;
import org.praxis.support.PraxisIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Administrators give access: accounts linked to staff, roles and team scope, and changes that apply at once. */
@PraxisIntegrationTest
class UserAdministrationIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers demo;

    @Autowired
    JdbcClient jdbc;

    private String staffEmailWithoutAccount(int offset) {
        return jdbc.sql("select s.work_email from staff_member s where s.active = true and s.team_id is not null"
                        + " and not exists (select 1 from user_account u where u.staff_id = s.id) order by s.id limit 1 offset "
                        + offset)
                .query(String.class)
                .single();
    }

    @Test
    void aManagersAccountTakesTheTeamOfTheirStaffRecordAndCanSignIn() throws Exception {
        var email = staffEmailWithoutAccount(0);
        var created = mvc.perform(post("/admin/users/new")
                        .with(csrf())
                        .with(demo.as("admin"))
                        .param("username", "new.manager")
                        .param("personKind", "staff")
                        .param("staffEmail", email.toUpperCase())
                        .param("roles", "MANAGER")
                        .param("password", "a long enough password"))
                .andReturn();
        assertThat(created.getResponse().getRedirectedUrl()).isEqualTo("/admin/users");
        var account = jdbc.sql(
                        "select u.team_id, s.team_id as staff_team from user_account u join staff_member s on s.id = u.staff_id where u.username = 'new.manager'")
                .query()
                .singleRow();
        assertThat(account.get("team_id")).isEqualTo(account.get("staff_team"));

        var browser = new CookieJar(mvc);
        var signedIn = browser.perform(post("/sign-in")
                .param("username", "New.Manager")
                .param("password", "a long enough password")
                .with(csrf()));
        assertThat(signedIn.getResponse().getRedirectedUrl()).isEqualTo("/");
    }

    @Test
    void everyProblemWithANewAccountIsExplained() throws Exception {
        var html = mvc.perform(post("/admin/users/new")
                        .with(csrf())
                        .with(demo.as("admin"))
                        .param("username", "x")
                        .param("personKind", "staff")
                        .param("staffEmail", "nobody@nowhere.example")
                        .param("password", "short"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html)
                .as("every problem, in the error summary in the order of the page")
                .containsSubsequence(
                        "<a href=\"#username\">Username must be 3 to 60 letters, numbers, dots, dashes or underscores</a>",
                        "<a href=\"#staffEmail\">Enter the work email of an active staff member</a>",
                        "<a href=\"#roles\">Select at least one role</a>",
                        "<a href=\"#password\">Password must be between 12 and 200 characters</a>");

        var duplicate = mvc.perform(post("/admin/users/new")
                        .with(csrf())
                        .with(demo.as("admin"))
                        .param("username", "leader")
                        .param("personKind", "staff")
                        .param("staffEmail", staffEmailWithoutAccount(1))
                        .param("roles", "LEADER")
                        .param("password", "a long enough password"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(duplicate).contains("This username is already taken");
    }

    @Test
    void changingSomeonesRolesSignsThemOutEverywhere() throws Exception {
        mvc.perform(post("/admin/users/new")
                .with(csrf())
                .with(demo.as("admin"))
                .param("username", "soon.changed")
                .param("personKind", "staff")
                .param("staffEmail", staffEmailWithoutAccount(2))
                .param("roles", "LEADER")
                .param("password", "a long enough password"));
        var browser = new CookieJar(mvc);
        browser.perform(post("/sign-in")
                .param("username", "soon.changed")
                .param("password", "a long enough password")
                .with(csrf()));
        assertThat(browser.perform(get("/organisation/teams")).getResponse().getStatus())
                .isEqualTo(200);

        var account = jdbc.sql("select id, version from user_account where username = 'soon.changed'")
                .query()
                .singleRow();
        var changed = mvc.perform(post("/admin/users/" + account.get("id") + "/edit")
                        .with(csrf())
                        .with(demo.as("admin"))
                        .param("roles", "VISITOR")
                        .param("active", "yes")
                        .param("version", String.valueOf(account.get("version"))))
                .andReturn();
        assertThat(changed.getResponse().getRedirectedUrl()).isEqualTo("/admin/users");
        assertThat(browser.perform(get("/organisation/teams")).getResponse().getRedirectedUrl())
                .endsWith("/sign-in");
    }

    @Test
    void anAdministratorCannotRemoveTheirOwnAccess() throws Exception {
        var admin = jdbc.sql("select id, version from user_account where username = 'admin'")
                .query()
                .singleRow();
        var html = mvc.perform(post("/admin/users/" + admin.get("id") + "/edit")
                        .with(csrf())
                        .with(demo.as("admin"))
                        .param("roles", "LEADER")
                        .param("active", "yes")
                        .param("version", String.valueOf(admin.get("version"))))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html).contains("You cannot remove your own administrator role or deactivate your own account");
        assertThat(jdbc.sql(
                                "select count(*) from user_role r join user_account u on u.id = r.user_account where u.username = 'admin' and r.role = 'ADMIN'")
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }
}
