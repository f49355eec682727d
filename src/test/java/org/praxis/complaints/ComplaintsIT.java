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

    @Autowired
    org.praxis.organisation.OrganisationDirectory organisation;

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

    private String page(String user, String path) throws Exception {
        return mvc.perform(get(path).with(demo.as(user)))
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private static ComplaintRecords.Entry corporate(
            LocalDate received,
            LocalDate responded,
            Outcome outcome,
            LocalDate stage2,
            LocalDate stage2Responded,
            String learning) {
        return new ComplaintRecords.Entry(
                ComplaintKind.COMPLAINT,
                Procedure.CORPORATE,
                received,
                null,
                null,
                "Delay",
                "A corporate complaint of the test's own",
                responded,
                outcome,
                stage2,
                stage2Responded,
                stage2Responded == null ? null : Outcome.NOT_UPHELD,
                learning);
    }

    /** A corporate complaint answered at stage 1 and no further. */
    private static ComplaintRecords.Entry answered(
            String received, String responded, Outcome outcome, String learning) {
        return corporate(LocalDate.parse(received), LocalDate.parse(responded), outcome, null, null, learning);
    }

    private static ReportTableOf table(AnnualReports.Report report, String captionStart) {
        return new ReportTableOf(report.tables().stream()
                .filter(t -> t.caption().startsWith(captionStart))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No table " + captionStart + " in " + report.tables())));
    }

    /** A report table read by column heading. */
    private record ReportTableOf(org.praxis.documents.ReportSection.Table table) {

        int column(String headingStart) {
            for (int i = 0; i < table.columns().size(); i++) {
                if (table.columns().get(i).startsWith(headingStart)) {
                    return i;
                }
            }
            throw new AssertionError("No column " + headingStart + " in " + table.columns());
        }

        List<String> row(String first) {
            return table.rows().stream()
                    .filter(r -> r.getFirst().startsWith(first))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("No row " + first + " in " + table.rows()));
        }

        /** The column's sum over the rows, less any total row. */
        int sum(String headingStart) {
            int c = column(headingStart);
            return table.rows().stream()
                    .filter(r -> !r.getFirst().startsWith("All "))
                    .mapToInt(r -> Integer.parseInt(r.get(c)))
                    .sum();
        }
    }

    /**
     * Corporate complaints of the test's own in 2015 to 2016 (no demo complaint is that old), chosen so that counting
     * by the year received, or by the latest outcome, gives other numbers than counting the stage 1 responses sent in
     * the year: A upheld, B and C partly upheld at stage 1 (C not upheld at stage 2), all answered in the year; D and G
     * received in March and answered (upheld) in April, the next year; E received the year before and answered (not
     * upheld) in this one. Three of the answered complaints taught the same thing.
     */
    @Test
    void theAnnualReportsFiguresAgreeAndEachLearningIsListedOnceWithItsCount() throws Exception {
        var same = "Call back the same day when a worker is away";
        var other = "Explain each decision in writing";
        var ids = records.load(
                List.of(
                        answered("2015-05-01", "2015-05-11", Outcome.UPHELD, same),
                        answered("2015-06-01", "2015-06-10", Outcome.PARTLY_UPHELD, same),
                        corporate(
                                LocalDate.parse("2015-07-01"),
                                LocalDate.parse("2015-07-10"),
                                Outcome.PARTLY_UPHELD,
                                LocalDate.parse("2015-07-20"),
                                LocalDate.parse("2015-08-20"),
                                same),
                        answered("2016-03-20", "2016-04-05", Outcome.UPHELD, other),
                        answered("2015-03-20", "2015-04-02", Outcome.NOT_UPHELD, other),
                        answered("2016-03-25", "2016-04-06", Outcome.PARTLY_UPHELD, null)),
                "test");
        long owner = jdbc.sql("select id from user_account where username = 'manager'")
                .query(Long.class)
                .single();
        records.raiseLearningAction(ids[0], owner, "Agree a same-day call back", today.plusWeeks(4), "test");

        var report = reports.report(Procedure.CORPORATE, 2015);
        var stages = table(report, "Numbers by stage");
        var stage1 = stages.row("Stage 1");
        int upheld = Integer.parseInt(stage1.get(stages.column("Upheld")));
        int partly = Integer.parseInt(stage1.get(stages.column("Partly upheld")));
        assertThat(upheld).isEqualTo(1);
        assertThat(partly).isEqualTo(2);
        assertThat(stage1.get(stages.column("Not upheld"))).isEqualTo("1");
        var categories = table(report, "Complaints by category");
        assertThat(categories.sum("Upheld")).as("the category table's upheld").isEqualTo(upheld + partly);
        var actions = table(report, "Actions from learning");
        assertThat(actions.table().rows().getFirst().getLast())
                .as("actions from learning: the upheld complaints")
                .isEqualTo(String.valueOf(upheld + partly));
        assertThat(actions.row("Actions raised").getLast()).isEqualTo("1");
        assertThat(categories.sum("Received")).isEqualTo(5);

        var shown = page("complaints.manager", "/complaints/annual-report?procedure=CORPORATE&year=2015");
        assertThat(shown).contains(same + " (3 complaints)").contains(other + " (1 complaint)");
        assertThat(shown.split(java.util.regex.Pattern.quote(same), -1)).hasSize(2);
        assertThat(shown.indexOf(same)).isLessThan(shown.indexOf(other));
    }

    /**
     * No report of zeros: a year before the first corporate complaint, and one with none, are refused naming the year,
     * on the page, in its downloads and when publishing; the year choice offers only years with something received.
     */
    @Test
    void anAnnualReportForAYearWithNothingRecordedIsRefusedNamingTheYear() throws Exception {
        records.load(
                List.of(corporate(
                        LocalDate.of(2012, 6, 1), LocalDate.of(2012, 6, 8), Outcome.UPHELD, null, null, null)),
                "test");
        var before = page("complaints.manager", "/complaints/annual-report?procedure=CORPORATE&year=2005");
        assertThat(before)
                .contains("There is a problem")
                .contains("2005 to 2006")
                .doesNotContain("Numbers by stage")
                .doesNotContain("Publish this report");
        var none = page("complaints.manager", "/complaints/annual-report?procedure=CORPORATE&year=2013");
        assertThat(none).contains("There is a problem").contains("2013 to 2014").doesNotContain("Numbers by stage");
        for (var year : List.of("2147483647", "abc", "-5")) {
            assertThat(page("complaints.manager", "/complaints/annual-report?procedure=CORPORATE&year=" + year))
                    .as(year)
                    .contains("There is a problem")
                    .contains("Enter the year the report starts in as four digits")
                    .doesNotContain("Numbers by stage");
        }
        assertThat(page("complaints.manager", "/complaints/annual-report?procedure=XYZ&year=2012"))
                .contains("Choose children’s social care, adults’ social care or corporate complaints")
                .doesNotContain("Numbers by stage");
        var withData = page("complaints.manager", "/complaints/annual-report?procedure=CORPORATE&year=2012");
        assertThat(withData)
                .contains("Numbers by stage")
                .contains("value=\"2012\"")
                .doesNotContain("value=\"2013\"")
                .doesNotContain("value=\"2005\"");
        var pdf = mvc.perform(
                        get("/complaints/annual-report/CORPORATE/2013.pdf").with(demo.as("complaints.manager")))
                .andReturn()
                .getResponse();
        assertThat(pdf.getContentType()).isNotEqualTo("application/pdf");
        var publish = mvc.perform(post("/complaints/annual-report/CORPORATE/2005/publish")
                        .with(demo.as("complaints.manager"))
                        .with(csrf()))
                .andReturn();
        @SuppressWarnings("unchecked")
        var problems = (List<Problem>) publish.getFlashMap().get("problems");
        assertThat(problems)
                .singleElement()
                .satisfies(p -> assertThat(p.message()).contains("2005 to 2006"));
        assertThat(jdbc.sql("select count(*) from complaint_report where procedure_code = 'CORPORATE' and report_year"
                                + " = 2005")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    /** Two staff can share a name: the list says each one's team, and a worker outside the chosen team is refused. */
    @Test
    void theWorkerListNamesEachTeamAndAWorkerFromAnotherTeamIsRefused() throws Exception {
        var form = page("complaints.manager", "/complaints/new");
        var practitioner = jdbc.sql("select staff_id from user_account where username = 'practitioner'")
                .query(Long.class)
                .single();
        var staff = organisation.staffMember(practitioner).orElseThrow();
        var team = organisation.team(staff.teamId()).orElseThrow();
        assertThat(form)
                .contains(
                        org.springframework.web.util.HtmlUtils.htmlEscape(staff.fullName() + " (" + team.name() + ")"));
        var otherTeam = organisation.activeTeams().stream()
                .filter(t -> t.id() != team.id())
                .findFirst()
                .orElseThrow();
        long before =
                jdbc.sql("select count(*) from complaint").query(Long.class).single();
        var category = jdbc.sql("select id from complaint_category where name = 'Delay'")
                .query(Long.class)
                .single();
        var refused = mvc.perform(date(post("/complaints/new"), "receivedOn", today.minusDays(1))
                        .with(demo.as("complaints.manager"))
                        .with(csrf())
                        .param("kind", "COMPLAINT")
                        .param("procedure", "CHILDREN")
                        .param("channel", "EMAIL")
                        .param("team", String.valueOf(otherTeam.id()))
                        .param("worker", String.valueOf(practitioner))
                        .param("category", String.valueOf(category))
                        .param("summary", "About a worker in another team"))
                .andReturn()
                .getResponse();
        assertThat(refused.getStatus()).isEqualTo(200);
        assertThat(refused.getContentAsString())
                .contains("There is a problem")
                .contains("href=\"#worker\"")
                .contains(org.springframework.web.util.HtmlUtils.htmlEscape(team.name()));
        assertThat(jdbc.sql("select count(*) from complaint").query(Long.class).single())
                .isEqualTo(before);
    }

    /** The demo's and the benchmark generator's records keep the rule: a worker named is in the complaint's team. */
    @Test
    void everyRecordedWorkerIsInTheTeamTheRecordIsAbout() {
        record Pair(long staff, Long team) {}
        var pairs = jdbc.sql("select staff_id, team_id from complaint where staff_id is not null")
                .query((rs, n) -> new Pair(rs.getLong(1), rs.getObject(2, Long.class)))
                .list();
        assertThat(pairs).isNotEmpty();
        var staff = organisation.staffMembers(
                pairs.stream().map(Pair::staff).distinct().toList());
        assertThat(pairs)
                .allSatisfy(p -> assertThat(staff.get(p.staff()).teamId())
                        .as("worker " + p.staff())
                        .isEqualTo(p.team()));
    }

    /** Records a compliment about the manager's team from the screen; its page's address. */
    private String compliment(String summary, String from) throws Exception {
        var result = mvc.perform(date(post("/complaints/new"), "receivedOn", today.minusDays(1))
                        .with(demo.as("complaints.manager"))
                        .with(csrf())
                        .param("kind", "COMPLIMENT")
                        .param("procedure", "CHILDREN")
                        .param("channel", "LETTER")
                        .param("team", String.valueOf(managersTeam))
                        .param("summary", summary)
                        .param("complainantName", from))
                .andReturn()
                .getResponse();
        assertThat(result.getStatus()).isEqualTo(302);
        return result.getRedirectedUrl();
    }

    /** A compliment has no complainant: its page says who it is from only when that is recorded. */
    @Test
    void aComplimentsPageShowsNoComplainant() throws Exception {
        assertThat(page("complaints.manager", compliment("A parent thanked the team", "")))
                .contains("A parent thanked the team")
                .doesNotContain("Complainant")
                .doesNotContain("Not recorded");
        assertThat(page("complaints.manager", compliment("A grandparent thanked the team", "Robin Thankful")))
                .contains(">From<")
                .contains("Robin Thankful")
                .doesNotContain("Complainant");
    }

    /** Quarters with no snapshot of the register show no rate, and say why, rather than borrow a later count. */
    @Test
    void aQuarterWithNoRegisterSnapshotHasNoRatePerThousand() throws Exception {
        // The demo's register has snapshots of last month and today only: the oldest of the eight quarters has none.
        var shown = page("leader", "/complaints/trends");
        assertThat(shown).contains("No register snapshot for this quarter");
    }

    /** The import page lists the words each coded column takes, as the reader of the file accepts them. */
    @Test
    void theImportPageListsTheWordsEachCodedColumnTakes() throws Exception {
        var shown =
                org.springframework.web.util.HtmlUtils.htmlUnescape(page("complaints.manager", "/complaints/import"));
        for (var channel : Channel.values()) {
            assertThat(shown).contains(channel.label());
        }
        for (var outcome : Outcome.values()) {
            assertThat(shown).contains(outcome.label());
        }
        for (var kind : ComplaintKind.values()) {
            assertThat(shown).contains(kind.label());
        }
        for (var procedure : Procedure.values()) {
            assertThat(shown).contains(procedure.label());
        }
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
