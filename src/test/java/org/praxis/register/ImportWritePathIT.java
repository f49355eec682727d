package org.praxis.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.praxis.register.imports.ImportRuns.RowHandling;
import org.praxis.register.imports.ImportRuns.Status;
import org.praxis.register.imports.RegisterImport;
import org.praxis.register.reading.ImportFile;
import org.praxis.support.PraxisIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A whole import through the fast write path (the file read on one thread, checked on another, written by a third;
 * COPY on PostgreSQL): values come out as the workbook has them, and a file refused late, after thousands of its rows
 * were already written, leaves nothing behind.
 */
@PraxisIntegrationTest
class ImportWritePathIT {

    private static final LocalDate AS_AT = LocalDate.of(2026, 11, 20);

    @TempDir
    Path folder;

    @Autowired
    RegisterImport importer;

    @Autowired
    JdbcClient jdbc;

    private RegisterImport.Result run(Path file, RowHandling handling) {
        return importer.run(
                new RegisterImport.Request(
                                List.of(new ImportFile(file, file.getFileName().toString())),
                                AS_AT,
                                handling,
                                "qa.lead")
                        // A register of the test's own replaces the one before knowingly.
                        .acceptingSharpChange(true),
                line -> {});
    }

    private long episodes(String referencePrefix) {
        return jdbc.sql("select count(*) from register_episode where case_reference like ?")
                .param(referencePrefix + "%")
                .query(Long.class)
                .single();
    }

    private long snapshots() {
        return jdbc.sql("select count(*) from register_snapshot")
                .query(Long.class)
                .single();
    }

    /** Three thousand contacts: several chunks on their way to the database before the file's end is read. */
    private static AnnexAFixture manyContacts(String prefix) {
        var fixture = new AnnexAFixture();
        for (int i = 0; i < 3_000; i++) {
            fixture.row(
                    1, "Child Unique ID", prefix + i, "Date of Birth", "01/01/2020", "Date of Contact", "03/11/2026");
        }
        return fixture;
    }

    @Test
    void quotesBackslashesAndAnyScriptInAWorkbookAreStoredExactly() throws Exception {
        var team = "O'Brien \"North\" Team \\ back\\slash – Ünïcødé 😀";
        var worker = "Zoë Ñúñez-O'Neill 中文";
        var source = "Police; \"999\" call \\N at 02:00 | العربية";
        var file = manyContacts("WRITE-OK-")
                .row(
                        1,
                        "Child Unique ID",
                        "WRITE-ODD-\"1\"\\",
                        "Date of Birth",
                        "01/01/2020",
                        "Date of Contact",
                        "03/11/2026",
                        "Contact Source",
                        source)
                .row(
                        3,
                        "Child Unique ID",
                        "WRITE-ODD-\"1\"\\",
                        "Date of referral",
                        "04/11/2026",
                        "Number of Referrals in Last 12 Months",
                        "1",
                        "Allocated Team",
                        team,
                        "Allocated Worker",
                        worker)
                .workbook(folder, "awkward.xlsx");

        var result = run(file, RowHandling.REJECT_FILE);

        assertThat(result.status()).as(result.message()).isEqualTo(Status.IMPORTED);
        long snapshot = result.summary().snapshotId();
        assertThat(jdbc.sql("select team_name || '|' || worker_name from register_episode"
                                + " where snapshot_id = ? and list_number = 3")
                        .param(snapshot)
                        .query(String.class)
                        .single())
                .isEqualTo(team + "|" + worker);
        assertThat(jdbc.sql("select details from register_episode where snapshot_id = ? and list_number = 1"
                                + " and case_reference = ?")
                        .params(snapshot, "WRITE-ODD-\"1\"\\")
                        .query(String.class)
                        .single())
                .isEqualTo("Contact Source: " + source + "\n");
        assertThat(jdbc.sql("select team_name from register_case where snapshot_id = ? and case_reference = ?")
                        .params(snapshot, "WRITE-ODD-\"1\"\\")
                        .query(String.class)
                        .single())
                .isEqualTo(team);
        assertThat(jdbc.sql("select count(*) from register_case where snapshot_id = ?")
                        .param(snapshot)
                        .query(Long.class)
                        .single())
                .isEqualTo(3_001);
    }

    @Test
    void aListFoundTwiceAtTheEndOfTheFileStopsTheImportAndNothingIsWritten() throws Exception {
        var sheets = new java.util.LinkedHashMap<>(manyContacts("WRITE-TWICE-").sheets());
        // The last sheet repeats List 1: found only after every other list was read and written.
        var again = new ArrayList<List<?>>(sheets.get("List_1").subList(0, 3));
        sheets.put("List 1 again", again);
        var file = SpreadsheetFiles.workbook(folder, "twice.xlsx", sheets);
        long snapshotsBefore = snapshots();

        var result = run(file, RowHandling.QUARANTINE_ROWS);

        assertThat(result.status()).isEqualTo(Status.REJECTED);
        assertThat(result.message()).contains("List 1 (Contacts) appears twice");
        assertThat(episodes("WRITE-TWICE-")).isZero();
        assertThat(snapshots()).isEqualTo(snapshotsBefore);
    }

    @Test
    void aBadRowInTheLastListRejectsTheFileAndTheRowsWrittenBeforeItAreGone() throws Exception {
        var file = manyContacts("WRITE-LATE-")
                .row(
                        10,
                        "Child Unique ID",
                        "WRITE-LATE-BAD",
                        "Date of Birth",
                        "01/01/2020",
                        "Date the Child Entered Care",
                        "31/02/2026")
                .workbook(folder, "late.xlsx");
        long snapshotsBefore = snapshots();

        var result = run(file, RowHandling.REJECT_FILE);

        assertThat(result.status()).as(result.message()).isEqualTo(Status.REJECTED);
        assertThat(result.message()).startsWith("Nothing was imported");
        assertThat(episodes("WRITE-LATE-")).isZero();
        assertThat(snapshots()).isEqualTo(snapshotsBefore);

        // The connection the failed run wrote on is fit for the next import.
        var next = run(manyContacts("WRITE-AFTER-").workbook(folder, "after.xlsx"), RowHandling.REJECT_FILE);
        assertThat(next.status()).as(next.message()).isEqualTo(Status.IMPORTED);
        assertThat(episodes("WRITE-AFTER-")).isEqualTo(3_000);
    }

    /**
     * The register's rows keep their snapshot key on PostgreSQL; on H2 the migration that drops it (and the index H2
     * gives each key) finds it by H2's generated name, so a change of migration order would quietly undo the speed.
     */
    @Test
    void theRegisterRowsHaveTheirSnapshotKeyOnPostgresqlOnly() {
        long keys = jdbc.sql("""
                        select count(*) from information_schema.table_constraints
                        where lower(table_name) in ('register_episode', 'register_case')
                            and constraint_type = 'FOREIGN KEY'
                        """).query(Long.class).single();
        assertThat(keys).isEqualTo("postgresql".equals(System.getProperty("praxis.test.database")) ? 2 : 0);
    }
}
