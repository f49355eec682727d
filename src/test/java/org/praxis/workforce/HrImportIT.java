package org.praxis.workforce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.praxis.organisation.EmploymentType;
import org.praxis.organisation.JobRole;
import org.praxis.register.reading.ImportFile;
import org.praxis.support.DemoUsers;
import org.praxis.support.PraxisIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * HR's CSV files and the supervision export: all or nothing, unknown staff and wrong dates and numbers named by row
 * and column; and the workforce figures a good file gives (FTE, vacancies, agency and bank share, sickness days per FTE,
 * turnover, apprentices).
 */
@PraxisIntegrationTest
class HrImportIT {

    @Autowired
    HrImport hr;

    @Autowired
    SupervisionImport supervision;

    @Autowired
    WorkforceRecords records;

    @Autowired
    WorkforceFigures figures;

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers demo;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationContext context;

    private WorkforceFixture f;
    private final LocalDate today = LocalDate.now();

    @BeforeEach
    void aTeam() {
        f = new WorkforceFixture(context);
        f.staff("Ada", JobRole.SOCIAL_WORKER, EmploymentType.PERMANENT, LocalDate.of(2020, 1, 6));
        f.staff("Ben", JobRole.SOCIAL_WORKER, EmploymentType.PERMANENT, LocalDate.of(2020, 1, 6));
        f.staff("Cy", JobRole.SOCIAL_WORKER, EmploymentType.AGENCY, today.minusMonths(3));
        f.staff("Dee", JobRole.SOCIAL_WORK_APPRENTICE, EmploymentType.PERMANENT, LocalDate.of(2025, 9, 1));
    }

    private HrImport.Outcome importHr(HrImport.Kind kind, String csv) throws IOException {
        var file = Files.createTempFile("hr", ".csv");
        try {
            Files.writeString(file, csv, StandardCharsets.UTF_8);
            return hr.importFrom(kind, new ImportFile(file, "hr.csv"), "qa.lead");
        } finally {
            Files.delete(file);
        }
    }

    private long rows(String table) {
        return jdbc.sql("select count(*) from " + table + " where staff_id in (select id from staff_directory where"
                        + " team_id = ?)")
                .param(f.team)
                .query(Long.class)
                .single();
    }

    @Test
    void aSicknessFileWithUnknownStaffAndBadCellsImportsNothingAndNamesEachByRowAndColumn() throws Exception {
        var outcome = importHr(HrImport.Kind.SICKNESS, """
                Work email,First day,Last day,Days lost
                %1$s,2026-03-02,2026-03-04,3
                nobody.%3$s@nowhere.example,2026-03-02,2026-03-04,3
                %2$s,31/02/2026,2026-03-04,3
                %2$s,2026-03-10,2026-03-04,2
                %2$s,2026-04-01,2026-04-02,lots
                %2$s,2026-05-01,2026-05-02,5
                ,2026-05-01,2026-05-02,1
                %1$s,2026-03-02,2026-03-05,4
                """.formatted(f.email("Ada"), f.email("Ben"), f.id));

        assertThat(outcome.done()).isFalse();
        assertThat(outcome.problems())
                .extracting(p -> p.where() + ": " + p.message())
                .containsExactly(
                        "Row 3, Work email: No staff member has this work email",
                        "Row 4, First day: Enter a real date, like 2026-03-27 or 27/03/2026",
                        "Row 5, Last day: The last day must be on or after the first day",
                        "Row 6, Days lost: Days lost must be a number more than 0 and at most 366, with at most one"
                                + " decimal place",
                        "Row 7, Days lost: Days lost is more than the days from the first day to the last",
                        "Row 8, Work email: Enter the staff member's work email",
                        "Row 9, First day: This person's absence starting this day is in the file twice");
        assertThat(rows("workforce_sickness"))
                .as("nothing imported, not even the good row")
                .isZero();
    }

