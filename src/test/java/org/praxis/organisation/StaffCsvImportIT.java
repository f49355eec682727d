package org.praxis.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.praxis.support.DemoUsers;
import org.praxis.support.PraxisIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** The staff CSV import: all or nothing, every bad row reported by line, on screen and on the command line. */
@PraxisIntegrationTest
class StaffCsvImportIT {

    @Autowired
    StaffCsvImport importer;

    @Autowired
    StaffImportCommand command;

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers demo;

    @Autowired
    JdbcClient jdbc;

    private StaffCsvImport.Outcome importCsv(String csv) {
        return importer.importFrom(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));
    }

    private long staffCount() {
        return jdbc.sql("select count(*) from staff_member").query(Long.class).single();
    }

    private String existing() {
        return jdbc.sql("select work_email from staff_member order by id limit 1")
                .query(String.class)
                .single();
    }

    @Test
    void aGoodFileAddsNewStaffAndUpdatesThoseAlreadyKnown() {
        var csv = """
                \uFEFFFull name,Work email,Job role,Team,Employment type,Start date,Payroll number
                Imported One,imported.one@northbridge.example.gov.uk,Social worker,MASH,Agency,27/03/2024,P1
                Imported Two,IMPORTED.TWO@northbridge.example.gov.uk,asye, assessment team north ,permanent,2025-09-01,P2
                Renamed Person,%s,Senior practitioner,Edge of Care,Bank,,P3
                """.formatted(existing());
        var outcome = importCsv(csv);
        assertThat(outcome.problems()).isEmpty();
        assertThat(outcome.added()).isEqualTo(2);
        assertThat(outcome.updated()).isEqualTo(1);
        assertThat(outcome.ignoredColumns()).containsExactly("Payroll number");
        var two = jdbc.sql(
                        "select s.job_role, t.name, s.employment_type, s.start_date from staff_member s join team t on t.id = s.team_id where work_email = 'imported.two@northbridge.example.gov.uk'")
                .query()
                .singleRow();
        assertThat(two.get("job_role")).isEqualTo("ASYE");
        assertThat(two.get("name")).isEqualTo("Assessment Team North");
        assertThat(two.get("employment_type")).isEqualTo("PERMANENT");
        assertThat(jdbc.sql("select full_name from staff_member where work_email = ?")
                        .param(existing())
                        .query(String.class)
                        .single())
                .isEqualTo("Renamed Person");
    }

    @Test
    void aFileWithBadRowsReportsEachByLineAndWritesNothing() {
        long before = staffCount();
        var csv = """
                Full name,Work email,Job role,Team,Employment type,Start date
                Good Row,good.row@northbridge.example.gov.uk,Social worker,MASH,Agency,
                ,missing.name@northbridge.example.gov.uk,Social worker,MASH,Agency,
                Bad Email,not-an-email,Social worker,MASH,Agency,
                Bad Role,bad.role@northbridge.example.gov.uk,Wizard,MASH,Agency,
                Bad Team,bad.team@northbridge.example.gov.uk,Social worker,Nowhere Team,Agency,
                Bad Type,bad.type@northbridge.example.gov.uk,Social worker,MASH,Contractor,
                Bad Date,bad.date@northbridge.example.gov.uk,Social worker,MASH,Agency,31/02/2025
                Twice,good.row@northbridge.example.gov.uk,Social worker,MASH,Agency,
                """;
        var outcome = importCsv(csv);
        assertThat(outcome.imported()).isFalse();
        assertThat(outcome.problems())
                .extracting(p -> p.line() + " " + p.column() + ": " + p.problem())
                .containsExactly(
                        "3 Full name: Enter a full name",
                        "4 Work email: Enter an email address in the correct format, like name@example.gov.uk",
                        "5 Job role: Not a job role Praxis knows, such as “Social worker” or “ASYE”",
                        "6 Team: No open team has this name",
                        "7 Employment type: Employment type must be Permanent, Agency or Bank",
                        "8 Start date: Start date must be a real date, like 2024-03-27 or 27/03/2024",
                        "9 Work email: This work email is also on line 2");
        assertThat(staffCount()).as("nothing half-written").isEqualTo(before);
        assertThat(jdbc.sql(
                                "select count(*) from staff_member where work_email = 'good.row@northbridge.example.gov.uk'")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void aMissingColumnIsNamed() {
        var outcome = importCsv("Full name,Job role,Team\nA Person,Social worker,MASH\n");
        assertThat(outcome.problems())
                .extracting(StaffCsvImport.RowProblem::problem)
                .containsExactly("The file has no “Work email” column", "The file has no “Employment type” column");
    }

    @Test
    void emptyAndNonCsvFilesAreRefusedWithAReason() {
        assertThat(importCsv("").problems())
                .extracting(StaffCsvImport.RowProblem::problem)
                .containsExactly("The file is empty. The first row must be the column headings.");
        assertThat(importCsv("Full name,Work email,Job role,Team,Employment type\n")
                        .problems())
                .extracting(StaffCsvImport.RowProblem::problem)
                .containsExactly("The file has headings but no staff rows.");
        var pdf = importer.importFrom(new ByteArrayInputStream(
                new byte[] {'%', 'P', 'D', 'F', '-', '1', '.', '7', '\n', 0, 1, 2, (byte) 0xff}));
        assertThat(pdf.imported()).isFalse();
        assertThat(pdf.problems())
                .extracting(StaffCsvImport.RowProblem::problem)
                .contains("The file has no “Work email” column");
    }

    @Test
    void theUploadScreenShowsTheProblemsEscapedAndSaysNothingWasImported() throws Exception {
        var csv =
                "Full name,Work email,Job role,Team,Employment type\n<b>Bold</b>,x,<script>alert(1)</script>,MASH,Agency\n";
        var html = mvc.perform(multipart("/organisation/staff/import")
                        .file(new MockMultipartFile(
                                "file", "staff.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
                        .with(csrf())
                        .with(demo.as("admin")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html).contains("There is a problem").contains("Nothing was imported");
        assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>alert(1)");
        assertThat(html).contains("Problems in the file");
    }

    @Test
    void theCommandLineImportPrintsProblemsAndExitsNonZero() throws Exception {
        var file = Files.createTempFile("staff", ".csv");
        Files.writeString(
                file,
                "Full name,Work email,Job role,Team,Employment type\nCli Person,cli.person@northbridge.example.gov.uk,Social worker,Nowhere,Agency\n");
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        int status = command.run(List.of(file.toString()), new PrintStream(out), new PrintStream(err));
        assertThat(status).isEqualTo(1);
        assertThat(err.toString())
                .contains("Nothing was imported")
                .contains("line 2, Team: No open team has this name");

        Files.writeString(
                file,
                "Full name,Work email,Job role,Team,Employment type\nCli Person,cli.person@northbridge.example.gov.uk,Social worker,MASH,Agency\n");
        out.reset();
        status = command.run(List.of(file.toString()), new PrintStream(out), new PrintStream(err));
        assertThat(status).isZero();
        assertThat(out.toString()).contains("Imported 1 staff: 1 added, 0 updated.");
        assertThat(command.run(List.of("/no/such/file.csv"), new PrintStream(out), new PrintStream(err)))
                .isEqualTo(2);
    }
}
