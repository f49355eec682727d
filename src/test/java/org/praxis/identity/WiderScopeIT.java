package org.praxis.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.praxis.register.ChildrensRegister;
import org.praxis.support.DemoUsers;
import org.praxis.support.PraxisIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A service manager's scope of several teams and a whole service (decision 0029): the same rule for the case
 * register, one case, the staff list, and nothing outside it.
 */
@PraxisIntegrationTest
class WiderScopeIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers demo;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Accounts accounts;

    private long team(String name) {
        return jdbc.sql("select id from team where name = ?")
                .param(name)
                .query(Long.class)
                .single();
    }

    private long service(String name) {
        return jdbc.sql("select id from service_area where name = ?")
                .param(name)
                .query(Long.class)
                .single();
    }

    private long caseIn(long snapshot, String team) {
        return jdbc.sql("select min(id) from register_case where snapshot_id = ? and team_id = ?")
                .params(snapshot, team(team))
                .query(Long.class)
                .single();
    }

    private String reference(long caseId) {
        return jdbc.sql("select case_reference from register_case where id = ?")
                .param(caseId)
                .query(String.class)
                .single();
    }

    private int status(String url, String username) throws Exception {
        return mvc.perform(get(url).with(demo.as(username)))
                .andReturn()
                .getResponse()
                .getStatus();
    }

    @Test
    void aServiceManagerSeesTheirTeamsAndWholeServiceAndNothingElse() throws Exception {
        var username = "service.manager." + System.nanoTime() % 1_000_000;
        long staff = jdbc.sql("select staff_id from user_account where username = 'manager'")
                .query(Long.class)
                .single();
        long id = accounts.create(
                username,
                "a long enough password",
                staff,
                null,
                team("Child Protection Team Central"),
                EnumSet.of(Role.MANAGER));
        var saved = mvc.perform(post("/admin/users/" + id + "/edit")
                        .with(csrf())
                        .with(demo.as("admin"))
                        .param("roles", "MANAGER")
                        .param("teamId", String.valueOf(team("Child Protection Team Central")))
                        .param("furtherTeams", String.valueOf(team("Child Protection Team West")))
                        .param("services", String.valueOf(service("Children in care")))
                        .param("active", "yes")
                        .param("version", "0"))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        assertThat(saved).isEqualTo("/admin/users");
        assertThat(mvc.perform(get("/admin/users/" + id + "/edit").with(demo.as("admin")))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .as("the wider scope is shown again")
                .contains("A wider scope, for a service manager")
                .containsPattern("value=\"" + service("Children in care") + "\"\\s+checked");

        long snapshot = new ChildrensRegister()
                .childProtection(2, "Child Protection Team East")
                .childProtection(2, "Child Protection Team West")
                .childrenInNeed(2, "Children in Care Team 1")
                .childrenInNeed(2, "Assessment Team North")
                .imported(mvc, demo.as("qa.lead"));

        assertThat(status("/register/cases/" + caseIn(snapshot, "Child Protection Team West"), username))
                .as("a further team's case")
                .isEqualTo(200);
        assertThat(status("/register/cases/" + caseIn(snapshot, "Children in Care Team 1"), username))
                .as("a case of a team in the whole service")
                .isEqualTo(200);
        assertThat(status("/register/cases/" + caseIn(snapshot, "Assessment Team North"), username))
                .as("outside the scope")
                .isEqualTo(403);
        assertThat(status("/register/cases/" + caseIn(snapshot, "Child Protection Team West"), "manager"))
                .as("a one-team manager is unchanged")
                .isEqualTo(403);

        var register = mvc.perform(get("/register").with(demo.as(username)))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(register)
                .contains(reference(caseIn(snapshot, "Child Protection Team West")))
                .contains(reference(caseIn(snapshot, "Children in Care Team 1")))
                .doesNotContain(reference(caseIn(snapshot, "Assessment Team North")));

        var staffList = mvc.perform(get("/organisation/staff")
                        .param("teamId", String.valueOf(team("Children in Care Team 2")))
                        .with(demo.as(username)))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(staffList).contains("Children in Care Team 2");
        var outside = mvc.perform(get("/organisation/staff")
                        .param("teamId", String.valueOf(team("Assessment Team North")))
                        .with(demo.as(username)))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(outside).doesNotContain("<td class=\"govuk-table__cell\">Assessment Team North</td>");

        // The account is the test's own: deactivated, it is told nothing other tests' teams do.
        jdbc.sql("update user_account set active = false where id = ?")
                .param(id)
                .update();
    }
}
