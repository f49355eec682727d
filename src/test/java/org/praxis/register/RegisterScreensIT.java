package org.praxis.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.praxis.organisation.OrganisationDirectory;
import org.praxis.register.imports.ImportRuns;
import org.praxis.register.imports.RegisterImport;
import org.praxis.register.indicators.Indicator;
import org.praxis.register.indicators.IndicatorThresholds;
import org.praxis.register.names.NameMatcher;
import org.praxis.register.reading.ImportFile;
import org.praxis.support.DemoUsers;
import org.praxis.support.PraxisIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** The register's screens, its endpoint and its command, as the people who use them would notice. */
@PraxisIntegrationTest
class RegisterScreensIT {

    @Autowired
    IndicatorThresholds thresholds;

    @Autowired
    SamplingFrame samplingFrame;

    @TempDir
    Path folder;

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers demo;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    OrganisationDirectory organisation;

    @Autowired
    AnnexAImportCommand command;

    private long managersTeam() {
        return jdbc.sql("select team_id from user_account where username = 'manager'")
                .query(Long.class)
                .single();
    }

    /** A case of a snapshot of the test's own, in the demo manager's team (Child Protection Team East) or another. */
    private long caseIn(boolean managersTeam) throws Exception {
        long snapshot = importFixture(
                        new AnnexAFixture()
                                .childProtection("V-EAST", "Child Protection Team East")
                                .childProtection("V-WEST", "Child Protection Team West"),
                        "cases.xlsx")
                .summary()
                .snapshotId();
        long id = jdbc.sql("select id from register_case where snapshot_id = ? and case_reference = ?")
                .params(snapshot, managersTeam ? "V-EAST" : "V-WEST")
                .query(Long.class)
                .single();
        assertThat(jdbc.sql("select team_id = ? from register_case where id = ?")
                        .params(managersTeam(), id)
                        .query(Boolean.class)
                        .single())
                .isEqualTo(managersTeam);
        return id;
    }

    private String reference(long caseId) {
        return jdbc.sql("select case_reference from register_case where id = ?")
                .param(caseId)
                .query(String.class)
                .single();
    }

    private long logged(String user, String action, String reference) {
        return jdbc.sql(
                        "select count(*) from access_log where username = ? and action = ? and record_type = 'Register case'"
                                + " and record_id = ?")
                .params(user, action, reference)
                .query(Long.class)
                .single();
    }

    @Test
    void viewingACaseIsWrittenToTheAccessLogAndShowsNoDateOfBirth() throws Exception {
        long id = caseIn(true);
        var ref = reference(id);
        // Coded as a case system sends them: the page reads them out through the code lists.
        jdbc.sql("update register_case set ethnicity = 'l) ABAN', disability = 'N' where id = ?")
                .params(id)
                .update();
        long before = logged("manager", "VIEWED", ref);
        var page = mvc.perform(get("/register/cases/" + id).with(demo.as("manager")))
                .andReturn()
                .getResponse();
        assertThat(page.getStatus()).isEqualTo(200);
        var html = Jsoup.parse(page.getContentAsString());
        assertThat(html.select("h1").text()).isEqualTo(ref);
        assertThat(html.text())
                .contains("Age band")
                .contains("Ethnicity Bangladeshi")
                .contains("Disability No")
                .doesNotContain("ABAN")
                .doesNotContain("Date of Birth")
                .doesNotContain("Date of birth");
        assertThat(logged("manager", "VIEWED", ref)).isEqualTo(before + 1);
    }

    @Test
    void anotherTeamsCaseIsRefusedAndTheRefusalLogged() throws Exception {
        long id = caseIn(false);
        var ref = reference(id);
        long before = logged("manager", "DENIED", ref);
        var status = mvc.perform(get("/register/cases/" + id).with(demo.as("manager")))
                .andReturn()
                .getResponse()
                .getStatus();
        assertThat(status).isEqualTo(403);
        assertThat(logged("manager", "DENIED", ref)).isEqualTo(before + 1);
        assertThat(logged("manager", "VIEWED", ref)).isZero();
    }

    @Autowired
    RegisterImport importer;

