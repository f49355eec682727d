package org.praxis.register.imports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.praxis.accesslog.AccessLog;
import org.praxis.organisation.OrganisationDirectory;
import org.praxis.register.RegisterSnapshotImported;
import org.praxis.register.imports.ImportRuns.RowHandling;
import org.praxis.register.imports.ImportRuns.Status;
import org.praxis.register.indicators.IndicatorCalculation;
import org.praxis.register.names.NameMatcher;
import org.praxis.register.reading.ImportFile;
import org.praxis.register.reading.ImportLimits;
import org.praxis.register.reading.ReadAhead;
import org.praxis.register.reading.RejectedFile;
import org.praxis.register.reading.Tables;
import org.praxis.register.snapshots.CaseRegister;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.task.TaskExecutor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports Annex A as one new snapshot, all in one transaction: a rejected or failed import leaves the register as
 * it was. The screen, the command line and the HTTP endpoint all come here.
 */
@Service
public class RegisterImport {

    public static final String ANNEX_A = "ANNEX_A";
    static final String ADULTS = "ADULTS";

    private static final Logger log = LoggerFactory.getLogger(RegisterImport.class);
    private static final long PROGRESS_INTERVAL_MS = 400;

    /**
     * What to import. {@code mapping} is null for Annex A; for an adults' case list it names the columns. {@code
     * acceptSharpChange}: the person has already said a sharp change in open cases is expected (the command line's
     * {@code --accept-sharp-change}), so the import does not wait for confirmation. {@code allowMissingLists}: Annex A
     * lists left out of the file are imported as "not provided" instead of refusing the file.
     */
    public record Request(
            List<ImportFile> files,
            LocalDate asAt,
            RowHandling handling,
            String username,
            AdultCaseList.Mapping mapping,
            boolean acceptSharpChange,
            boolean allowMissingLists) {

        public Request(List<ImportFile> files, LocalDate asAt, RowHandling handling, String username) {
            this(files, asAt, handling, username, null);
        }

        public Request(
                List<ImportFile> files,
                LocalDate asAt,
                RowHandling handling,
                String username,
                AdultCaseList.Mapping mapping) {
            this(files, asAt, handling, username, mapping, false, false);
        }

        public Request acceptingSharpChange(boolean accept) {
            return new Request(files, asAt, handling, username, mapping, accept, allowMissingLists);
        }

        public Request allowingMissingLists(boolean allow) {
            return new Request(files, asAt, handling, username, mapping, acceptSharpChange, allow);
        }

        String source() {
            return mapping == null ? ANNEX_A : ADULTS;
        }

        String fileNames() {
            return String.join(", ", files.stream().map(ImportFile::displayName).toList());
        }
    }

    public record Result(long importId, Status status, String message, ImportSummary summary) {
        public boolean imported() {
            return status == Status.IMPORTED;
        }

        public boolean awaitingConfirmation() {
            return status == Status.AWAITING_CONFIRMATION;
        }
    }

    private final ImportRuns runs;
    private final ImportLimits limits;
    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final IndicatorCalculation indicators;
    private final AccessLog accessLog;
    private final TaskExecutor executor;
    private final ApplicationEventPublisher events;
    private final OrganisationDirectory organisation;
    private final Clock clock;
    private final ImportWatch watch;
    private final SharpChange sharpChange;

    RegisterImport(
            ImportRuns runs,
            ImportLimits limits,
            DataSource dataSource,
            JdbcClient jdbc,
            TransactionTemplate transaction,
            IndicatorCalculation indicators,
            AccessLog accessLog,
            @Qualifier("applicationTaskExecutor") TaskExecutor executor,
            ApplicationEventPublisher events,
            OrganisationDirectory organisation,
            Clock clock,
            ImportWatch watch,
            SharpChange sharpChange) {
        this.watch = watch;
        this.sharpChange = sharpChange;
        this.events = events;
        this.organisation = organisation;
        this.runs = runs;
        this.limits = limits;
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.indicators = indicators;
        this.accessLog = accessLog;
        this.executor = executor;
        this.clock = clock;
    }

    /** Runs the import now; {@code finishedList} hears each list as it is done (the command line prints them). */
    public Result run(Request request, Consumer<String> finishedList) {
        long id = runs.start(
                request.source(), request.fileNames(), request.asAt(), request.handling(), request.username());
        return execute(id, request, finishedList);
    }

    /**
     * Starts the import on a background thread and returns its id at once, so the person can leave the page and
     * come back to the result. {@code afterwards} runs when it is over (it deletes the uploaded files).
     */
    public long start(Request request, Runnable afterwards) {
        long id = runs.start(
                request.source(), request.fileNames(), request.asAt(), request.handling(), request.username());
        executor.execute(DelegatingSecurityContextRunnable.create(
                () -> {
                    try {
                        execute(id, request, line -> {});
                    } finally {
                        afterwards.run();
                    }
                },
                null));
        return id;
    }

    /** A QA lead cancelled the run; the worker stops at its next progress report and nothing is imported. */
    private static final class Cancelled extends RuntimeException {
        Cancelled(String by) {
            super(by, null, false, false);
        }
    }

