package org.praxis.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.praxis.documents.ReportPeriod;
import org.praxis.documents.ReportSection;
import org.praxis.documents.ReportSectionSource;
import org.praxis.support.DemoUsers;
import org.praxis.support.PraxisIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Committees and their follow-ups, and the quarterly report, from the screens: what a committee asked for is owned
 * and due after the meeting that asked, overdue until answered; a report moves from draft to published, and once
 * published keeps its figures however the data changes afterwards, and changes only as a new version. A section of
 * this test's own ({@link ChangingSection}) stands for a module whose figures move.
 */
@PraxisIntegrationTest
@Import(GovernanceIT.ChangingSection.class)
class GovernanceIT {

    /** A module's section whose one figure the test changes. */
    @TestConfiguration
    static class ChangingSection {
        static final AtomicInteger FIGURE = new AtomicInteger(41);

        @Bean
        ReportSectionSource changingSection() {
            return new ReportSectionSource() {
                @Override
                public int order() {
                    return 999;
                }

                @Override
                public String key() {
                    return "test-figures";
                }

                @Override
                public ReportSection section(ReportPeriod period) {
                    var value = FIGURE.get() + "%";
                    var table = new ReportSection.Table(
                            "Test figure by quarter",
                            List.of("Quarter", "Figure"),
                            List.of(List.of(period.code(), value)));
                    return new ReportSection(
                            key(),
                            "Test figures",
                            "The test figure is " + value + ".",
                            "/governance/director",
                            List.of(new ReportSection.Headline(
                                    "figure",
                                    "Test figure",
                                    value,
                                    "of 100 test cases",
                                    "No clear change",
                                    ReportSection.Trend.NO_CLEAR_CHANGE,
                                    "/governance/director")),
                            List.of(new ReportSection.Chart(
                                    "Test figure",
                                    "A bar of the test figure.",
                                    ReportSection.Chart.Kind.BARS,
                                    "Per cent",
                                    List.of(new ReportSection.Chart.Point(
                                            period.code(), (double) FIGURE.get(), null, null)),
                                    table)),
                            List.of());
                }
            };
        }
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers demo;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    GovernanceRecords records;

    @Autowired
    ReportCommand command;

    @Autowired
    Clock clock;

    private MockHttpServletResponse as(MockHttpServletRequestBuilder request, String user) throws Exception {
        return mvc.perform(request.with(csrf()).with(demo.as(user))).andReturn().getResponse();
    }

    private String problemsAfter(MockHttpServletRequestBuilder request, String user) throws Exception {
        var result = mvc.perform(request.with(csrf()).with(demo.as(user))).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(302);
        return String.valueOf(result.getFlashMap().get("problems"));
    }

    private long userId(String username) {
        return jdbc.sql("select id from user_account where username = ?")
                .param(username)
                .query(Long.class)
                .single();
    }