    private RegisterImport.Result importFixture(AnnexAFixture fixture, String name) throws Exception {
        var file = fixture.workbook(folder, name);
        var result = importer.run(
                new RegisterImport.Request(
                                List.of(new ImportFile(file, name)),
                                java.time.LocalDate.of(2026, 11, 20),
                                ImportRuns.RowHandling.REJECT_FILE,
                                "qa.lead")
                        // A register of the test's own replaces the one before knowingly.
                        .acceptingSharpChange(true),
                line -> {});
        assertThat(result.imported()).as(result.message()).isTrue();
        return result;
    }

    @Test
    void managersListShowsOnlyTheirTeamsCases() throws Exception {
        importFixture(
                new AnnexAFixture()
                        .childProtection("T-EAST", "Child Protection Team East")
                        .childProtection("T-WEST", "Child Protection Team West"),
                "teams.xlsx");
        var manager =
                Jsoup.parse(mvc.perform(get("/register?type=CHILD_PROTECTION").with(demo.as("manager")))
                        .andReturn()
                        .getResponse()
                        .getContentAsString());
        assertThat(manager.select("tbody tr td:nth-child(1)").eachText()).containsExactly("T-EAST");
        var leader =
                Jsoup.parse(mvc.perform(get("/register?type=CHILD_PROTECTION").with(demo.as("leader")))
                        .andReturn()
                        .getResponse()
                        .getContentAsString());
        assertThat(leader.select("tbody tr td:nth-child(1)").eachText()).containsExactly("T-EAST", "T-WEST");
    }

    @Test
    void indicatorsShowEachDefinition() throws Exception {
        var html = Jsoup.parse(mvc.perform(get("/register/indicators").with(demo.as("manager")))
                .andReturn()
                .getResponse()
                .getContentAsString());
        var current = thresholds.current();
        for (var indicator : Indicator.values()) {
            assertThat(html.getElementById(indicator.key()).text())
                    .contains(indicator.title(current.of(indicator)))
                    .contains(indicator.definition(current.of(indicator)));
        }
    }

    private byte[] workbook() throws Exception {
        return Files.readAllBytes(new AnnexAFixture()
                .row(1, "Child Unique ID", "W1", "Date of Contact", "02/11/2026")
                .row(
                        4,
                        "Child Unique ID",
                        "W1",
                        "Continuous Assessment Start Date",
                        "03/11/2026",
                        "Continuous Assessment Date of Authorisation",
                        "31/11/2026")
                .workbook(folder, "screen.xlsx"));
    }

    @Test
    void theProblemReportShowsAFormulaTypedInAFileAsTextNeverRunsIt() throws Exception {
        var file = new AnnexAFixture()
                .row(
                        1,
                        "Child Unique ID",
                        "=HYPERLINK(\"http://evil.example\",\"Open\")",
                        "Date of Birth",
                        "01/01/2020",
                        "Date of Contact",
                        "=cmd|' /C calc'!A0")
                .workbook(folder, "formulas.xlsx");
        var result = importer.run(
                new RegisterImport.Request(
                                List.of(new ImportFile(file, "formulas.xlsx")),
                                java.time.LocalDate.of(2026, 11, 20),
                                ImportRuns.RowHandling.REJECT_FILE,
                                "qa.lead")
                        // A register of the test's own replaces the one before knowingly.
                        .acceptingSharpChange(true),
                line -> {});
        assertThat(result.imported()).isFalse();

        var csv = mvc.perform(get("/register/imports/" + result.importId() + "/problems.csv")
                        .with(demo.as("qa.lead")))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);

