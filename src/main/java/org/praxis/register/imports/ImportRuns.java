package org.praxis.register.imports;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.praxis.accesslog.AccessLog;
import org.praxis.register.reading.RejectedFile;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The record of each import: written in its own transactions so progress shows while the import's own
 * transaction is still open, and so a rejected or failed import still has its report.
 */
@Service
public class ImportRuns {

    public enum Status {
        RUNNING,
        IMPORTED,
        REJECTED,
        FAILED,
        CANCELLED,
        /** Imported, but the open cases changed sharply: the snapshot waits for a person to confirm or discard it. */
        AWAITING_CONFIRMATION
    }

    /** What to do with rows that have problems: refuse the whole file, or import the rest and hold these back. */
    public enum RowHandling {
        REJECT_FILE,
        QUARANTINE_ROWS
    }

    public record Run(
            long id,
            String source,
            String fileNames,
            LocalDate asAt,
            RowHandling rowHandling,
            String requestedBy,
            LocalDateTime startedAt,
            LocalDateTime finishedAt,
            Status status,
            String progress,
            String message,
            String ignoredColumns,
            int rowsRead,
            int rowsImported,
            int rowsQuarantined,
            int problemCount,
            Long snapshotId,
            String cancelRequestedBy) {

        public boolean running() {
            return status == Status.RUNNING;
        }

        public List<String> progressLines() {
            return progress.isBlank() ? List.of() : List.of(progress.split("\n"));
        }
    }

    /**
     * A problem with one cell. A warning is reported but does not hold the row back (the row is imported as
     * Praxis understood it, which the problem text says).
     */
    public record RowProblem(String list, int row, String column, String value, String problem, boolean warning) {

        public RowProblem(String list, int row, String column, String value, String problem) {
            this(list, row, column, value, problem, false);
        }
    }

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final Clock clock;
    private final AccessLog accessLog;

    private final org.praxis.identity.StaffAccounts accounts;

    ImportRuns(
            JdbcClient jdbc,
            JdbcTemplate template,
            Clock clock,
            AccessLog accessLog,
            org.praxis.identity.StaffAccounts accounts) {
        this.accounts = accounts;
        this.accessLog = accessLog;
        this.jdbc = jdbc;
        this.template = template;
        this.clock = clock;
    }