    @Test
    void aFollowUpIsOwnedDueAfterItsMeetingOverdueUntilAnsweredAndOnTheForwardPlan() throws Exception {
        var today = LocalDate.now(clock);
        long committee = records.committee("Test Scrutiny " + System.nanoTime(), CommitteeKind.SCRUTINY, "test");
        long asked = records.meeting(committee, today.minusMonths(3));
        long coming = records.meeting(committee, today.plusMonths(2));
        long item = records.agendaItem(asked, "Workforce update");
        int resolutionsBefore = count();

        // Due before (or on) the meeting that asked: refused, naming the field, and nothing written.
        var early = as(
                post("/governance/items/" + item + "/resolutions/new")
                        .param("kind", "INFORMATION")
                        .param("wording", "AGREED that information on sickness levels be provided")
                        .param("owner", String.valueOf(userId("qa.lead")))
                        .param("dueOn.day", String.valueOf(today.minusMonths(4).getDayOfMonth()))
                        .param(
                                "dueOn.month",
                                String.valueOf(today.minusMonths(4).getMonthValue()))
                        .param("dueOn.year", String.valueOf(today.minusMonths(4).getYear())),
                "qa.lead");
        assertThat(early.getStatus()).isEqualTo(200);
        assertThat(early.getContentAsString())
                .contains("There is a problem")
                .contains("The date it is due by must be after the meeting that asked for it")
                .contains("href=\"#dueOn\"");
        var noOwner = as(
                post("/governance/items/" + item + "/resolutions/new")
                        .param("kind", "REPORT_BACK")
                        .param("wording", "AGREED that a report come back in six months"),
                "qa.lead");
        assertThat(noOwner.getContentAsString()).contains("Choose who owns the follow-up");
        assertThat(count()).isEqualTo(resolutionsBefore);

        // One due by a date already passed (overdue), one at the coming meeting (on the forward plan).
        records.resolution(
                item,
                ResolutionKind.INVITATION,
                "AGREED that the Head of Fostering be invited",
                userId("qa.lead"),
                null,
                today.minusDays(1),
                "test");
        var created = as(
                post("/governance/items/" + item + "/resolutions/new")
                        .param("kind", "REPORT_BACK")
                        .param("wording", "AGREED that a report come back in six months")
                        .param("owner", String.valueOf(userId("leader")))
                        .param("dueMeeting", String.valueOf(coming)),
                "qa.lead");
        assertThat(created.getStatus()).isEqualTo(302);
        long invitation = jdbc.sql(
                        "select id from committee_resolution where agenda_item_id = ? and kind = 'INVITATION'")
                .param(item)
                .query(Long.class)
                .single();

        var overdue =
                as(get("/governance/follow-ups?showing=OVERDUE"), "councillor").getContentAsString();
        assertThat(overdue).contains("AGREED that the Head of Fostering be invited");
        var plan = as(get("/governance/follow-ups"), "councillor").getContentAsString();
        assertThat(plan).contains("Forward plan").contains("AGREED that a report come back in six months");
        var meetingPage = as(get("/governance/meetings/" + coming), "leader").getContentAsString();
        assertThat(meetingPage).contains("Due at this meeting").contains("AGREED that a report come back");

        // Answering: the date cannot be before the meeting that asked; then it leaves the overdue list.
        var lock = jdbc.sql("select lock_version from committee_resolution where id = ?")
                .param(invitation)
                .query(Integer.class)
                .single();
        var tooEarly = as(
                post("/governance/follow-ups/" + invitation + "/answer")
                        .param("answeredOn.day", "1")
                        .param("answeredOn.month", "1")
                        .param("answeredOn.year", "2000")
                        .param("note", "Attended")
                        .param("lockVersion", String.valueOf(lock)),
                "qa.lead");
        assertThat(tooEarly.getContentAsString())
                .contains("The date it was answered cannot be before the meeting that asked for it");
        for (var outside : List.of("/\\evil.example", "//evil.example", "javascript:alert(1)", "http://evil.example")) {
            assertThat(as(
                                    post("/governance/follow-ups/" + invitation + "/answer")
                                            .param("answeredOn.day", String.valueOf(today.getDayOfMonth()))
                                            .param("answeredOn.month", String.valueOf(today.getMonthValue()))
                                            .param("answeredOn.year", String.valueOf(today.getYear()))
                                            .param("link", outside)
                                            .param("lockVersion", String.valueOf(lock)),
                                    "qa.lead")
                            .getContentAsString())
                    .as(outside)
                    .contains("Enter a page of Praxis (starting with /) or a document");
        }
        var answered = as(
                post("/governance/follow-ups/" + invitation + "/answer")
                        .param("answeredOn.day", String.valueOf(today.getDayOfMonth()))
                        .param("answeredOn.month", String.valueOf(today.getMonthValue()))
                        .param("answeredOn.year", String.valueOf(today.getYear()))
                        .param("note", "The Head of Fostering attended")
                        .param("lockVersion", String.valueOf(lock)),
                "qa.lead");
        assertThat(answered.getStatus()).isEqualTo(302);
        assertThat(as(get("/governance/follow-ups?showing=OVERDUE"), "qa.lead").getContentAsString())
                .doesNotContain("AGREED that the Head of Fostering be invited");
        assertThat(as(get("/governance/follow-ups/" + invitation), "councillor").getContentAsString())
                .contains("The Head of Fostering attended");
    }

