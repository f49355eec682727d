package org.praxis.accesslog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.praxis.organisation.OrganisationSetup;
import org.praxis.organisation.VisitorKind;
import org.praxis.support.DemoUsers;
import org.praxis.support.PraxisIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The access log is written in the same transaction as the read or change, or the request fails. */
@PraxisIntegrationTest
class AccessLogIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers demo;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    OrganisationSetup organisation;

    private long newVisitor() {
        return organisation.addVisitor(
                "Councillor Access Test " + System.nanoTime(),
                "Northbridge City Council",
                VisitorKind.COUNCILLOR,
                null,
                false);
    }

    /** Makes the access log impossible to write, as a full disk or a revoked grant would. */
    private void breakTheAccessLog() {
        jdbc.sql("alter table access_log rename to access_log_unavailable").update();
    }

    @AfterEach
    void mendTheAccessLog() {
        var broken = jdbc.sql(
                        "select count(*) from information_schema.tables where lower(table_name) = 'access_log_unavailable'")
                .query(Long.class)
                .single();
        if (broken > 0) {
            jdbc.sql("alter table access_log_unavailable rename to access_log").update();
        }
    }

    @Test
    void ifTheLogCannotBeWrittenTheChangeIsNotMadeAndTheRequestFails() throws Exception {
        long id = newVisitor();
        var before = jdbc.sql("select full_name, version from visitor where id = ?")
                .param(id)
                .query()
                .singleRow();
        breakTheAccessLog();

        assertThatThrownBy(() -> mvc.perform(post("/organisation/visitors/" + id + "/edit")
                        .with(csrf())
                        .with(demo.as("qa.lead"))
                        .param("fullName", "Changed While Log Is Down")
                        .param("organisation", "Northbridge City Council")
                        .param("kind", "COUNCILLOR")
                        .param("cleared", "no")
                        .param("version", String.valueOf(before.get("version")))))
                .hasRootCauseInstanceOf(java.sql.SQLException.class);
        mendTheAccessLog();
        assertThat(jdbc.sql("select full_name from visitor where id = ?")
                        .param(id)
                        .query(String.class)
                        .single())
                .isEqualTo(before.get("full_name"));
    }

    @Test
    void ifTheLogCannotBeWrittenTheRecordIsNotShown() throws Exception {
        long id = newVisitor();
        breakTheAccessLog();
        assertThatThrownBy(() -> mvc.perform(get("/organisation/visitors/" + id).with(demo.as("admin"))))
                .as("no page is rendered when the view cannot be logged")
                .hasRootCauseInstanceOf(java.sql.SQLException.class);
    }

    @Test
    void theDataProtectionOfficerFindsEntriesByUserRecordAndDateAndExportsThem() throws Exception {
        long staff = jdbc.sql(
                        "select min(s.id) from staff_member s join user_account u on u.team_id = s.team_id where u.username = 'practitioner'")
                .query(Long.class)
                .single();
        mvc.perform(get("/organisation/staff/" + staff).with(demo.as("practitioner")));

        var today = java.time.LocalDate.now(java.time.ZoneId.of("Europe/London"));
        var html = mvc.perform(get("/admin/access-log")
                        .with(demo.as("admin"))
                        .param("username", "practitioner")
                        .param("recordType", "STAFF")
                        .param("recordId", String.valueOf(staff))
                        .param("from.day", String.valueOf(today.getDayOfMonth()))
                        .param("from.month", String.valueOf(today.getMonthValue()))
                        .param("from.year", String.valueOf(today.getYear())))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(org.jsoup.Jsoup.parse(html).select("main table tbody tr").text())
                .as("what was done, the screen and the record type in words; the CSV keeps the exact address")
                .contains("Viewed")
                .doesNotContain("VIEWED")
                .contains("A member of staff")
                .contains("Staff")
                .doesNotContain("GET /organisation/staff/{id}");

        var csv = mvc.perform(get("/admin/access-log/export.csv")
                        .with(demo.as("admin"))
                        .param("username", "practitioner")
                        .param("recordType", "STAFF"))
                .andReturn()
                .getResponse();
        assertThat(csv.getContentType()).startsWith("text/csv");
        assertThat(csv.getContentAsString())
                .startsWith("When,User,Action,Record type,Record,Screen")
                .contains(",practitioner,VIEWED,STAFF," + staff + ",GET /organisation/staff/{id}");
        assertThat(jdbc.sql(
                                "select count(*) from access_log where username = 'admin' and action = 'EXPORTED' and record_type = 'ACCESS_LOG'")
                        .query(Long.class)
                        .single())
                .as("the export is itself recorded")
                .isPositive();
    }

    @Test
    void aDateRangeTheWrongWayRoundIsExplained() throws Exception {
        var html = mvc.perform(get("/admin/access-log")
                        .with(demo.as("admin"))
                        .param("from.day", "10")
                        .param("from.month", "11")
                        .param("from.year", "2026")
                        .param("to.day", "1")
                        .param("to.month", "11")
                        .param("to.year", "2026"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html).contains("The to date must be the same as or after the from date");
    }

    @Test
    void aScreenRefusedByRoleIsRecorded() throws Exception {
        long before = jdbc.sql(
                        "select count(*) from access_log where username = 'visitor' and action = 'DENIED' and record_type = 'SCREEN'")
                .query(Long.class)
                .single();
        assertThat(mvc.perform(get("/admin/users").with(demo.as("visitor")))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
        assertThat(jdbc.sql(
                                "select count(*) from access_log where username = 'visitor' and action = 'DENIED' and record_type = 'SCREEN'")
                        .query(Long.class)
                        .single())
                .isEqualTo(before + 1);
        var html = mvc.perform(get("/admin/access-log").with(demo.as("admin")).param("username", "visitor"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(org.jsoup.Jsoup.parse(html)
                        .select("main table tbody tr strong.govuk-tag--red")
                        .eachText())
                .as("a refusal in words, in red")
                .contains("Refused");
    }
}