    @Test
    void theScreenListsTheProblemsByRowAndImportsNothing() throws Exception {
        var csv = "Work email,FTE\nnobody.%s@nowhere.example,1\n%s,1.5\n".formatted(f.id, f.email("Ada"));
        var html = mvc.perform(multipart("/workforce/hr-import")
                        .file(new MockMultipartFile("file", "hr.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
                        .param("kind", "STAFF")
                        .with(demo.as("qa.lead"))
                        .with(csrf()))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html)
                .contains("There is a problem")
                .contains("The file has 2 problems. Nothing was imported")
                .contains("No staff member has this work email")
                .contains("The FTE must be a number from 0.01 to 1, like 0.6");
        assertThat(rows("workforce_staff_details")).isZero();
    }

    @Test
    void aFileWithoutTheRequiredColumnsSaysWhichAreMissing() throws Exception {
        var outcome = importHr(HrImport.Kind.SICKNESS, "Email,Days\n%s,3\n".formatted(f.email("Ada")));
        assertThat(outcome.problems())
                .extracting(CsvRows.Problem::message)
                .containsExactly("The column “First day” is missing", "The column “Last day” is missing");
    }

    @Test
    void goodFilesGiveTheTeamsFigures() throws Exception {
        var lastYear = today.minusMonths(6);
        var staffFile = importHr(HrImport.Kind.STAFF, """
                Work email,FTE,Left on,Leaving reason,Apprentice cohort,University,Apprenticeship progress
                %s,0.5,,,,,
                %s,1,%s,Moved away,,,
                %s,1,,,,,
                %s,1,,,2025,Northbridge University,on track
                """.formatted(
                        f.email("Ada").toUpperCase(), f.email("Ben"), lastYear, f.email("Cy"), f.email("Dee")));
        assertThat(staffFile.problems()).isEmpty();
        assertThat(staffFile.imported()).isEqualTo(4);
        var sickness = importHr(HrImport.Kind.SICKNESS, """
                Work email,First day,Last day,Days lost
                %1$s,%2$s,%3$s,4.5
                %1$s,%4$s,%4$s,1
                """.formatted(
                        f.email("Ada"), today.minusDays(20), today.minusDays(14), today.minusYears(2)));
        assertThat(sickness.problems()).isEmpty();
        records.saveEstablishment(f.team, new BigDecimal("4"), "qa.lead");

        var team = figures.workforce(WorkforceFigures.Period.yearTo(today)).stream()
                .filter(w -> w.teamId() != null && w.teamId() == f.team)
                .findFirst()
                .orElseThrow();

        assertThat(team.headcount()).as("Ada, Cy and Dee: Ben has left").isEqualTo(3);
        assertThat(team.fte()).isEqualByComparingTo("2.5");
        assertThat(team.fteAssumed()).isZero();
        assertThat(team.vacancies())
                .as("4 posts less 1.5 permanent FTE (Ada and Dee)")
                .isEqualByComparingTo("2.5");
        assertThat(team.agency()).isEqualTo(1);
        assertThat(team.agencyAndBankShare()).isEqualTo(1 / 3.0);
        assertThat(team.daysLostPerFte())
                .as("4.5 days this year over 2.5 FTE; the spell two years ago left out")
                .isEqualByComparingTo("1.8");
        assertThat(team.permanentLeavers()).isEqualTo(1);
        assertThat(team.turnover())
                .as("1 leaver over (3 permanent at the start + 2 at the end) / 2")
                .isEqualTo(0.4);

        var development = figures.development(WorkforceFigures.Period.yearTo(today));
        assertThat(development.apprenticesByProgress().get("On track"))
                .as("Dee at least")
                .isPositive();
        assertThat(records.staffDetails()
                        .get(jdbc.sql("select id from staff_member where work_email = ?")
                                .param(f.email("Dee"))
                                .query(Long.class)
                                .single())
                        .apprenticeProgress())
                .isEqualTo("On track");
    }

    @Test
    void aSupervisionExportWithAnUnknownSupervisorImportsNothingAndAGoodOneIsNotImportedTwice() throws Exception {
        var file = Files.createTempFile("supervision", ".csv");
        try {
            Files.writeString(file, """
                    Supervisee email,Supervisor email,Date,Kind
                    %1$s,%2$s,%3$s,1:1
                    %1$s,nobody.%4$s@nowhere.example,%3$s,group
                    %1$s,%2$s,2099-01-01,
                    %1$s,%2$s,%3$s,coffee
                    """.formatted(f.email("Ada"), f.email("Ben"), today.minusDays(5), f.id));
            var bad = supervision.importFrom(new ImportFile(file, "supervision.csv"), "qa.lead");
            assertThat(bad.problems())
                    .extracting(p -> p.where() + ": " + p.message())
                    .containsExactly(
                            "Row 3, Supervisor email: No staff member has this work email",
                            "Row 4, Date: The date must be today or in the past",
                            "Row 5, Kind: Kind must be one-to-one, group or reflective practice");
            assertThat(jdbc.sql("select count(*) from workforce_supervision where supervisee_id = (select id from"
                                    + " staff_member where work_email = ?)")
                            .param(f.email("Ada"))
                            .query(Long.class)
                            .single())
                    .isZero();

            Files.writeString(file, """
                    Supervisee email,Supervisor email,Date
                    %s,%s,%s
                    """.formatted(f.email("Ada"), f.email("Ben"), today.minusDays(5)));
            var good = supervision.importFrom(new ImportFile(file, "supervision.csv"), "qa.lead");
            assertThat(good.imported()).isEqualTo(1);
            var again = supervision.importFrom(new ImportFile(file, "supervision.csv"), "qa.lead");
            assertThat(again.imported()).isZero();
            assertThat(again.alreadyRecorded()).isEqualTo(1);
        } finally {
            Files.delete(file);
        }
    }
}