    @Test
    void anAnswerLinksOnlyToAPageTheReaderMayOpenAndANotedResolutionHasNoFollowUpPage() throws Exception {
        long bankStaff = jdbc.sql("select min(id) from committee_resolution where answer_link = '/workforce/picture'")
                .query(Long.class)
                .single();
        assertThat(as(get("/governance/follow-ups/" + bankStaff), "leader").getContentAsString())
                .contains("href=\"/workforce/picture\"");
        assertThat(as(get("/governance/follow-ups/" + bankStaff), "councillor").getContentAsString())
                .doesNotContain("href=\"/workforce/picture\"")
                .contains("Answered by a page of Praxis you do not have access to");
        long noted = jdbc.sql("select min(id) from committee_resolution where kind = 'NOTED'")
                .query(Long.class)
                .single();
        assertThat(as(get("/governance/follow-ups/" + noted), "qa.lead").getStatus())
                .isEqualTo(404);
    }

    @Test
    void theDirectorsPageSaysWhenTheQuarterAskedForIsNotOffered() throws Exception {
        for (var quarter : List.of("2099-Q1", "1900-Q1", "abc")) {
            assertThat(as(get("/governance/director").param("quarter", quarter), "leader")
                            .getContentAsString())
                    .as(quarter)
                    .contains("There is a problem")
                    .contains("There is no page for the quarter " + quarter);
        }
        assertThat(as(get("/governance/director"), "leader").getContentAsString())
                .doesNotContain("There is no page for the quarter");
    }

    private int count() {
        return jdbc.sql("select count(*) from committee_resolution")
                .query(Integer.class)
                .single();
    }