    /** Refuses to start while another import of the same source is running: two would race for "latest". */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    long start(String source, String fileNames, LocalDate asAt, RowHandling handling, String username) {
        markStopped(ImportWatch.STOPPED_AFTER);
        var running = jdbc.sql(
                        "select requested_by, started_at from register_import where source = ? and status = 'RUNNING'")
                .param(source)
                .query((rs, n) -> accounts.nameOf(rs.getString(1)) + " started one at "
                        + rs.getTimestamp(2).toLocalDateTime().toLocalTime().withNano(0))
                .optional();
        if (running.isPresent()) {
            throw new RejectedFile(
                    "Another import is still running (" + running.get() + "). Wait for it to finish, then try again.");
        }
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("""
                        insert into register_import (source, file_names, as_at, row_handling, requested_by, started_at,
                            heartbeat_at, status)
                        values (:source, :files, :asAt, :handling, :by, :at, :at, 'RUNNING')
                        """)
                .param("source", source)
                .param("files", truncate(fileNames, 1000))
                .param("asAt", asAt)
                .param("handling", handling.name())
                .param("by", username)
                .param("at", now())
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void progress(long id, String progress) {
        jdbc.sql("update register_import set progress = ? where id = ?")
                .params(truncate(progress, 4000), id)
                .update();
    }

    /** In the import's own transaction when it imported (so the outcome shows with the snapshot), else its own. */
    @Transactional
    void finish(long id, Status status, String message, ImportSummary summary) {
        jdbc.sql("""
                        update register_import set status = :status, message = :message, finished_at = :at,
                            file_sha256 = :hash, ignored_columns = :ignored, rows_read = :read, rows_imported = :imported,
                            rows_quarantined = :quarantined, problem_count = :problems, snapshot_id = :snapshot,
                            progress = :progress
                        where id = :id
                        """)
                .param("status", status.name())
                .param("message", message == null ? null : truncate(message, 2000))
                .param("at", now())
                .param("hash", summary.fileHash())
                .param("ignored", truncate(String.join("\n", summary.ignored()), 4000))
                .param("read", summary.rowsRead())
                .param("imported", summary.rowsImported())
                .param("quarantined", summary.rowsQuarantined())
                .param("problems", summary.problemCount())
                .param("snapshot", summary.snapshotId())
                .param("progress", truncate(summary.progress(), 4000))
                .param("id", id)
                .update();
    }

    /** A person confirmed or discarded an import that waited for confirmation. */
    @Transactional
    void settle(long id, Status status, String message) {
        jdbc.sql("update register_import set status = ?, message = ? where id = ?")
                .params(status.name(), truncate(message, 2000), id)
                .update();
    }

    @Transactional
    void saveProblems(long importId, List<RowProblem> problems, boolean quarantined) {
        jdbc.sql("delete from register_problem where import_id = ?")
                .param(importId)
                .update();
        var batch = new java.util.ArrayList<Object[]>(problems.size());
        for (var p : problems) {
            batch.add(new Object[] {
                importId,
                truncate(p.list(), 120),
                p.row(),
                truncate(p.column(), 200),
                truncate(p.value(), 200),
                truncate(p.problem(), 500),
                quarantined && !p.warning(),
                p.warning()
            });
        }
        for (int from = 0; from < batch.size(); from += 1000) {
            var chunk = batch.subList(from, Math.min(batch.size(), from + 1000));
            template.batchUpdate(
                    "insert into register_problem (import_id, list_name, row_number, column_name, cell_value, problem, quarantined, warning) values (?, ?, ?, ?, ?, ?, ?, ?)",
                    chunk);
        }
    }

    /** The instance doing these runs is alive. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void beat(Collection<Long> importIds) {
        jdbc.sql("update register_import set heartbeat_at = :at where id in (:ids) and status = 'RUNNING'")
                .param("at", now())
                .param("ids", importIds)
                .update();
    }

    /** Runs whose worker has not beaten for {@code silence} lost it: nothing was imported, and the next may start. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    int markStopped(Duration silence) {
        return jdbc.sql("""
                        update register_import set status = 'FAILED', finished_at = :at,
                            message = 'The import stopped before it finished (the server doing it stopped or ran out of memory). Nothing was imported: run it again.'
                        where status = 'RUNNING' and heartbeat_at < :cutoff
                        """)
                .param("at", now())
                .param("cutoff", Timestamp.valueOf(now().toLocalDateTime().minus(silence)))
                .update();
    }

    /**
     * Asks the worker to stop; a run whose worker has already gone is marked at once. Returns false when the run
     * had already finished.
     */
    @Transactional
    public boolean requestCancel(long importId, String username) {
        markStopped(ImportWatch.STOPPED_AFTER);
        boolean requested =
                jdbc.sql("update register_import set cancel_requested_by = ? where id = ? and status = 'RUNNING'")
                                .params(username, importId)
                                .update()
                        > 0;
        if (requested) {
            accessLog.changed("Register import", importId);
        }
        return requested;
    }

    /**
     * Who asked to cancel this run (by name), if anyone: the worker asks as it goes and once more before it commits.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW, readOnly = true)
    Optional<String> cancelRequestedBy(long importId) {
        return jdbc.sql(
                        "select cancel_requested_by from register_import where id = ? and cancel_requested_by is not null")
                .param(importId)
                .query(String.class)
                .optional()
                .map(accounts::nameOf);
    }

    @Transactional(readOnly = true)
    public Optional<Run> find(long id) {
        return named(jdbc.sql("select * from register_import where id = ?")
                        .param(id)
                        .query(this::run)
                        .list())
                .stream()
                .findFirst();
    }

    @Transactional(readOnly = true)
    public List<Run> recent(int offset, int limit) {
        return named(jdbc.sql(
                        "select * from register_import order by started_at desc, id desc offset ? rows fetch next ? rows only")
                .params(offset, limit)
                .query(this::run)
                .list());
    }

    /** Who started and who asked to cancel, by name (the table keeps usernames): one query for the page. */
    private List<Run> named(List<Run> runs) {
        var names = accounts.namesOf(runs.stream()
                .flatMap(r -> java.util.stream.Stream.of(r.requestedBy(), r.cancelRequestedBy()))
                .filter(java.util.Objects::nonNull)
                .toList());
        return runs.stream()
                .map(r -> new Run(
                        r.id(),
                        r.source(),
                        r.fileNames(),
                        r.asAt(),
                        r.rowHandling(),
                        names.get(r.requestedBy()),
                        r.startedAt(),
                        r.finishedAt(),
                        r.status(),
                        r.progress(),
                        r.message(),
                        r.ignoredColumns(),
                        r.rowsRead(),
                        r.rowsImported(),
                        r.rowsQuarantined(),
                        r.problemCount(),
                        r.snapshotId(),
                        r.cancelRequestedBy() == null ? null : names.get(r.cancelRequestedBy())))
                .toList();
    }

    @Transactional(readOnly = true)
    public long count() {
        return jdbc.sql("select count(*) from register_import")
                .query(Long.class)
                .single();
    }

    @Transactional(readOnly = true)
    public List<RowProblem> problems(long importId, long offset, int limit) {
        return jdbc.sql("""
                        select list_name, row_number, column_name, cell_value, problem, warning from register_problem
                        where import_id = ? order by id offset ? rows fetch next ? rows only
                        """)
                .params(importId, offset, limit)
                .query((rs, n) -> new RowProblem(
                        rs.getString(1),
                        rs.getInt(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getBoolean(6)))
                .list();
    }

    @Transactional(readOnly = true)
    public long storedProblemCount(long importId) {
        return jdbc.sql("select count(*) from register_problem where import_id = ?")
                .param(importId)
                .query(Long.class)
                .single();
    }

    private Run run(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        var finished = rs.getTimestamp("finished_at");
        var snapshot = rs.getObject("snapshot_id", Long.class);
        return new Run(
                rs.getLong("id"),
                rs.getString("source"),
                rs.getString("file_names"),
                rs.getObject("as_at", LocalDate.class),
                RowHandling.valueOf(rs.getString("row_handling")),
                rs.getString("requested_by"),
                rs.getTimestamp("started_at").toLocalDateTime(),
                finished == null ? null : finished.toLocalDateTime(),
                Status.valueOf(rs.getString("status")),
                rs.getString("progress"),
                rs.getString("message"),
                rs.getString("ignored_columns"),
                rs.getInt("rows_read"),
                rs.getInt("rows_imported"),
                rs.getInt("rows_quarantined"),
                rs.getInt("problem_count"),
                snapshot,
                rs.getString("cancel_requested_by"));
    }

    private Timestamp now() {
        return Timestamp.valueOf(LocalDateTime.ofInstant(clock.instant(), ZoneId.systemDefault()));
    }

    static String truncate(String text, int max) {
        if (text == null) {
            return "";
        }
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
