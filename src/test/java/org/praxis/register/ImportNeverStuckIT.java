package org.praxis.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.praxis.register.imports.ImportRuns;
import org.praxis.register.imports.ImportRuns.RowHandling;
import org.praxis.register.imports.ImportRuns.Status;
import org.praxis.register.imports.ImportWatch;
import org.praxis.register.imports.RegisterImport;
import org.praxis.register.reading.ImportFile;
import org.praxis.register.reading.RejectedFile;
import org.praxis.support.DemoUsers;
import org.praxis.support.PraxisIntegrationTest;
import org.praxis.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.context.event.ApplicationEventMulticaster;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** An import can never stay "running": a run whose worker stopped is seen as stopped, and a QA lead can cancel. */
@PraxisIntegrationTest
class ImportNeverStuckIT {

    private static final LocalDate AS_AT = LocalDate.of(2026, 11, 20);

    @TempDir
    Path folder;

    @Autowired
    RegisterImport importer;

    @Autowired
    ImportRuns runs;

    @Autowired
    ImportWatch watch;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestClock clock;

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers users;

    @Autowired
    org.praxis.identity.StaffAccounts accounts;

    @Autowired
    ApplicationEventMulticaster multicaster;

    private RegisterImport.Request request(Path file) {
        return new RegisterImport.Request(
                List.of(new ImportFile(file, file.getFileName().toString())),
                AS_AT,
                RowHandling.REJECT_FILE,
                "qa.lead");
    }

    /** A run another instance started and then lost (killed, crashed, out of memory): it beat once, then never. */
    private long runWhoseWorkerIsGone() {
        var now = Timestamp.valueOf(LocalDateTime.now(clock));
        jdbc.sql("""
                        insert into register_import (source, file_names, as_at, row_handling, requested_by, started_at,
                            heartbeat_at, status)
                        values ('ANNEX_A', 'annex-a.xlsx', ?, 'REJECT_FILE', 'qa.lead', ?, ?, 'RUNNING')
                        """).params(AS_AT, now, now).update();
        return jdbc.sql("select max(id) from register_import").query(Long.class).single();
    }

    @Test
    void aRunWhoseWorkerStoppedIsMarkedStoppedWithinAMinuteAndNoLongerBlocksTheNextImport() throws Exception {
        var empty = Files.createFile(folder.resolve("empty.csv"));
        long lost = runWhoseWorkerIsGone();

        assertThatThrownBy(() -> importer.run(request(empty), line -> {}))
                .isInstanceOf(RejectedFile.class)
                .hasMessageContaining("Another import is still running");

        clock.advance(Duration.ofSeconds(50));
        watch.watch();

        var stopped = runs.find(lost).orElseThrow();
        assertThat(stopped.status()).isEqualTo(Status.FAILED);
        assertThat(stopped.message()).contains("stopped before it finished").contains("Nothing was imported");
        var next = importer.run(request(empty), line -> {});
        assertThat(next.status()).isEqualTo(Status.REJECTED);
        assertThat(next.message()).contains("empty.csv is empty (0 bytes)");
    }

    /** A small workbook of its own, so the import reaches the end of its list and tells the listener. */
    private Path oneCase(String id) throws Exception {
        return new AnnexAFixture()
                .row(1, "Child Unique ID", id, "Date of Birth", "01/01/2020", "Date of Contact", "03/11/2026")
                .workbook(folder, id + ".xlsx");
    }

    @Test
    void runningOutOfMemoryOrAnyOtherErrorEndsTheRunAsFailedAndTheNextImportGoesAhead() throws Exception {
        long snapshotsBefore = jdbc.sql("select count(*) from register_snapshot")
                .query(Long.class)
                .single();

        // The error is raised inside the import, where a list has been read: as an out-of-memory would be.
        var outOfMemory = importer.run(request(oneCase("OOM-1")), list -> {
            throw new OutOfMemoryError("Java heap space");
        });
        assertThat(outOfMemory.status()).isEqualTo(Status.FAILED);
        assertThat(outOfMemory.message())
                .startsWith("Praxis ran out of memory while importing this file, and nothing was imported");
        assertThat(runs.find(outOfMemory.importId()).orElseThrow().running()).isFalse();

        var anyError = importer.run(request(oneCase("ERR-1")), list -> {
            throw new StackOverflowError();
        });
        assertThat(anyError.status()).isEqualTo(Status.FAILED);
        assertThat(anyError.message())
                .startsWith("Something went wrong while importing, and nothing was imported")
                .contains("import " + anyError.importId());

        assertThat(jdbc.sql("select count(*) from register_snapshot")
                        .query(Long.class)
                        .single())
                .as("nothing half-written")
                .isEqualTo(snapshotsBefore);
        var next = importer.run(request(Files.createFile(folder.resolve("after.csv"))), line -> {});
        assertThat(next.status())
                .as("not refused as another import still running")
                .isEqualTo(Status.REJECTED);
        assertThat(next.message()).contains("after.csv is empty (0 bytes)");
    }