    private Result execute(long importId, Request request, Consumer<String> finishedList) {
        watch.started(importId);
        try {
            return importWatched(importId, request, finishedList);
        } finally {
            watch.finished(importId);
        }
    }

    private Result importWatched(long importId, Request request, Consumer<String> finishedList) {
        var problems = new ProblemReport(limits.maxStoredProblems());
        long[] lastPublished = {0};
        var progress = new ImportProgress(
                text -> {
                    long now = System.currentTimeMillis();
                    if (now - lastPublished[0] >= PROGRESS_INTERVAL_MS) {
                        lastPublished[0] = now;
                        runs.progress(importId, text);
                        // A cancel asked for on any instance is seen here within a moment, not at the next beat.
                        runs.cancelRequestedBy(importId).ifPresent(by -> {
                            throw new Cancelled(by);
                        });
                    }
                },
                finishedList);
        String hash = null;
        Status status;
        String message;
        CaseListReader[] table = {null};
        Result[] imported = {null};
        try {
            hash = sha256(request.files());
            var fileHash = hash;
            transaction.executeWithoutResult(tx -> {
                try {
                    long snapshotId = insertSnapshot(importId, request, fileHash);
                    var connection = DataSourceUtils.getConnection(dataSource);
                    // Closed before the transaction ends, either way: an unfinished writer stops and lets go of the
                    // connection, so the rollback (a problem, a cancel, a failure) finds it free.
                    try (var writer = new RegisterWriter(
                            connection, snapshotId, new NameMatcher(jdbc, organisation), request.asAt())) {
                        table[0] = request.mapping() == null
                                ? new AnnexATable(
                                        request.asAt(), writer, problems, progress, request.allowMissingLists())
                                : new AdultCaseList(request.mapping(), request.asAt(), writer, problems, progress);
                        ReadAhead.read(new Tables(limits), request.files(), table[0]);
                        table[0].checkComplete();
                        if (problems.count() > 0 && request.handling() == RowHandling.REJECT_FILE) {
                            tx.setRollbackOnly();
                            return;
                        }
                        if (table[0].rowsImported() == 0) {
                            throw new RejectedFile(
                                    "The lists have headings but no rows, so there is nothing to import.");
                        }
                        int cases = writer.finish();
                        jdbc.sql("update register_snapshot set case_count = ?, episode_count = ?,"
                                        + " lists_not_provided = ? where id = ?")
                                .params(
                                        cases,
                                        writer.episodes(),
                                        table[0].listsNotProvided().isEmpty()
                                                ? null
                                                : String.join(
                                                        ",",
                                                        table[0].listsNotProvided().stream()
                                                                .map(String::valueOf)
                                                                .toList()),
                                        snapshotId)
                                .update();
                        if (request.mapping() == null) {
                            progress.note("indicators", "Working out the indicators");
                            indicators.calculateAndStore(snapshotId);
                        }
                        accessLog.changed("Register snapshot", snapshotId);
                        // The run's outcome and its report are written in the snapshot's own transaction: all three
                        // become visible together, or (a crash before the commit) none of them.
                        // The last word before the commit: a cancel asked for while the lists were written still holds.
                        var cancelledBy = runs.cancelRequestedBy(importId);
                        if (cancelledBy.isPresent()) {
                            throw new Cancelled(cancelledBy.get());
                        }
                        var summary = summary(fileHash, table[0], Status.IMPORTED, problems, snapshotId, progress);
                        var sharp = request.acceptSharpChange()
                                ? java.util.Optional.<SharpChange.Comparison>empty()
                                : sharpChange.sharp(request.source(), snapshotId);
                        runs.saveProblems(importId, problems.stored(), true);
                        if (sharp.isPresent()) {
                            // Written, but not the register until a person confirms it: a test file or the wrong
                            // council's list must not replace the register unseen.
                            jdbc.sql("update register_snapshot set awaiting_confirmation = true where id = ?")
                                    .param(snapshotId)
                                    .update();
                            var held = "Open cases would go " + sharp.get().describe()
                                    + ". The register still shows the snapshot it had: confirm this import to make it"
                                    + " the register, or discard it. "
                                    + importedMessage(request, table[0], problems)
                                            .replaceFirst("^Imported", "Read");
                            runs.finish(importId, Status.AWAITING_CONFIRMATION, held, summary);
                            imported[0] = new Result(importId, Status.AWAITING_CONFIRMATION, held, summary);
                            return;
                        }
                        var done = importedMessage(request, table[0], problems)
                                + sameFileAs(request, fileHash, snapshotId)
                                + olderThanShown(request, snapshotId);
                        runs.finish(importId, Status.IMPORTED, done, summary);
                        events.publishEvent(
                                new RegisterSnapshotImported(snapshotId, request.source(), request.asAt(), cases));
                        imported[0] = new Result(importId, Status.IMPORTED, done, summary);
                    }
                } catch (SQLException e) {
                    throw new IllegalStateException("Could not write the register", e);
                }
            });
            if (imported[0] != null) {
                return imported[0];
            }
            status = Status.REJECTED;
            message = "Nothing was imported: " + describe(problems)
                    + ". Fix them and import again, or choose to import the rows without problems and hold back the rest.";
        } catch (RejectedFile e) {
            status = Status.REJECTED;
            message = "Nothing was imported. " + e.getMessage();
        } catch (Cancelled e) {
            status = Status.CANCELLED;
            message = "Cancelled by " + e.getMessage() + ". Nothing was imported.";
        } catch (OutOfMemoryError e) {
            log.error("Case register import {} ran out of memory", importId);
            status = Status.FAILED;
            message = "Praxis ran out of memory while importing this file, and nothing was imported. Import the lists"
                    + " as separate CSV files, or ask your Praxis administrator to give Praxis more memory (import "
                    + importId + ").";
        } catch (Throwable e) {
            // Whatever happens, the run must end: a run left RUNNING would refuse every later import.
            // The exception may quote file contents, so only its type is logged.
            log.error(
                    "Case register import {} failed: {}", importId, e.getClass().getName());
            status = Status.FAILED;
            message = "Something went wrong while importing, and nothing was imported. Try again; if it happens again,"
                    + " tell your Praxis administrator (import " + importId + ").";
        }
        var summary = summary(hash, table[0], status, problems, null, progress);
        runs.saveProblems(importId, problems.stored(), false);
        runs.finish(importId, status, message, summary);
        return new Result(importId, status, message, summary);
    }