    @Test
    void aPublishedReportKeepsItsFiguresAndChangesOnlyAsANewVersion() throws Exception {
        var period = new ReportPeriod(2015, 2);
        ChangingSection.FIGURE.set(41);
        long id = records.report(period, "test");
        var draft = as(get("/governance/reports/" + id), "qa.lead").getContentAsString();
        assertThat(draft)
                .contains("Practice assurance report, April to June 2015")
                .contains("The test figure is 41%.");
        assertThat(as(get("/governance/reports/" + id), "councillor").getStatus())
                .as("a committee member reads only published reports")
                .isEqualTo(403);

        assertThat(as(
                                post("/governance/reports/" + id + "/move")
                                        .param("to", "REVIEW")
                                        .param("lockVersion", String.valueOf(lockOf(id))),
                                "qa.lead")
                        .getStatus())
                .isEqualTo(302);
        assertThat(problemsAfter(
                        post("/governance/reports/" + id + "/move")
                                .param("to", "APPROVED")
                                .param("lockVersion", String.valueOf(lockOf(id))),
                        "qa.lead"))
                .as("the one who sent it for review does not approve it")
                .contains("Someone other than the person who sent the report for review approves it");
        assertThat(as(
                                post("/governance/reports/" + id + "/move")
                                        .param("to", "APPROVED")
                                        .param("lockVersion", String.valueOf(lockOf(id))),
                                "leader")
                        .getStatus())
                .isEqualTo(302);

        // Publishing with sections that have no narrative: warned, refused without a reason.
        var page = as(get("/governance/reports/" + id), "qa.lead").getContentAsString();
        assertThat(page)
                .contains("Nothing is written for")
                .contains("You can publish without it if you give the reason");
        var lock = lockOf(id);
        assertThat(problemsAfter(
                        post("/governance/reports/" + id + "/move")
                                .param("to", "PUBLISHED")
                                .param("lockVersion", String.valueOf(lock)),
                        "qa.lead"))
                .contains("give the reason to publish without it");
        assertThat(statusOf(id)).isEqualTo("APPROVED");
        assertThat(as(
                                post("/governance/reports/" + id + "/move")
                                        .param("to", "DRAFT")
                                        .param("reason", "Write the test figures' narrative")
                                        .param("lockVersion", String.valueOf(lockOf(id))),
                                "leader")
                        .getStatus())
                .isEqualTo(302);
        assertThat(statusOf(id)).isEqualTo("DRAFT");
        lock = jdbc.sql("select lock_version from assurance_report where id = ?")
                .param(id)
                .query(Integer.class)
                .single();
        assertThat(as(
                                post("/governance/reports/" + id + "/sections/test-figures")
                                        .param("text", "## Reading\nThe figure held.\n\n- One\n- Two")
                                        .param("lockVersion", String.valueOf(lock)),
                                "qa.lead")
                        .getStatus())
                .isEqualTo(302);
        records.moveTo(id, ReportStatus.APPROVED, null, "test", "leader");
        lock = lockOf(id);
        assertThat(as(
                                post("/governance/reports/" + id + "/move")
                                        .param("to", "PUBLISHED")
                                        .param("reason", "Other sections are reported elsewhere this quarter")
                                        .param("lockVersion", String.valueOf(lock)),
                                "qa.lead")
                        .getStatus())
                .isEqualTo(302);
        assertThat(statusOf(id)).isEqualTo("PUBLISHED");

        // The data moves on; the published report does not.
        ChangingSection.FIGURE.set(77);
        var published = as(get("/governance/reports/" + id), "councillor").getContentAsString();
        assertThat(published)
                .contains("The test figure is 41%.")
                .doesNotContain("The test figure is 77%.")
                .contains("The figure held.");
        var pdf = as(get("/governance/reports/" + id + ".pdf"), "councillor");
        assertThat(pdf.getContentType()).isEqualTo("application/pdf");
        org.praxis.documents.AccessiblePdf.assertAccessible(pdf.getContentAsByteArray());
        var xlsx = as(get("/governance/reports/" + id + ".xlsx"), "councillor");
        assertThat(zipEntry(xlsx.getContentAsByteArray(), "xl/sharedStrings.xml"))
                .contains("Test figure by quarter");
        var docx = as(get("/governance/reports/" + id + ".docx"), "councillor");
        assertThat(zipEntry(docx.getContentAsByteArray(), "word/document.xml"))
                .contains("Practice assurance report")
                .contains("The figure held.")
                .contains("The test figure is 41%.");

        // Editing a published report is refused; a new version starts from its narrative with today's figures.
        assertThat(problemsAfter(
                        post("/governance/reports/" + id + "/sections/test-figures")
                                .param("text", "Changed")
                                .param("lockVersion", String.valueOf(lockOf(id))),
                        "qa.lead"))
                .contains("make a new version");
        var again = as(post("/governance/reports/" + id + "/new-version"), "qa.lead");
        assertThat(again.getStatus()).isEqualTo(302);
        long version2 = Long.parseLong(again.getRedirectedUrl().replace("/governance/reports/", ""));
        var second = as(get("/governance/reports/" + version2), "qa.lead").getContentAsString();
        assertThat(second).contains("Version 2").contains("The figure held.").contains("The test figure is 77%.");

        // The command line writes the latest published version's PDF, without the web server.
        var file = Files.createTempFile("report", ".pdf");
        var out = new ByteArrayOutputStream();
        int status = command.run(
                List.of("--period", "2015-Q2", "--out", file.toString()),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        assertThat(status).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("version 1 (published)");
        assertThat(new String(Files.readAllBytes(file), 0, 5, StandardCharsets.ISO_8859_1))
                .isEqualTo("%PDF-");
        var err = new ByteArrayOutputStream();
        assertThat(command.run(
                        List.of("--period", "2015-Q7", "--out", file.toString()),
                        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                        new PrintStream(err, true, StandardCharsets.UTF_8)))
                .isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("for example 2026-Q3");
    }

    private static String zipEntry(byte[] zip, String name) throws java.io.IOException {
        try (var in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(zip))) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (entry.getName().equals(name)) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError(name + " is not in the file");
    }

    private int lockOf(long id) {
        return jdbc.sql("select lock_version from assurance_report where id = ?")
                .param(id)
                .query(Integer.class)
                .single();
    }

    private String statusOf(long id) {
        return jdbc.sql("select status from assurance_report where id = ?")
                .param(id)
                .query(String.class)
                .single();
    }

    @Test
    void theDirectorsPageShowsEverySectionsHeadlinesWithTheirBasisAndTrend() throws Exception {
        var page = as(get("/governance/director"), "leader").getContentAsString();
        assertThat(page)
                .contains("Practice at a glance")
                .contains("Test figure")
                .contains("of 100 test cases")
                .contains("No clear change");
        assertThat(as(get("/governance/director"), "councillor").getStatus()).isEqualTo(403);
    }
}
