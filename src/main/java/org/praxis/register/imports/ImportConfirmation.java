package org.praxis.register.imports;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import org.praxis.accesslog.AccessLog;
import org.praxis.register.RegisterSnapshotImported;
import org.praxis.register.imports.ImportRuns.Status;
import org.praxis.register.snapshots.CaseRegister;
import org.praxis.web.NotFound;
import org.praxis.web.Refused;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's answer to an import held back by the sharp-change guard: confirm it (it becomes the register, as any
 * import does) or discard it (it is withdrawn, and the register stays as it was).
 */
@Service
public class ImportConfirmation {

    private final ImportRuns runs;
    private final JdbcClient jdbc;
    private final AccessLog accessLog;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ImportConfirmation(
            ImportRuns runs, JdbcClient jdbc, AccessLog accessLog, ApplicationEventPublisher events, Clock clock) {
        this.runs = runs;
        this.jdbc = jdbc;
        this.accessLog = accessLog;
        this.events = events;
        this.clock = clock;
    }

    private record Held(long snapshotId, String source, LocalDate asAt, int caseCount) {}

    @Transactional
    public String confirm(long importId, String username) {
        var run = awaiting(importId);
        var held = held(run);
        boolean replaced = jdbc.sql("select count(*) from register_snapshot where source = ? and id > ? and "
                                + CaseRegister.SHOWABLE)
                        .params(held.source(), held.snapshotId())
                        .query(Long.class)
                        .single()
                > 0;
        if (replaced) {
            throw new Refused("A later import of these lists is the register now, so this one can only be discarded.");
        }
        settleSnapshot(held.snapshotId(), """
                update register_snapshot set awaiting_confirmation = false, confirmed_by = :by, confirmed_at = :at
                where id = :id and awaiting_confirmation = true
                """, username, null);
        var message = "Confirmed by " + username + ": the register now shows this import. " + run.message();
        runs.settle(importId, Status.IMPORTED, message);
        events.publishEvent(
                new RegisterSnapshotImported(held.snapshotId(), held.source(), held.asAt(), held.caseCount()));
        return message;
    }

    @Transactional
    public String discard(long importId, String username) {
        var run = awaiting(importId);
        var held = held(run);
        settleSnapshot(
                held.snapshotId(), """
                update register_snapshot set awaiting_confirmation = false, withdrawn_by = :by, withdrawn_at = :at,
                    withdrawn_reason = :reason
                where id = :id and awaiting_confirmation = true
                """, username, "Discarded when the sharp change in open cases was not confirmed");
        var message = "Discarded by " + username + ": nothing was imported, and the register is as it was.";
        runs.settle(importId, Status.REJECTED, message);
        return message;
    }

    private ImportRuns.Run awaiting(long importId) {
        var run = runs.find(importId).orElseThrow(NotFound::new);
        if (run.status() != Status.AWAITING_CONFIRMATION || run.snapshotId() == null) {
            throw new Refused("This import is not waiting for confirmation.");
        }
        return run;
    }

    private Held held(ImportRuns.Run run) {
        return jdbc.sql("select id, source, as_at, case_count from register_snapshot where id = ?")
                .param(run.snapshotId())
                .query((rs, n) -> new Held(
                        rs.getLong("id"),
                        rs.getString("source"),
                        rs.getObject("as_at", LocalDate.class),
                        rs.getInt("case_count")))
                .single();
    }

    /** Both answers change the snapshot only if it still waits: two people answering at once get one answer. */
    private void settleSnapshot(long snapshotId, String sql, String username, String reason) {
        var update = jdbc.sql(sql)
                .param("by", username)
                .param("at", Timestamp.from(clock.instant()))
                .param("id", snapshotId);
        if (reason != null) {
            update = update.param("reason", reason);
        }
        if (update.update() != 1) {
            throw new Refused("Someone else has already answered this import.");
        }
        accessLog.changed("Register snapshot", snapshotId);
    }
}
