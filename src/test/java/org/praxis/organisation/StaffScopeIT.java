package org.praxis.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.praxis.support.DemoUsers;
import org.praxis.support.PraxisIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Managers and practitioners see their own team only; reaching for another team is refused and logged. */
@PraxisIntegrationTest
class StaffScopeIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers demo;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    OrganisationSetup organisation;

    private long managersTeam() {
        return jdbc.sql("select team_id from user_account where username = 'manager'")
                .query(Long.class)
                .single();
    }

    /** A new staff member of the test's own, in this team or in another. */
    private long staffIn(long teamId, boolean sameTeam) {
        long team = sameTeam
                ? teamId
                : jdbc.sql("select min(id) from team where id <> ?")
                        .param(teamId)
                        .query(Long.class)
                        .single();
        var email = "scope.test." + System.nanoTime() + "@northbridge.example.gov.uk";
        return organisation
                .addStaff(List.of(new OrganisationSetup.NewStaffMember(
                        "Alex Scope",
                        email,
                        JobRole.SOCIAL_WORKER,
                        team,
                        EmploymentType.PERMANENT,
                        LocalDate.of(2026, 9, 1))))
                .get(email);
    }

    private long logEntries(String username, String action, long staffId) {
        return jdbc.sql(
                        "select count(*) from access_log where username = ? and action = ? and record_type = 'STAFF' and record_id = ?")
                .params(username, action, String.valueOf(staffId))
                .query(Long.class)
                .single();
    }

    @Test
    void anotherTeamsRecordTypedIntoTheAddressIsRefusedAndRecorded() throws Exception {
        long other = staffIn(managersTeam(), false);
        long before = logEntries("manager", "DENIED", other);
        var response = mvc.perform(get("/organisation/staff/" + other).with(demo.as("manager")))
                .andReturn()
                .getResponse();
        assertThat(response.getStatus()).isEqualTo(403);
        assertThat(logEntries("manager", "DENIED", other)).isEqualTo(before + 1);
        assertThat(logEntries("manager", "VIEWED", other)).isZero();
    }

    @Test
    void ownTeamsRecordIsShownAndTheViewIsRecorded() throws Exception {
        long own = staffIn(managersTeam(), true);
        long before = logEntries("practitioner", "VIEWED", own);
        var page = mvc.perform(get("/organisation/staff/" + own).with(demo.as("practitioner")))
                .andReturn()
                .getResponse();
        assertThat(page.getStatus()).isEqualTo(200);
        assertThat(logEntries("practitioner", "VIEWED", own)).isEqualTo(before + 1);
        var screen = jdbc.sql(
                        "select screen from access_log where username = 'practitioner' and record_id = ? order by id desc limit 1")
                .param(String.valueOf(own))
                .query(String.class)
                .single();
        assertThat(screen).isEqualTo("GET /organisation/staff/{id}");
    }

    @Test
    void theStaffListOfATeamScopedUserHoldsOnlyTheirTeamWhateverTheFilterSays() throws Exception {
        long otherTeam = jdbc.sql("select min(id) from team where id <> ?")
                .param(managersTeam())
                .query(Long.class)
                .single();
        var html = mvc.perform(get("/organisation/staff")
                        .param("teamId", String.valueOf(otherTeam))
                        .with(demo.as("manager")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html).contains("No results.");
        var own = mvc.perform(get("/organisation/staff").with(demo.as("manager")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        long teamSize = jdbc.sql("select count(*) from staff_member where team_id = ? and active = true")
                .param(managersTeam())
                .query(Long.class)
                .single();
        assertThat(own).contains("of <strong>" + teamSize + "</strong> results");
        assertThat(own).as("no team filter for someone who sees one team").doesNotContain("id=\"teamId\"");
    }

    @Test
    void aLeaderSeesEveryTeam() throws Exception {
        var html = mvc.perform(get("/organisation/staff").with(demo.as("leader")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        long all = jdbc.sql("select count(*) from staff_member where active = true")
                .query(Long.class)
                .single();
        assertThat(html).contains("of <strong>" + all + "</strong> results");
        assertThat(html).contains("govuk-pagination");
    }
}
