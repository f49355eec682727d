package org.praxis.workforce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.praxis.identity.Role;
import org.praxis.organisation.EmploymentType;
import org.praxis.organisation.JobRole;
import org.praxis.organisation.OrganisationDirectory;
import org.praxis.register.ChildrensRegister;
import org.praxis.support.DemoUsers;
import org.praxis.support.PraxisIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Caseloads from the register's latest snapshot against each job role's threshold (20 cases; 16 for a newly qualified
 * social worker): the team's manager sees their workers by name, and a manager of another team does not; the QA lead
 * sees each team's counts and the workers over their threshold; the reads are in the access log.
 */
@PraxisIntegrationTest
class CaseloadIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers demo;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationContext context;

    @Autowired
    OrganisationDirectory organisation;

    @Autowired
    WorkforceFigures figures;

    private String html(String path, String username) throws Exception {
        var response =
                mvc.perform(get(path).with(demo.as(username))).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        return response.getContentAsString();
    }

    private static String row(String html, String name) {
        int at = html.indexOf(name);
        assertThat(at).as(name + " is listed").isPositive();
        return html.substring(at, html.indexOf("</tr>", at));
    }

    @Test
    void workersOverTheirRolesThresholdAreShownToTheirManagerAndTheQaLead() throws Exception {
        var f = new WorkforceFixture(context);
        long managerStaff = f.staff("Mo", JobRole.TEAM_MANAGER, EmploymentType.PERMANENT, LocalDate.of(2018, 1, 8));
        var manager = f.account("Mo", managerStaff, f.team, Role.MANAGER);
        f.staff("Sam", JobRole.SOCIAL_WORKER, EmploymentType.PERMANENT, LocalDate.of(2020, 1, 6));
        f.staff("Nat", JobRole.ASYE, EmploymentType.PERMANENT, LocalDate.now().minusMonths(4));
        long other = f.anotherTeam();
        long otherManagerStaff = f.staffIn(other, "Ola", JobRole.TEAM_MANAGER, EmploymentType.PERMANENT, null);
        var otherManager = f.account("Ola", otherManagerStaff, other, Role.MANAGER);
        var teamName = organisation.team(f.team).orElseThrow().name();

        new ChildrensRegister()
                .childrenInNeed(18, teamName, f.name("Sam"))
                .childrenInNeed(18, teamName, f.name("Nat"))
                .childrenInNeed(2, teamName, "")
                .imported(mvc, demo.as("qa.lead"));

        var managers = html("/workforce/caseloads", manager);
        assertThat(row(managers, f.name("Sam"))).contains(">18<").doesNotContain("Over by");
        assertThat(row(managers, f.name("Nat")))
                .as("16 for a newly qualified social worker")
                .contains("Over by 2");
        assertThat(managers).contains("1 worker in your teams is over their threshold");
        assertThat(jdbc.sql("""
                        select count(*) from access_log where username = ? and action = 'VIEWED'
                        and record_type = 'Team caseloads' and record_id = ?""")
                        .params(manager, String.valueOf(f.team))
                        .query(Long.class)
                        .single())
                .isEqualTo(1);

        assertThat(html("/workforce/caseloads", otherManager))
                .doesNotContain(f.name("Sam"))
                .doesNotContain(f.name("Nat"));
        assertThat(mvc.perform(get("/workforce/caseloads").with(demo.as("practitioner")))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);

        var qaLead = html("/workforce/caseloads", "qa.lead");
        assertThat(qaLead).contains(f.name("Nat")).doesNotContain(f.name("Sam"));
        assertThat(row(qaLead, teamName)).contains(">2<").contains(">36<");

        var team = figures.caseloads().stream()
                .filter(c -> c.teamId() != null && c.teamId() == f.team)
                .findFirst()
                .orElseThrow();
        assertThat(team.openCases()).isEqualTo(36);
        assertThat(team.workers()).isEqualTo(2);
        assertThat(team.workersOver()).isEqualTo(1);
        assertThat(team.averagePerWorker()).isEqualTo(18.0);
        assertThat(figures.caseloads().getFirst().unallocated())
                .as("the two without a worker")
                .isGreaterThanOrEqualTo(2);
    }
}