    @Test
    void theApiAnswersAnImportAlreadyRunningWithAProblemDetail() throws Exception {
        long lost = runWhoseWorkerIsGone();
        try {
            var file = new MockMultipartFile(
                    "file", "nightly.xlsx", "application/octet-stream", Files.readAllBytes(oneCase("API-1")));
            var busy = mvc.perform(multipart("/api/register/annex-a")
                            .file(file)
                            .param("asAt", "2026-11-20")
                            .with(httpBasic("qa.lead", "praxis-demo")))
                    .andReturn()
                    .getResponse();
            assertThat(busy.getStatus()).isEqualTo(409);
            assertThat(busy.getContentType()).isEqualTo("application/problem+json");
            assertThat(busy.getContentAsString())
                    .contains("\"type\":\"urn:praxis:problem:import-running\"")
                    .contains("Another import is still running");
        } finally {
            clock.advance(Duration.ofSeconds(50));
            watch.watch();
        }
        assertThat(runs.find(lost).orElseThrow().status()).isEqualTo(Status.FAILED);
    }

    @Test
    void aQaLeadCancelsARunningImportAndNothingIsImported() throws Exception {
        var fixture = new AnnexAFixture();
        for (int i = 0; i < 40_000; i++) {
            fixture.row(
                    1, "Child Unique ID", "CANCEL" + i, "Date of Birth", "01/01/2020", "Date of Contact", "03/11/2026");
        }
        var workbook = SpreadsheetFiles.workbook(folder, "large.xlsx", fixture.sheets());
        long snapshotsBefore = jdbc.sql("select count(*) from register_snapshot")
                .query(Long.class)
                .single();

        long id = importer.start(request(workbook), () -> {});
        mvc.perform(post("/register/imports/" + id + "/cancel")
                        .with(users.as("qa.lead"))
                        .with(csrf()))
                .andExpect(redirectedUrl("/register/imports/" + id));
        watch.watch();

        await().atMost(Duration.ofSeconds(60))
                .until(() -> !runs.find(id).orElseThrow().running());
        var cancelled = runs.find(id).orElseThrow();
        assertThat(cancelled.status()).isEqualTo(Status.CANCELLED);
        // By name, never by username
        assertThat(cancelled.message())
                .isEqualTo("Cancelled by " + accounts.nameOf("qa.lead") + ". Nothing was imported.");
        assertThat(cancelled.message()).doesNotContain("qa.lead");
        assertThat(jdbc.sql("select count(*) from register_snapshot")
                        .query(Long.class)
                        .single())
                .isEqualTo(snapshotsBefore);
    }

    @Test
    void theSnapshotItsOutcomeAndItsReportBecomeVisibleTogether() throws Exception {
        var seenInside = new AtomicReference<String>();
        var seenOutside = new AtomicReference<String>();
        ApplicationListener<ApplicationEvent> whileCommitting = event -> {
            if (event instanceof PayloadApplicationEvent<?> payload
                    && payload.getPayload() instanceof RegisterSnapshotImported imported) {
                // Published inside the import's transaction, just before it commits.
                String query = "select status || ' ' || (select count(*) from register_snapshot where id = ?)"
                        + " from register_import where id = (select import_id from register_snapshot where id = ?)";
                seenInside.set(jdbc.sql(query)
                        .params(imported.snapshotId(), imported.snapshotId())
                        .query(String.class)
                        .optional()
                        .orElse("none"));
                seenOutside.set(CompletableFuture.supplyAsync(() -> jdbc.sql(
                                        "select status from register_import where status = 'RUNNING' and requested_by = 'atomic.test'")
                                .query(String.class)
                                .optional()
                                .orElse("not running"))
                        .join());
            }
        };
        multicaster.addApplicationListener(whileCommitting);
        try {
            var file = new AnnexAFixture()
                    .row(
                            1,
                            "Child Unique ID",
                            "ATOMIC-1",
                            "Date of Birth",
                            "01/01/2020",
                            "Date of Contact",
                            "03/11/2026")
                    .workbook(folder, "atomic.xlsx");
            var result = importer.run(
                    new RegisterImport.Request(
                                    List.of(new ImportFile(file, "atomic.xlsx")),
                                    AS_AT,
                                    RowHandling.REJECT_FILE,
                                    "atomic.test")
                            // A register of the test's own replaces the one before knowingly.
                            .acceptingSharpChange(true),
                    line -> {});
            assertThat(result.status()).as(result.message()).isEqualTo(Status.IMPORTED);
        } finally {
            multicaster.removeApplicationListener(whileCommitting);
        }

        assertThat(seenInside.get()).as("inside the import's transaction").isEqualTo("IMPORTED 1");
        assertThat(seenOutside.get()).as("from elsewhere, before the commit").isEqualTo("RUNNING");
    }
}
