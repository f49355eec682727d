package org.praxis.register.snapshots;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import org.praxis.accesslog.AccessLog;
import org.praxis.web.NotFound;
import org.praxis.web.Refused;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Withdraws a snapshot imported by mistake (a test file, last month's lists): the register goes back to the
 * snapshot before it. Nothing is deleted: the snapshot and its cases stay, so audits already drawn from it keep their
 * cases, and the snapshot list says who withdrew it, when and why.
 */
@Service
public class SnapshotWithdrawal {

    private final CaseRegister register;
    private final JdbcClient jdbc;
    private final AccessLog accessLog;
    private final Clock clock;

    SnapshotWithdrawal(CaseRegister register, JdbcClient jdbc, AccessLog accessLog, Clock clock) {
        this.register = register;
        this.jdbc = jdbc;
        this.accessLog = accessLog;
        this.clock = clock;
    }

    /** Why this snapshot cannot be withdrawn, or null when it can. */
    @Transactional(readOnly = true)
    public String refusal(CaseRegister.Snapshot snapshot) {
        if (snapshot.withdrawn()) {
            return "This snapshot has already been withdrawn.";
        }
        boolean showing = register.latest().stream().anyMatch(s -> s.id() == snapshot.id());
        if (!showing) {
            return "Only the snapshot the register shows now can be withdrawn: withdraw newer snapshots first.";
        }
        if (register.previous(snapshot).isEmpty()) {
            return "This is the only snapshot of these lists, so withdrawing it would leave the register empty."
                    + " Import the right file instead.";
        }
        return null;
    }

    @Transactional
    public void withdraw(long snapshotId, String username, String reason) {
        var snapshot = register.snapshot(snapshotId).orElseThrow(NotFound::new);
        var refusal = refusal(snapshot);
        if (refusal != null) {
            throw new Refused(refusal);
        }
        jdbc.sql("""
                        update register_snapshot set withdrawn_at = :at, withdrawn_by = :by, withdrawn_reason = :reason
                        where id = :id and withdrawn_at is null
                        """)
                .param("at", Timestamp.valueOf(LocalDateTime.now(clock)))
                .param("by", username)
                .param("reason", reason)
                .param("id", snapshotId)
                .update();
        accessLog.changed("Register snapshot", snapshotId);
    }
}