        assertThat(csv).contains("'=cmd|' /C calc'!A0").doesNotContain(",=cmd");
    }

    @Test
    void anUploadRunsInTheBackgroundAndItsReportCanBeDownloaded() throws Exception {
        var response = mvc.perform(multipart("/register/imports/new")
                        .file(new MockMultipartFile("files", "Annex A.xlsx", "application/octet-stream", workbook()))
                        .param("asAt.day", "20")
                        .param("asAt.month", "11")
                        .param("asAt.year", "2026")
                        .param("rowHandling", "QUARANTINE_ROWS")
                        .param("missingLists", "REFUSE_FILE")
                        .with(csrf())
                        .with(demo.as("qa.lead")))
                .andReturn()
                .getResponse();
        assertThat(response.getStatus()).isEqualTo(302);
        var location = response.getRedirectedUrl();
        assertThat(location).matches("/register/imports/\\d+");
        var html = ImportPages.awaitImported(mvc, demo, location);
        assertThat(html.select(".govuk-panel__title").text()).isEqualTo("Imported");
        assertThat(html.select("tbody").text()).contains("31/11/2026").contains("is not a real date");
        var csv = mvc.perform(get(location + "/problems.csv").with(demo.as("qa.lead")))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv.lines().toList())
                .startsWith("List,Row,Column,Value,Problem,Held back")
                .anyMatch(
                        l -> l.contains(
                                "List 4 (Assessments),3,Continuous Assessment Date of Authorisation,31/11/2026,is not a real date,yes"));
    }

    @Test
    void anEmptyFileIsSaidToBeEmptyNotMissing() throws Exception {
        var response = mvc.perform(multipart("/register/imports/new")
                        .file(new MockMultipartFile("files", "empty.csv", "text/csv", new byte[0]))
                        .param("asAt.day", "20")
                        .param("asAt.month", "11")
                        .param("asAt.year", "2026")
                        .param("rowHandling", "REJECT_FILE")
                        .param("missingLists", "REFUSE_FILE")
                        .with(csrf())
                        .with(demo.as("qa.lead")))
                .andReturn()
                .getResponse();
        assertThat(response.getRedirectedUrl())
                .as(response.getContentAsString())
                .matches("/register/imports/\\d+");
        var html = ImportPages.awaitResult(mvc, demo, response.getRedirectedUrl());
        assertThat(html.select(".govuk-panel__body").text()).contains("empty.csv is empty (0 bytes)");
    }

    @Test
    void anUploadWithoutAFileSaysWhatIsMissing() throws Exception {
        var html = Jsoup.parse(mvc.perform(multipart("/register/imports/new")
                        .param("asAt.day", "20")
                        .param("asAt.month", "11")
                        .param("asAt.year", "2026")
                        .param("rowHandling", "REJECT_FILE")
                        .param("missingLists", "REFUSE_FILE")
                        .with(csrf())
                        .with(demo.as("qa.lead")))
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(html.select(".govuk-error-summary__list").text())
                .contains("Select the Annex A workbook, or its lists as CSV files");
        assertThat(html.title()).startsWith("Error:");
        var everything = Jsoup.parse(mvc.perform(multipart("/register/imports/new")
                        .param("asAt.day", "20")
                        .param("asAt.year", "2026")
                        .with(csrf())
                        .with(demo.as("qa.lead")))
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(everything.select(".govuk-error-summary__list a").eachText())
                .as("in the page's order, the date in GOV.UK's words")
                .containsExactly(
                        "Select the Annex A workbook, or its lists as CSV files",
                        "The as-at date must include a day, month and year",
                        "Choose what to do with rows that have problems",
                        "Choose what to do if a list is missing");
        var adults = Jsoup.parse(mvc.perform(multipart("/register/adults/new")
                        .param("asAt.day", "20")
                        .with(csrf())
                        .with(demo.as("qa.lead")))
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(adults.select(".govuk-error-summary__list a").eachText())
                .containsExactly(
                        "Select the case list, saved as a CSV file",
                        "The as-at date must include a day, month and year");
    }

    @Test
    void theNightlyEndpointTakesBasicAuthenticationAndAnswersInJson() throws Exception {
        var file = new MockMultipartFile("file", "nightly.xlsx", "application/octet-stream", workbook());
        var ok = mvc.perform(multipart("/api/register/annex-a")
                        .file(file)
                        .param("asAt", "2026-11-20")
                        .param("rows", "quarantine")
                        .param("acceptSharpChange", "true")
                        .with(httpBasic("qa.lead", "praxis-demo")))
                .andReturn()
                .getResponse();
        assertThat(ok.getStatus()).isEqualTo(200);
        assertThat(ok.getContentAsString()).contains("\"status\":\"IMPORTED\"").contains("is not a real date");

        var rejected = mvc.perform(multipart("/api/register/annex-a")
                        .file(file)
                        .param("asAt", "2026-11-20")
                        .with(httpBasic("qa.lead", "praxis-demo")))
                .andReturn()
                .getResponse();
        assertThat(rejected.getStatus()).isEqualTo(422);
        assertThat(rejected.getContentType()).isEqualTo("application/problem+json");
        assertThat(rejected.getContentAsString())
                .contains("\"type\":\"urn:praxis:problem:file-refused\"")
                .contains("\"status\":422")
                .contains("\"importId\":")
                .contains("is not a real date");

        var badDate = mvc.perform(multipart("/api/register/annex-a")
                        .file(file)
                        .param("asAt", "20/11/2026")
                        .with(httpBasic("qa.lead", "praxis-demo")))
                .andReturn()
                .getResponse();
        assertThat(badDate.getStatus()).isEqualTo(400);
        assertThat(badDate.getContentAsString())
                .contains("\"parameter\":\"asAt\"")
                .contains("asAt must be a date like 2026-11-20");

        var noCredentials = mvc.perform(multipart("/api/register/annex-a").file(file))
                .andReturn()
                .getResponse();
        assertThat(noCredentials.getStatus()).isEqualTo(401);
        assertThat(noCredentials.getHeader("WWW-Authenticate")).isNull();

        var wrongRole = mvc.perform(
                        multipart("/api/register/annex-a").file(file).with(httpBasic("practitioner", "praxis-demo")))
                .andReturn()
                .getResponse();
        assertThat(wrongRole.getStatus()).isEqualTo(403);
    }

    @Test
    void aTeamNameMappedOnceIsRememberedAndApplied() throws Exception {
        var imported = importFixture(new AnnexAFixture().childProtection("M-1", "CP Nth"), "short-names.xlsx");
        var page = mvc.perform(get("/register/names").with(demo.as("admin")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("“CP Nth” (1 rows)");
        long team = jdbc.sql("select id from team where name = 'Child Protection Team West'")
                .query(Long.class)
                .single();
        long mappedCase = jdbc.sql("select id from register_case where case_reference = 'M-1' and snapshot_id = ?")
                .param(imported.summary().snapshotId())
                .query(Long.class)
                .single();
        var westCases = new SamplingFrame.Criteria(false, null, null, List.of(team), null);
        assertThat(samplingFrame
                        .population(westCases, Set.of(), false)
                        .orElseThrow()
                        .caseIds())
                .doesNotContain(mappedCase);
        var noTeam = mvc.perform(post("/register/names")
                        .param("kind", "TEAM")
                        .param("name", "CP Nth")
                        .param("target", "")
                        .with(csrf())
                        .with(demo.as("admin")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(noTeam).contains("There is a problem").contains("Select the team this name means");
        assertThat(jdbc.sql("select count(*) from register_name_mapping where source_name = 'cp nth'")
                        .query(Long.class)
                        .single())
                .as("nothing mapped")
                .isZero();
        var response = mvc.perform(post("/register/names")
                        .param("kind", "TEAM")
                        .param("name", "CP Nth")
                        .param("target", String.valueOf(team))
                        .with(csrf())
                        .with(demo.as("admin")))
                .andReturn()
                .getResponse();
        assertThat(response.getStatus()).isEqualTo(302);
        assertThat(jdbc.sql("select team_id from register_case where case_reference = 'M-1' and snapshot_id = ?")
                        .param(imported.summary().snapshotId())
                        .query(Long.class)
                        .single())
                .isEqualTo(team);
        // The copy of the snapshot held for sampling is read again: the case is now in the team's population.
        assertThat(samplingFrame
                        .population(westCases, Set.of(), false)
                        .orElseThrow()
                        .caseIds())
                .contains(mappedCase);
        assertThat(jdbc.sql("select team_id from register_name_mapping where kind = 'TEAM' and source_name = 'cp nth'")
                        .query(Long.class)
                        .single())
                .isEqualTo(team);
        // Later imports remember it, however the spacing and case are written.
        assertThat(new NameMatcher(jdbc, organisation).team("cp  NTH")).isEqualTo(team);
        assertThat(mvc.perform(get("/register/names").with(demo.as("admin")))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .doesNotContain("“CP Nth”");
    }

    @Test
    void aBankHolidayOnAWeekendIsRefused() throws Exception {
        var html = Jsoup.parse(mvc.perform(post("/register/bank-holidays")
                        .param("date.day", "2")
                        .param("date.month", "1")
                        .param("date.year", "2028")
                        .param("name", "New Year's Day")
                        .with(csrf())
                        .with(demo.as("admin")))
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(html.select(".govuk-error-summary__list").text()).contains("The date is a weekend");
        var unfinished = Jsoup.parse(mvc.perform(post("/register/bank-holidays")
                        .param("date.day", "31")
                        .param("date.month", "4")
                        .param("date.year", "2028")
                        .param("name", " ")
                        .with(csrf())
                        .with(demo.as("admin")))
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(unfinished.select(".govuk-error-summary__list a").eachText())
                .containsExactly("The date must be a real date", "Enter the name of the bank holiday");
        var added = mvc.perform(post("/register/bank-holidays")
                        .param("date.day", "3")
                        .param("date.month", "1")
                        .param("date.year", "2028")
                        .param("name", "New Year's Day (substitute day)")
                        .with(csrf())
                        .with(demo.as("admin")))
                .andReturn()
                .getResponse();
        assertThat(added.getStatus()).isEqualTo(302);
        assertThat(jdbc.sql("select name from bank_holiday where holiday_date = date '2028-01-03'")
                        .query(String.class)
                        .single())
                .isEqualTo("New Year's Day (substitute day)");
    }

    @Test
    void theCommandPrintsEachListAndExitsWithTheOutcome() throws Exception {
        var file = new AnnexAFixture()
                .row(1, "Child Unique ID", "K1", "Date of Contact", "02/11/2026")
                .workbook(folder, "cli.xlsx");
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        int status = command.run(
                List.of(file.toString(), "--as-at", "2026-11-20", "--accept-sharp-change"),
                new PrintStream(out),
                new PrintStream(err));
        assertThat(status).as(err.toString()).isZero();
        assertThat(out.toString()).contains("List 1 (Contacts): 1 row").contains("Imported 1 row as");

        var pdf = folder.resolve("fake.xlsx");
        Files.writeString(pdf, "%PDF-1.4");
        err.reset();
        assertThat(command.run(List.of(pdf.toString()), new PrintStream(out), new PrintStream(err)))
                .isEqualTo(1);
        assertThat(err.toString()).contains("fake.xlsx is a PDF document");
        assertThat(command.run(
                        List.of("--as-at", "yesterday", file.toString()), new PrintStream(out), new PrintStream(err)))
                .isEqualTo(2);
    }

    @Test
    void whatChangedBetweenSnapshotsListsCasesToLeadersAndOnlyCountsToTheAdministrator() throws Exception {
        // Two imports of the children's register one after the other: a case closed, one new, one moved team.
        importFixture(
                new AnnexAFixture()
                        .childProtection("CH-1", "Child Protection Team East")
                        .childProtection("CH-2", "Child Protection Team West"),
                "before.xlsx");
        long snapshot = importFixture(
                        new AnnexAFixture()
                                .childProtection("CH-2", "Child Protection Team East")
                                .childProtection("CH-3", "Child Protection Team West"),
                        "after.xlsx")
                .summary()
                .snapshotId();
        var leaders =
                Jsoup.parse(mvc.perform(get("/register/snapshots/" + snapshot).with(demo.as("leader")))
                        .andReturn()
                        .getResponse()
                        .getContentAsString());
        assertThat(leaders.select("main a[href^=/register/cases/]").eachText())
                .as("the new cases first")
                .containsExactly("CH-3");
        for (var change : java.util.Map.of("closed", "CH-1", "moved", "CH-2").entrySet()) {
            var listed = Jsoup.parse(mvc.perform(get("/register/snapshots/" + snapshot)
                                    .param("show", change.getKey())
                                    .with(demo.as("leader")))
                            .andReturn()
                            .getResponse()
                            .getContentAsString())
                    .select("main a[href^=/register/cases/]")
                    .eachText();
            assertThat(listed).as(change.getKey()).containsExactly(change.getValue());
        }

        var admins = mvc.perform(get("/register/snapshots/" + snapshot).with(demo.as("admin")))
                .andReturn()
                .getResponse();
        assertThat(admins.getStatus()).isEqualTo(200);
        var page = Jsoup.parse(admins.getContentAsString());
        assertThat(page.select("main table")).as("the counts are shown").isNotEmpty();
        assertThat(page.select("main a[href^=/register/cases/]"))
                .as("no case the administrator may not open")
                .isEmpty();
        assertThat(page.select("main a[href*=show=]")).isEmpty();
        for (var reference : leaders.select("main a[href^=/register/cases/]").eachText()) {
            assertThat(page.text()).doesNotContain(reference);
        }
    }
}
