package org.praxis.workforce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.praxis.identity.Role;
import org.praxis.organisation.EmploymentType;
import org.praxis.organisation.JobRole;
import org.praxis.support.DemoUsers;
import org.praxis.support.PraxisIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Supervision from the screens: a manager records a session for their team; its record is read by the supervisee and
 * the manager and refused to a colleague in another team (and the refusal logged); the team's overdue list and
 * compliance against the policy, with newly qualified social workers supervised more often.
 */
@PraxisIntegrationTest
class SupervisionIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers demo;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationContext context;

    @Autowired
    WorkforceRecords records;

    @Autowired
    WorkforceFigures figures;

    private WorkforceFixture f;
    private long managerStaff;
    private String manager;
    private long worker;
    private String workerAccount;
    private String colleague;
    private String otherManager;
    private final LocalDate today = LocalDate.now();

    @BeforeEach
    void aTeamWithAManagerAndAWorker() {
        f = new WorkforceFixture(context);
        managerStaff = f.staff("Maya", JobRole.TEAM_MANAGER, EmploymentType.PERMANENT, LocalDate.of(2019, 4, 1));
        manager = f.account("Maya", managerStaff, f.team, Role.MANAGER);
        worker = f.staff("Wes", JobRole.SOCIAL_WORKER, EmploymentType.PERMANENT, LocalDate.of(2021, 9, 6));
        workerAccount = f.account("Wes", worker, f.team, Role.PRACTITIONER);
        long other = f.anotherTeam();
        long colleagueStaff = f.staffIn(other, "Cal", JobRole.SOCIAL_WORKER, EmploymentType.PERMANENT, null);
        colleague = f.account("Cal", colleagueStaff, other, Role.PRACTITIONER);
        long otherManagerStaff = f.staffIn(other, "Olu", JobRole.TEAM_MANAGER, EmploymentType.PERMANENT, null);
        otherManager = f.account("Olu", otherManagerStaff, other, Role.MANAGER);
    }

    private long recordThroughTheScreen(String notes) throws Exception {
        var day = today.minusDays(3);
        mvc.perform(post("/workforce/supervision/new")
                        .with(demo.as(manager))
                        .with(csrf())
                        .param("supervisee", String.valueOf(worker))
                        .param("supervisor", String.valueOf(managerStaff))
                        .param("heldOn.day", String.valueOf(day.getDayOfMonth()))
                        .param("heldOn.month", String.valueOf(day.getMonthValue()))
                        .param("heldOn.year", String.valueOf(day.getYear()))
                        .param("kind", "ONE_TO_ONE")
                        .param("notes", notes))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl(
                        "/workforce/supervision"));
        return jdbc.sql("select id from workforce_supervision where supervisee_id = ?")
                .param(worker)
                .query(Long.class)
                .single();
    }

    private String page(String path, String username) throws Exception {
        var response =
                mvc.perform(get(path).with(demo.as(username))).andReturn().getResponse();
        assertThat(response.getStatus()).as(path + " as " + username).isEqualTo(200);
        return response.getContentAsString();
    }

    private int status(String path, String username) throws Exception {
        return mvc.perform(get(path).with(demo.as(username)))
                .andReturn()
                .getResponse()
                .getStatus();
    }

    private long logged(String username, String action, long session) {
        return jdbc.sql("""
                        select count(*) from access_log where username = ? and action = ?
                        and record_type = 'Supervision record' and record_id = ?""")
                .params(username, action, String.valueOf(session))
                .query(Long.class)
                .single();
    }

    @Test
    void theRecordIsReadByTheSuperviseeAndTheirManagerAndRefusedToAColleagueInAnotherTeam() throws Exception {
        long session = recordThroughTheScreen("Talked about the Smith family's plan and Wes's workload.");

        assertThat(page("/workforce/supervision/" + session, workerAccount))
                .contains("Talked about the Smith family")
                .contains(f.name("Maya"));
        assertThat(logged(workerAccount, "VIEWED", session)).isEqualTo(1);
        assertThat(page("/workforce/supervision/" + session, manager)).contains("Talked about the Smith family");

        assertThat(status("/workforce/supervision/" + session, colleague)).isEqualTo(403);
        assertThat(logged(colleague, "DENIED", session)).isEqualTo(1);
        assertThat(status("/workforce/supervision/" + session, otherManager)).isEqualTo(403);
        assertThat(status("/workforce/supervision/" + session, "qa.lead"))
                .as("the QA lead sees compliance, not what was said")
                .isEqualTo(403);

        assertThat(page("/workforce/supervision/mine", workerAccount))
                .contains("Your next one-to-one supervision is due by")
                .contains("/workforce/supervision/" + session);
    }

    @Test
    void aManagerCannotRecordSupervisionForAnotherTeamsStaff() throws Exception {
        var status = mvc.perform(post("/workforce/supervision/new")
                        .with(demo.as(otherManager))
                        .with(csrf())
                        .param("supervisee", String.valueOf(worker))
                        .param("supervisor", String.valueOf(managerStaff))
                        .param("heldOn.day", "1")
                        .param("heldOn.month", "9")
                        .param("heldOn.year", "2026")
                        .param("kind", "ONE_TO_ONE")
                        .param("notes", ""))
                .andReturn()
                .getResponse()
                .getStatus();
        assertThat(status).isEqualTo(403);
        assertThat(records.sessionsOf(worker)).isEmpty();
    }

    @Test
    void aFormWithoutADateOrKindSaysSoAndSavesNothing() throws Exception {
        var html = mvc.perform(post("/workforce/supervision/new")
                        .with(demo.as(manager))
                        .with(csrf())
                        .param("supervisee", String.valueOf(worker))
                        .param("supervisor", String.valueOf(managerStaff))
                        .param("heldOn.day", "31")
                        .param("heldOn.month", "2")
                        .param("heldOn.year", "2026")
                        .param("notes", ""))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html)
                .contains("There is a problem")
                .contains("The date of the session must be a real date")
                .contains("Select the kind of supervision");
        assertThat(records.sessionsOf(worker)).isEmpty();
    }

    @Test
    void theManagersListShowsWhoIsOverdueWithNewlyQualifiedWorkersSupervisedMoreOften() throws Exception {
        long nqsw = f.staff("Nia", JobRole.ASYE, EmploymentType.PERMANENT, today.minusMonths(2));
        long never = f.staff("Ned", JobRole.FAMILY_SUPPORT_WORKER, EmploymentType.AGENCY, null);
        // Three weeks ago: within a social worker's four weeks, past a newly qualified worker's two.
        records.recordSessions(
                List.of(
                        new WorkforceRecords.Session(
                                worker, managerStaff, today.minusWeeks(3), SupervisionKind.ONE_TO_ONE, null),
                        new WorkforceRecords.Session(
                                nqsw, managerStaff, today.minusWeeks(3), SupervisionKind.ONE_TO_ONE, null),
                        new WorkforceRecords.Session(
                                never, managerStaff, today.minusDays(2), SupervisionKind.GROUP, null)),
                WorkforceRecords.Source.IMPORT,
                "test");

        var html = page("/workforce/supervision", manager);

        assertThat(html).contains("3 people in your teams are overdue for one-to-one supervision");
        assertThat(row(html, f.name("Nia"))).contains("Overdue since");
        assertThat(row(html, f.name("Ned"))).contains("Overdue: none recorded");
        assertThat(row(html, f.name("Wes")))
                .contains("Due " + Dates.day(today.minusWeeks(3).plusWeeks(4), ""));
        assertThat(row(html, f.name("Maya")))
                .as("the manager has no supervision recorded either")
                .contains("Overdue");
        assertThat(html).doesNotContain(f.name("Cal")).as("another team's staff are not listed");
    }

    @Test
    void complianceCountsStaffUpToDateAndSessionsHeldAgainstThoseDue() {
        long nqsw = f.staff(
                "Nia",
                JobRole.ASYE,
                EmploymentType.PERMANENT,
                today.minusWeeks(8).plusDays(1));
        // The worker, in post all year: every four weeks is 13 sessions a year; six were held, the last a week ago.
        var sessions = new java.util.ArrayList<WorkforceRecords.Session>();
        for (int i = 0; i < 6; i++) {
            sessions.add(new WorkforceRecords.Session(
                    worker, managerStaff, today.minusWeeks(1 + 8L * i), SupervisionKind.ONE_TO_ONE, null));
        }
        // The newly qualified worker, started eight weeks ago: every two weeks is four sessions; held all four.
        for (int i = 0; i < 4; i++) {
            sessions.add(new WorkforceRecords.Session(
                    nqsw, managerStaff, today.minusWeeks(1 + 2L * i), SupervisionKind.ONE_TO_ONE, null));
        }
        sessions.add(new WorkforceRecords.Session(
                worker, managerStaff, today.minusWeeks(2), SupervisionKind.REFLECTIVE_PRACTICE, null));
        records.recordSessions(sessions, WorkforceRecords.Source.IMPORT, "test");

        var team = figures.supervision(WorkforceFigures.Period.yearTo(today)).stream()
                .filter(c -> c.teamId() != null && c.teamId() == f.team)
                .findFirst()
                .orElseThrow();

        assertThat(team.staff()).as("Maya, Wes and Nia").isEqualTo(3);
        assertThat(team.upToDate()).as("Wes and Nia; Maya has none recorded").isEqualTo(2);
        assertThat(team.sessionsExpected()).isEqualTo(13 + 4 + 13);
        assertThat(team.sessionsHeld()).isEqualTo(6 + 4);
        assertThat(team.otherSessions()).isEqualTo(1);
        assertThat(team.upToDateShare()).isEqualTo(2 / 3.0);
    }

    /** The table row that names this person. */
    private static String row(String html, String name) {
        int at = html.indexOf(name);
        assertThat(at).as(name + " is listed").isPositive();
        return html.substring(at, html.indexOf("</tr>", at));
    }
}
