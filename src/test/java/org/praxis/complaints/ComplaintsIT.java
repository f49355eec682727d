package org.praxis.complaints;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.praxis.support.DemoUsers;
import org.praxis.support.PraxisIntegrationTest;
import org.praxis.web.Problem;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Complaints from the screens: recorded by the complaints manager, read by the team's manager without the
 * complainant's details (and in the access log), compliments shown to the practitioner they are about; and bad input
 * refused with a message naming the field or row, nothing written.
 */
@PraxisIntegrationTest
class ComplaintsIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers demo;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Autowired
    AnnualReports reports;

    @Autowired
    ComplaintRecords records;

    private long managersTeam;
    private LocalDate today;

    @BeforeEach
    void theDemoManagersTeam() {
        today = LocalDate.now(clock);
        managersTeam = jdbc.sql("select team_id from user_account where username = 'manager'")
                .query(Long.class)
                .single();
    }

    private static MockHttpServletRequestBuilder date(
            MockHttpServletRequestBuilder request, String field, LocalDate day) {
        return request.param(field + ".day", String.valueOf(day.getDayOfMonth()))
                .param(field + ".month", String.valueOf(day.getMonthValue()))
                .param(field + ".year", String.valueOf(day.getYear()));
    }

    private long record(LocalDate received) throws Exception {
        var category = jdbc.sql("select id from complaint_category where name = 'Delay'")
                .query(Long.class)
                .single();
        var result = mvc.perform(date(post("/complaints/new"), "receivedOn", received)
                        .with(demo.as("complaints.manager"))
                        .with(csrf())
                        .param("kind", "COMPLAINT")
                        .param("procedure", "CHILDREN")
                        .param("channel", "EMAIL")
                        .param("team", String.valueOf(managersTeam))
                        .param("category", String.valueOf(category))
                        .param("summary", "The family waited for a call back")
                        .param("complainantName", "Avery Testperson")
                        .param("complainantContact", "avery@example.invalid"))
                .andReturn()
                .getResponse();
        assertThat(result.getStatus()).isEqualTo(302);
        return Long.parseLong(result.getRedirectedUrl().replace("/complaints/", ""));
    }

    private int lockVersion(long id) {
        return jdbc.sql("select lock_version from complaint where id = ?")
                .param(id)
                .query(Integer.class)
                .single();
    }

    @SuppressWarnings("unchecked")
    private List<Problem> refused(MockHttpServletRequestBuilder request, long id) throws Exception {
        var result = mvc.perform(request.with(demo.as("complaints.manager"))
                        .with(csrf())
                        .param("lockVersion", String.valueOf(lockVersion(id))))
                .andReturn();
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/complaints/" + id);
        return (List<Problem>) result.getFlashMap().get("problems");
    }

    @Test
    void theTeamsManagerReadsTheComplaintWithoutTheComplainantAndTheReadingIsLogged() throws Exception {
        long id = record(today.minusDays(2));
        var mine = mvc.perform(get("/complaints/" + id).with(demo.as("complaints.manager")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(mine).contains("Avery Testperson").contains("avery@example.invalid");
        long before = jdbc.sql("select count(*) from access_log where username = 'manager' and action = 'VIEWED'"
                        + " and record_type = 'Complaint' and record_id = ?")
                .param(String.valueOf(id))
                .query(Long.class)
                .single();
        var theirs = mvc.perform(get("/complaints/" + id).with(demo.as("manager")))
                .andReturn()
                .getResponse();
        assertThat(theirs.getStatus()).isEqualTo(200);
        assertThat(theirs.getContentAsString())
                .contains("The family waited for a call back")
                .doesNotContain("Avery Testperson")
                .doesNotContain("avery@example.invalid");
        assertThat(jdbc.sql("select count(*) from access_log where username = 'manager' and action = 'VIEWED'"
                                + " and record_type = 'Complaint' and record_id = ?")
                        .param(String.valueOf(id))
                        .query(Long.class)
                        .single())
                .isEqualTo(before + 1);
        // A practitioner sees compliments about them, not complaints about their team.
        assertThat(mvc.perform(get("/complaints/" + id).with(demo.as("practitioner")))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
        assertThat(mvc.perform(get("/complaints").with(demo.as("practitioner")))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("Compliments about you")
                .doesNotContain("Complaint " + id);
    }

    @Test
    void aResponseBeforeReceiptAnExtensionWithoutAReasonAndAStageTwoWithoutAStageOneAreRefused() throws Exception {
        var received = today.minusDays(3);
        long id = record(received);
        var problems = refused(
                date(post("/complaints/" + id + "/respond"), "respondedOn", received.minusDays(1))
                        .param("outcome", "UPHELD"),
                id);
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.fieldName()).isEqualTo("respondedOn");
            assertThat(p.message()).startsWith("The response date must be on or after the day stage 1 began");
        });
        problems = refused(
                date(post("/complaints/" + id + "/extend"), "extendedTo", today.plusDays(20))
                        .param("reason", " "),
                id);
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.fieldName()).isEqualTo("reason");
            assertThat(p.message()).isEqualTo("Enter the reason for the extension");
        });
        problems = refused(date(post("/complaints/" + id + "/escalate"), "requestedOn", today), id);
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.fieldName()).isEqualTo("requestedOn");
            assertThat(p.message()).startsWith("A stage 2 needs a stage 1 response first");
        });
        assertThat(jdbc.sql("select count(*) from complaint_stage where complaint_id = ?")
                        .param(id)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from complaint_stage where complaint_id = ? and (responded_on is not null"
                                + " or extended_to is not null)")
                        .param(id)
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(lockVersion(id)).isZero();
    }

    @Test
    void anExtensionBeyondTheStatutoryLongestIsRefusedAndOneWithinItRecorded() throws Exception {
        long id = record(today.minusDays(1));
        var problems = refused(
                date(post("/complaints/" + id + "/extend"), "extendedTo", today.plusMonths(3))
                        .param("reason", "The worker is away"),
                id);
        assertThat(problems.getFirst().message()).contains("can be extended to");
        var due = jdbc.sql("select due_on from complaint_stage where complaint_id = ?")
                .param(id)
                .query(LocalDate.class)
                .single();
        var result = mvc.perform(date(post("/complaints/" + id + "/extend"), "extendedTo", due.plusDays(5))
                        .with(demo.as("complaints.manager"))
                        .with(csrf())
                        .param("lockVersion", String.valueOf(lockVersion(id)))
                        .param("reason", "The family asked to meet first"))
                .andReturn();
        assertThat(result.getFlashMap().get("saved")).isEqualTo("Extension recorded");
        assertThat(jdbc.sql("select extension_reason from complaint_stage where complaint_id = ?")
                        .param(id)
                        .query(String.class)
                        .single())
                .isEqualTo("The family asked to meet first");
    }

    @Test
    void anImportWithBadRowsNamesEachByRowAndColumnAndWritesNothing() throws Exception {
        long before =
                jdbc.sql("select count(*) from complaint").query(Long.class).single();
        var team = jdbc.sql("select name from team_directory where id = ?")
                .param(managersTeam)
                .query(String.class)
                .single();
        var csv = "Reference,Type,Procedure,Received,Team,Category,Summary,Stage 1 responded,Stage 1 outcome,"
                + "Stage 2 requested\n"
                + "IMP-1,Complaint,Children,01/03/2026,\"" + team + "\",Delay,Waited,05/03/2026,Upheld,\n"
                + "IMP-2,Complaint,Children,10/03/2026,\"" + team + "\",Delay,Waited,05/03/2026,Upheld,\n"
                + "IMP-3,Complaint,Children,not a date,\"" + team + "\",Delay,Waited,,,\n"
                + "IMP-4,Complaint,Children,01/03/2026,\"" + team + "\",Delay,Waited,,,20/03/2026\n"
                + "IMP-5,Complaint,Children,01/03/2026,No such team,Delay,Waited,,,\n"
                + "IMP-6,Complaint,Children,31/02/2026,\"" + team + "\",Delay,Waited,,,\n";
        var page = mvc.perform(multipart("/complaints/import")
                        .file(new MockMultipartFile(
                                "file", "complaints.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
                        .with(demo.as("complaints.manager"))
                        .with(csrf()))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains("There is a problem")
                .contains("Row 3, Stage 1 responded: The response date is before the date received")
                .contains("Row 4, Received: “not a date” is not a date")
                .contains("Row 5, Stage 2 requested: A stage 2 needs a stage 1 response first")
                .contains("Row 6, Team: There is no team called No such team")
                .contains("Row 7, Received: “31/02/2026” is not a date")
                .doesNotContain("Row 2,");
        assertThat(jdbc.sql("select count(*) from complaint").query(Long.class).single())
                .isEqualTo(before);
    }

    @Test
    void aPublishedAnnualReportDoesNotChangeWhenComplaintsDo() throws Exception {
        int year = AnnualReports.yearOf(today) - 2;
        var result = mvc.perform(post("/complaints/annual-report/ADULTS/" + year + "/publish")
                        .with(demo.as("complaints.manager"))
                        .with(csrf()))
                .andReturn();
        assertThat(result.getFlashMap().get("saved")).isEqualTo("Report published: its figures are now frozen");
        var published = reports.report(Procedure.ADULTS, year);
        records.load(
                List.of(new ComplaintRecords.Entry(
                        ComplaintKind.COMPLAINT,
                        Procedure.ADULTS,
                        LocalDate.of(year, 6, 1),
                        managersTeam,
                        null,
                        "Delay",
                        "Recorded after the report",
                        LocalDate.of(year, 6, 10),
                        Outcome.UPHELD,
                        null,
                        null,
                        null,
                        "Learning added later")),
                "test");
        var again = reports.report(Procedure.ADULTS, year);
        assertThat(again.tables()).isEqualTo(published.tables());
        assertThat(again.learning()).isEqualTo(published.learning());
        assertThat(again.published()).isTrue();
        assertThat(mvc.perform(get("/complaints/annual-report?procedure=ADULTS&year=" + year)
                                .with(demo.as("leader")))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("Its figures are frozen");
        var pdf = mvc.perform(
                        get("/complaints/annual-report/ADULTS/" + year + ".pdf").with(demo.as("leader")))
                .andReturn()
                .getResponse();
        assertThat(pdf.getContentType()).isEqualTo("application/pdf");
        assertThat(pdf.getContentAsByteArray()).startsWith("%PDF".getBytes(StandardCharsets.US_ASCII));
    }

    /**
     * A councillor (committee member) may open no complaints page: addresses whose parameters do not bind (no
     * number where a number goes, a missing lock version) are refused with the 403 page too, not a 400, and logged.
     */
    @Test
    void aCouncillorIsRefusedEveryComplaintsAddressEvenOnesThatDoNotBind() throws Exception {
        long denied = jdbc.sql("select count(*) from access_log where username = 'councillor' and action = 'DENIED'")
                .query(Long.class)
                .single();
        var addresses = List.of(
                get("/complaints/annual"),
                get("/complaints/annual-report?year=last"),
                get("/complaints/annual-report/CHILDREN/last.pdf"),
                post("/complaints/1/respond").with(csrf()),
                post("/complaints/annual-report/CHILDREN/last/publish").with(csrf()));
        for (var address : addresses) {
            var response =
                    mvc.perform(address.with(demo.as("councillor"))).andReturn().getResponse();
            assertThat(response.getStatus()).as(address.toString()).isEqualTo(403);
        }
        assertThat(jdbc.sql("select count(*) from access_log where username = 'councillor' and action = 'DENIED'")
                        .query(Long.class)
                        .single())
                .isEqualTo(denied + addresses.size());
    }

    @Test
    void theTrendsPageSaysWhetherTheShiftInCategoriesIsMoreThanChance() throws Exception {
        var page = mvc.perform(get("/complaints/trends").with(demo.as("leader")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains("Complaints trends")
                .contains("How the mix of categories changed")
                .contains("per 1,000 open cases");
    }
}
