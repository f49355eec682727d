package org.praxis.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.praxis.register.imports.ImportRuns;
import org.praxis.register.imports.ImportRuns.RowHandling;
import org.praxis.register.imports.ImportRuns.Status;
import org.praxis.register.imports.RegisterImport;
import org.praxis.register.indicators.IndicatorFigures;
import org.praxis.register.reading.ImportFile;
import org.praxis.register.snapshots.CaseRegister;
import org.praxis.register.snapshots.SnapshotChanges;
import org.praxis.support.PraxisIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Importing Annex A as it really arrives: snapshots, problems, quarantine, and a register left whole on failure. */
@PraxisIntegrationTest
class AnnexAImportIT {

    private static final LocalDate AS_AT = LocalDate.of(2026, 11, 20);

    @TempDir
    Path folder;

    @Autowired
    RegisterImport importer;

    @Autowired
    ImportRuns runs;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    CaseRegister register;

    @Autowired
    SnapshotChanges changes;

    @Autowired
    IndicatorFigures indicators;

    private RegisterImport.Result run(RowHandling handling, Path... files) {
        var list = java.util.Arrays.stream(files)
                .map(f -> new ImportFile(f, f.getFileName().toString()))
                .toList();
        // These tests read files; the guard against a sharp change in open cases has its own (SharpChangeGuardIT).
        return importer.run(
                new RegisterImport.Request(list, AS_AT, handling, "qa.lead").acceptingSharpChange(true), line -> {});
    }

    private long snapshots() {
        return jdbc.sql("select count(*) from register_snapshot")
                .query(Long.class)
                .single();
    }

    private static AnnexAFixture goodLists() {
        return new AnnexAFixture()
                .row(
                        1,
                        "Child Unique ID",
                        "C1",
                        "Gender",
                        "a) Male",
                        "Date of Birth",
                        44927L,
                        "Date of Contact",
                        "03/11/2026")
                .row(
                        3,
                        "Child Unique ID",
                        "C1",
                        "Gender",
                        "Male",
                        "Date of Birth",
                        "01/01/2023",
                        "Date of referral",
                        "2026-11-04",
                        "Number of Referrals in Last 12 Months",
                        1L,
                        "Allocated Team",
                        "Child\u00A0Protection Team East",
                        "Allocated Worker",
                        "#N/A")
                .row(
                        7,
                        "Child Unique ID",
                        "C1",
                        "Gender",
                        "a) Male",
                        "Ethnicity",
                        "a) WBRI",
                        "Date of Birth",
                        44927L,
                        "Child Protection Plan Start Date",
                        "10/11/2026",
                        "Date of the Last Statutory Visit",
                        "18/11/2026",
                        "Number of Previous Child Protection Plans",
                        0L,
                        "Allocated Team",
                        "Child Protection Team East")
                .row(
                        8,
                        "Child Unique ID",
                        "C2",
                        "Gender",
                        "b) Female",
                        "Date of Birth",
                        "2015-06-30",
                        "Date Started to be Looked After",
                        "01/02/2024",
                        "Date of Last Social Work Visit",
                        "01/10/2026",
                        "Number of Placements in the Last 12 months",
                        3L,
                        "Placement postcode",
                        "NB1 2XX",
                        "Placement Type",
                        "a) U1: Foster placement with relative(s)",
                        "Allocated Team",
                        "Children in Care Team 1")
                .row(11, "Individual adopter identifier", "A1");
    }