    /** A warning when the same file was imported before (a test file imported twice, last month's lists again). */
    private String sameFileAs(Request request, String hash, long snapshotId) {
        return jdbc.sql("select as_at from register_snapshot where source = ? and file_sha256 = ? and id <> ? and "
                        + CaseRegister.SHOWABLE + " order by id desc fetch first 1 rows only")
                .params(request.source(), hash, snapshotId)
                .query(LocalDate.class)
                .optional()
                .map(asAt -> " The same file was imported before, as the snapshot of "
                        + asAt.format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.UK))
                        + ": check it is the file you meant, and withdraw this snapshot if not.")
                .orElse("");
    }

    /** A snapshot as at an earlier date than the one it replaces is probably last month's file again. */
    private String olderThanShown(Request request, long snapshotId) {
        return jdbc.sql("select max(as_at) from register_snapshot where source = ? and id <> ? and "
                        + CaseRegister.SHOWABLE)
                .params(request.source(), snapshotId)
                .query(LocalDate.class)
                .optional()
                .filter(shown -> shown.isAfter(request.asAt()))
                .map(shown -> " Its as-at date is earlier than the "
                        + shown.format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.UK))
                        + " of the snapshot it replaces, and the register now shows it: withdraw it if that was a"
                        + " mistake.")
                .orElse("");
    }

    private static ImportSummary summary(
            String hash,
            CaseListReader table,
            Status status,
            ProblemReport problems,
            Long snapshotId,
            ImportProgress progress) {
        boolean imported = status == Status.IMPORTED;
        return new ImportSummary(
                hash,
                table == null ? List.of() : table.ignored(),
                table == null ? 0 : table.rowsRead(),
                imported ? table.rowsImported() : 0,
                imported ? problems.rowsWithProblems() : 0,
                problems.count(),
                snapshotId,
                progress.text());
    }

    private static String importedMessage(Request request, CaseListReader table, ProblemReport problems) {
        return "Imported " + ImportProgress.rowCount(table.rowsImported()) + " as the snapshot of "
                + request.asAt()
                        .format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.UK))
                + (problems.count() == 0
                        ? "."
                        : ". " + ImportProgress.rowCount(problems.rowsWithProblems())
                                + " with problems "
                                + (problems.rowsWithProblems() == 1 ? "was" : "were")
                                + " held back: see the report.")
                + (problems.warnings() == 0
                        ? ""
                        : " " + String.format("%,d", problems.warnings()) + " warning"
                                + (problems.warnings() == 1 ? "" : "s")
                                + " (imported as Praxis read them): see the report.")
                + table.note();
    }

    private static String describe(ProblemReport problems) {
        return "the file has " + String.format("%,d", problems.count()) + " problem"
                + (problems.count() == 1 ? "" : "s")
                + " in " + String.format("%,d", problems.rowsWithProblems()) + " row"
                + (problems.rowsWithProblems() == 1 ? "" : "s");
    }

    private long insertSnapshot(long importId, Request request, String hash) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into register_snapshot (source, as_at, import_id, imported_by, imported_at, file_sha256,
                            case_count, episode_count)
                        values (:source, :asAt, :importId, :by, :at, :hash, 0, 0)
                        """)
                .param("source", request.source())
                .param("asAt", request.asAt())
                .param("importId", importId)
                .param("by", request.username())
                .param("at", Timestamp.from(clock.instant()))
                .param("hash", hash)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    private static String sha256(List<ImportFile> files) {
        try {
            var digest = MessageDigest.getInstance("SHA-256");
            for (var file : files) {
                try (InputStream in = new DigestInputStream(Files.newInputStream(file.path()), digest)) {
                    in.transferTo(java.io.OutputStream.nullOutputStream());
                }
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new RejectedFile("Cannot read the file: " + e.getMessage());
        }
    }
}