    @Test
    void aWorkbookBecomesASnapshotWithCasesEpisodesAndIndicators() throws IOException {
        var result = run(RowHandling.REJECT_FILE, goodLists().workbook(folder, "annex-a.xlsx"));

        assertThat(result.status()).as(result.message()).isEqualTo(Status.IMPORTED);
        assertThat(result.message()).contains("Imported 5 rows").contains("List 11 had 1 adopter:");
        long snapshot = result.summary().snapshotId();
        var child = jdbc.sql("select case_type, open_case, team_id is not null, gender, age_band from register_case"
                        + " where snapshot_id = ? and case_reference = 'C1'")
                .param(snapshot)
                .query((rs, n) ->
                        List.of(rs.getString(1), rs.getBoolean(2), rs.getBoolean(3), rs.getString(4), rs.getString(5)))
                .single();
        // The open child protection plan outranks the contact and the referral; the team matched despite the NBSP.
        assertThat(child).containsExactly("CHILD_PROTECTION", true, true, "Male", "1 to 4");
        assertThat(jdbc.sql("select count(*) from register_episode where snapshot_id = ?")
                        .param(snapshot)
                        .query(Long.class)
                        .single())
                .isEqualTo(4);
        // The placement postcode is dropped on purpose.
        assertThat(jdbc.sql("select details from register_episode where snapshot_id = ? and list_number = 8")
                        .param(snapshot)
                        .query(String.class)
                        .single())
                .contains("Placement Type: U1: Foster placement with relative(s)")
                .doesNotContain("NB1");
        assertThat(jdbc.sql(
                                "select measure_value from register_indicator where snapshot_id = ? and indicator = 'PLACEMENT_STABILITY'"
                                        + " and team_label = '' and measure = 'met'")
                        .param(snapshot)
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
        assertThat(jdbc.sql("select file_sha256 from register_snapshot where id = ?")
                        .param(snapshot)
                        .query(String.class)
                        .single())
                .hasSize(64);
    }

    @Test
    void oneCsvFilePerListInAZipImportsTheSame() throws IOException {
        var zip = SpreadsheetFiles.zip(folder, "lists.zip", goodLists().csvFiles());
        var result = run(RowHandling.REJECT_FILE, zip);
        assertThat(result.status()).as(result.message()).isEqualTo(Status.IMPORTED);
        assertThat(result.summary().rowsImported()).isEqualTo(5);
    }

    @Test
    void rowProblemsRejectTheFileAndLeaveTheRegisterAsItWas() throws IOException {
        long before = snapshots();
        var lists = goodLists()
                .row(
                        7,
                        "Child Unique ID",
                        "C9",
                        "Child Protection Plan Start Date",
                        "01/01/2026",
                        "Date of the Last Statutory Visit",
                        "31/02/2025",
                        "Number of Previous Child Protection Plans",
                        0L)
                .row(
                        3,
                        "Child Unique ID",
                        "C8",
                        "Date of Birth",
                        "01/06/2020",
                        "Date of referral",
                        "01/05/2019",
                        "Number of Referrals in Last 12 Months",
                        0L)
                .row(
                        8,
                        "Child Unique ID",
                        "C2",
                        "Date of Birth",
                        "2015-06-30",
                        "Date Started to be Looked After",
                        "01/03/2024",
                        "Date of Last Social Work Visit",
                        "01/10/2026",
                        "Number of Placements in the Last 12 months",
                        1L);
        var result = run(RowHandling.REJECT_FILE, lists.workbook(folder, "problems.xlsx"));

        assertThat(result.status()).isEqualTo(Status.REJECTED);
        assertThat(result.message()).startsWith("Nothing was imported: the file has 3 problems in 3 rows");
        assertThat(snapshots()).isEqualTo(before);
        var problems = runs.problems(result.importId(), 0, 10);
        assertThat(problems)
                .extracting(
                        p -> p.list() + " | " + p.row() + " | " + p.column() + " | " + p.value() + " | " + p.problem())
                .containsExactlyInAnyOrder(
                        "List 7 (Child protection) | 4 | Date of the Last Statutory Visit | 31/02/2025 | is not a real date",
                        "List 3 (Referrals) | 4 | Date of referral | 01/05/2019 | is more than 40 weeks before the date of birth (01/06/2020): pre-birth work starts during the pregnancy",
                        "List 8 (Children in care) | 4 | Child Unique ID | C2 | appears more than once in List 8 (Children in care) (first on row 3); this list has one row per child");
    }

    @Test
    void realWorkbooksFractionalAgesAndPreBirthWorkAreImportedAndAWrongAgeIsOnlyAWarning() throws IOException {
        var lists = goodLists()
                .row(
                        1,
                        "Child Unique ID",
                        "AGE-1",
                        "Date of Birth",
                        "01/05/2020",
                        "Age of Child (Years)",
                        "6.553",
                        "Date of Contact",
                        "03/11/2026")
                .row(
                        1,
                        "Child Unique ID",
                        "AGE-2",
                        "Date of Birth",
                        "01/05/2020",
                        "Age of Child (Years)",
                        "9.2",
                        "Date of Contact",
                        "04/11/2026")
                .row(
                        3,
                        "Child Unique ID",
                        "PRE-1",
                        "Date of Birth",
                        "01/02/2026",
                        "Date of referral",
                        "15/06/2025",
                        "Number of Referrals in Last 12 Months",
                        1L);

        var result = run(RowHandling.REJECT_FILE, lists.workbook(folder, "real.xlsx"));

        assertThat(result.status()).as(result.message()).isEqualTo(Status.IMPORTED);
        assertThat(result.summary().rowsImported()).isEqualTo(8);
        assertThat(result.message()).contains("1 warning (imported as Praxis read them): see the report.");
        assertThat(runs.problems(result.importId(), 0, 10))
                .extracting(p -> p.row() + " | " + p.column() + " | " + p.value() + " | " + p.problem())
                .containsExactly("5 | Age of Child (Years) | 9.2 | Warning: differs by more than a year from the age"
                        + " the date of birth gives (6.6); the age from the date of birth is used");
        assertThat(runs.problems(result.importId(), 0, 10)).allMatch(ImportRuns.RowProblem::warning);
        assertThat(jdbc.sql("select count(*) from register_problem where import_id = ? and quarantined = true")
                        .param(result.importId())
                        .query(Long.class)
                        .single())
                .as("a warning's row is not held back")
                .isZero();
    }

    @Test
    void aPivotTableExportedInsteadOfTheListIsRefusedSayingSo() throws IOException {
        var workbook = SpreadsheetFiles.workbook(
                folder,
                "pivot.xlsx",
                java.util.Map.of(
                        "List_1",
                        List.of(
                                List.of("List 1: Contacts"),
                                List.of("Row Labels", "Count of Child Unique ID", "Sum of Age of Child (Years)"),
                                List.of("Child Protection Team East", 12L, 80L),
                                List.of("Grand Total", 12L, 80L))));

        var result = run(RowHandling.REJECT_FILE, workbook);

        assertThat(result.status()).isEqualTo(Status.REJECTED);
        assertThat(result.message())
                .isEqualTo("Nothing was imported. “List_1” (List 1 (Contacts)) is a pivot table (it has “Row Labels”),"
                        + " a summary of the list rather than the list itself. Export the list's rows, one row per"
                        + " child or episode, as your case management system gives them.");
    }

    @Test
    void theSameChildWithAnotherDateOfBirthInAnotherListIsAWarning() throws IOException {
        var lists = goodLists()
                .row(1, "Child Unique ID", "DOB-1", "Date of Birth", "01/01/2020", "Date of Contact", "03/11/2026")
                .row(
                        3,
                        "Child Unique ID",
                        "DOB-1",
                        "Date of Birth",
                        "02/01/2020",
                        "Date of referral",
                        "04/11/2026",
                        "Number of Referrals in Last 12 Months",
                        1L);

        var result = run(RowHandling.REJECT_FILE, lists.workbook(folder, "births.xlsx"));

        assertThat(result.status()).as(result.message()).isEqualTo(Status.IMPORTED);
        assertThat(runs.problems(result.importId(), 0, 10))
                .extracting(p -> p.list() + " | " + p.column() + " | " + p.value() + " | " + p.problem())
                .containsExactly("List 3 (Referrals) | Date of Birth | 02/01/2020 | Warning: List 1 gives this"
                        + " child's date of birth as 01/01/2020; one of them is wrong");
    }

    @Test
    void aSnapshotAsAtAnEarlierDateThanTheOneItReplacesIsPointedOut() throws IOException {
        var lists = new AnnexAFixture().row(1, "Child Unique ID", "OCT-1", "Date of Contact", "01/10/2026");
        run(RowHandling.REJECT_FILE, lists.workbook(folder, "november.xlsx"));

        var earlier = importer.run(
                new RegisterImport.Request(
                        List.of(new ImportFile(lists.workbook(folder, "october.xlsx"), "october.xlsx")),
                        LocalDate.of(2026, 10, 20),
                        RowHandling.REJECT_FILE,
                        "qa.lead"),
                line -> {});

        assertThat(earlier.status()).isEqualTo(Status.IMPORTED);
        assertThat(earlier.message())
                .contains("Its as-at date is earlier than the")
                .contains("withdraw it if that was a mistake");
    }

    @Test
    void aBlankStartDateIsAProblemNamingTheListRowAndColumn() throws IOException {
        var lists =
                goodLists().row(1, "Child Unique ID", "BLANK-1", "Date of Birth", "01/01/2020", "Date of Contact", "");

        var result = run(RowHandling.QUARANTINE_ROWS, lists.workbook(folder, "blank.xlsx"));

        assertThat(runs.problems(result.importId(), 0, 10))
                .extracting(p -> p.list() + " | " + p.row() + " | " + p.column() + " | " + p.problem())
                .containsExactly(
                        "List 1 (Contacts) | 4 | Date of Contact | is blank: every row needs its Date of Contact");
    }

    @Test
    void aValueLongerThanItsColumnIsAProblemNeverCutShort() throws IOException {
        var longTeam = "Child Protection Team East " + "and partners ".repeat(20);
        var lists = goodLists()
                .row(
                        7,
                        "Child Unique ID",
                        "LONG-1",
                        "Child Protection Plan Start Date",
                        "01/10/2026",
                        "Date of the Last Statutory Visit",
                        "01/11/2026",
                        "Number of Previous Child Protection Plans",
                        0L,
                        "Allocated Team",
                        longTeam);

        var result = run(RowHandling.QUARANTINE_ROWS, lists.workbook(folder, "long.xlsx"));

        assertThat(result.status()).as(result.message()).isEqualTo(Status.IMPORTED);
        assertThat(runs.problems(result.importId(), 0, 10))
                .extracting(p -> p.row() + " | " + p.column() + " | " + p.problem())
                .containsExactly("4 | Allocated Team | is longer than 200 characters, more than Praxis keeps for it"
                        + " (it is not cut short: check the column)");
        assertThat(jdbc.sql("select count(*) from register_case where case_reference = 'LONG-1'")
                        .query(Long.class)
                        .single())
                .as("held back, not imported with its team cut short")
                .isZero();
    }

    @Test
    void quarantineImportsTheGoodRowsAndHoldsBackTheRest() throws IOException {
        var lists = goodLists()
                .row(4, "Child Unique ID", "", "Continuous Assessment Start Date", "01/10/2026")
                .row(
                        4,
                        "Child Unique ID",
                        "C5",
                        "Continuous Assessment Start Date",
                        "01/10/2026",
                        "Continuous Assessment Date of Authorisation",
                        "01/09/2026");
        var result = run(RowHandling.QUARANTINE_ROWS, lists.workbook(folder, "quarantine.xlsx"));

        assertThat(result.status()).isEqualTo(Status.IMPORTED);
        assertThat(result.summary().rowsImported()).isEqualTo(5);
        assertThat(result.summary().rowsQuarantined()).isEqualTo(2);
        assertThat(result.message()).contains("2 rows with problems were held back");
        assertThat(jdbc.sql("select count(*) from register_case where snapshot_id = ? and case_reference = 'C5'")
                        .param(result.summary().snapshotId())
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(runs.problems(result.importId(), 0, 10))
                .extracting(ImportRuns.RowProblem::problem)
                .containsExactlyInAnyOrder(
                        "is missing: every row needs the child's unique ID", "is before the start date (01/10/2026)");
    }

    @Test
    void aMissingListIsNamed() throws IOException {
        long before = snapshots();
        var result = run(RowHandling.QUARANTINE_ROWS, goodLists().without(9).workbook(folder, "no-care-leavers.xlsx"));
        assertThat(result.status()).isEqualTo(Status.REJECTED);
        assertThat(result.message()).contains("The import has no List 9 (Care leavers)");
        assertThat(snapshots()).isEqualTo(before);
    }

    @Test
    void theListsThereCanBeImportedWithTheMissingOnesMarkedNotProvided() throws IOException {
        var whole = run(RowHandling.REJECT_FILE, goodLists().workbook(folder, "whole.xlsx"));
        assertThat(whole.imported()).as(whole.message()).isTrue();

        var refused = run(RowHandling.REJECT_FILE, goodLists().without(8).workbook(folder, "no-cla.xlsx"));
        assertThat(refused.status()).isEqualTo(Status.REJECTED);
        assertThat(refused.message())
                .contains("The import has no List 8 (Children in care)")
                .contains("import again choosing to import the lists that are there");

        var list = List.of(new ImportFile(goodLists().without(8).workbook(folder, "no-cla-2.xlsx"), "no-cla.xlsx"));
        var partial = importer.run(
                new RegisterImport.Request(list, AS_AT, RowHandling.REJECT_FILE, "qa.lead")
                        .acceptingSharpChange(true)
                        .allowingMissingLists(true),
                line -> {});

        assertThat(partial.imported()).as(partial.message()).isTrue();
        assertThat(partial.message())
                .contains("List 8 was not in the file: marked not provided, so their cases are not in this snapshot"
                        + " and are not counted as closed.");
        long snapshot = partial.summary().snapshotId();
        assertThat(register.snapshot(snapshot).orElseThrow().listsNotProvided()).containsExactly(8);
        // C2 was only looked after (List 8): not in this snapshot, and not counted as closed either.
        assertThat(jdbc.sql("select count(*) from register_case where snapshot_id = ? and case_reference = 'C2'")
                        .param(snapshot)
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(changes.counts(snapshot, whole.summary().snapshotId()))
                .containsEntry(SnapshotChanges.Change.CLOSED, 0L);
        assertThat(indicators.of(snapshot).stream()
                        .filter(v -> !v.provided())
                        .map(v -> v.indicator().name()))
                .as("the indicators worked out from List 8 say it was not provided")
                .containsExactlyInAnyOrder("LAC_VISITS", "PLACEMENT_STABILITY");
        assertThat(indicators.overTime().stream()
                        .filter(t -> t.indicator().name().equals("LAC_VISITS"))
                        .flatMap(t -> t.points().stream())
                        .filter(p -> p.snapshotId() == snapshot)
                        .map(IndicatorFigures.Point::provided))
                .containsExactly(false);
    }

    @Test
    void aBlankDateOfBirthIsNeverPassedOverInSilence() throws IOException {
        var lists = goodLists()
                .row(1, "Child Unique ID", "NO-DOB", "Date of Birth", "", "Date of Contact", "02/11/2026")
                .row(
                        1,
                        "Child Unique ID",
                        "AGE-ONLY",
                        "Date of Birth",
                        "",
                        "Age of Child (Years)",
                        "7",
                        "Date of Contact",
                        "02/11/2026")
                .row(
                        1,
                        "Child Unique ID",
                        "UNBORN",
                        "Date of Birth",
                        "",
                        "Age of Child (Years)",
                        "-1",
                        "Date of Contact",
                        "02/11/2026");

        var result = run(RowHandling.QUARANTINE_ROWS, lists.workbook(folder, "blank-dob.xlsx"));

        assertThat(result.imported()).as(result.message()).isTrue();
        assertThat(runs.problems(result.importId(), 0, 10))
                .extracting(p -> p.list() + " | " + p.row() + " | " + p.column() + " | " + p.problem())
                .containsExactlyInAnyOrder(
                        "List 1 (Contacts) | 4 | Date of Birth | is blank, and so is the age: give the child's date"
                                + " of birth (or, for an unborn child, age -1)",
                        "List 1 (Contacts) | 5 | Date of Birth | Warning: is blank; the age given (7) is used");
        assertThat(jdbc.sql("""
                        select case_reference from register_case where snapshot_id = ?
                            and case_reference in ('NO-DOB', 'AGE-ONLY', 'UNBORN') order by case_reference
                        """)
                        .param(result.summary().snapshotId())
                        .query(String.class)
                        .list())
                .containsExactly("AGE-ONLY", "UNBORN");
    }

    @Test
    void aMissingRequiredColumnIsNamedWithItsList() throws IOException {
        var lists = goodLists().rename(4, "Continuous Assessment Date of Authorisation", "Signed off");
        var result = run(RowHandling.REJECT_FILE, lists.workbook(folder, "renamed.xlsx"));
        assertThat(result.status()).isEqualTo(Status.REJECTED);
        assertThat(result.message())
                .contains(
                        "List 4 (Assessments) in “List_4” has no “Continuous Assessment Date of Authorisation” column");
    }

    @Test
    void headingVariantsAreAcceptedAndUnknownColumnsListed() throws IOException {
        var lists = goodLists()
                .rename(3, "Date of referral", "DATE OF REFERRAL ")
                .rename(3, "Age of Child (Years)", "Age")
                .rename(7, "Date of the Last Statutory Visit", "Date of Last Statutory Visit?")
                .extraColumn(6, "Locality");
        var result = run(RowHandling.REJECT_FILE, lists.workbook(folder, "variants.xlsx"));
        assertThat(result.status()).as(result.message()).isEqualTo(Status.IMPORTED);
        assertThat(result.summary().ignored()).containsExactly("List 6 (Children in need): “Locality”");
    }

    @Test
    void aPdfRenamedXlsxIsRejectedWithItsReason() throws IOException {
        var pdf = folder.resolve("annex-a.xlsx");
        java.nio.file.Files.writeString(pdf, "%PDF-1.4 not a workbook");
        var result = run(RowHandling.REJECT_FILE, pdf);
        assertThat(result.status()).isEqualTo(Status.REJECTED);
        assertThat(result.message()).contains("annex-a.xlsx is a PDF document");
    }
}
