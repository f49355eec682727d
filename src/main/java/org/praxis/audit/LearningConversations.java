package org.praxis.audit;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.praxis.accesslog.AccessLog;
import org.praxis.identity.CurrentUser;
import org.praxis.identity.RecordAccess;
import org.praxis.identity.RecordRefused;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The learning conversations held with the practitioner about a submitted audit: recorded by the auditor or a QA lead
 * (the people who raise actions from it), read by everyone who may read the audit, as part of it.
 */
@Service
class LearningConversations {

    record Conversation(LocalDate heldOn, String people, String agreed, String recordedBy, LocalDateTime recordedAt) {}

    private final JdbcClient jdbc;
    private final Clock clock;
    private final AccessLog accessLog;

    LearningConversations(JdbcClient jdbc, Clock clock, AccessLog accessLog) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.accessLog = accessLog;
    }

    /** Who may record one: the audit's auditor or a QA lead, once the audit is submitted. */
    static boolean mayRecord(CurrentUser user, AuditForms.Audit audit) {
        return RecordAccess.mayRaiseActionFrom(user, audit.parties());
    }

    /** The audit's conversations, oldest first; read with the audit, whose opening is logged. */
    List<Conversation> of(long auditId) {
        return jdbc.sql("select held_on, people, agreed, recorded_by, recorded_at from audit_conversation"
                        + " where audit_id = :id order by held_on, id")
                .param("id", auditId)
                .query((rs, n) -> new Conversation(
                        rs.getObject(1, LocalDate.class),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getTimestamp(5).toLocalDateTime()))
                .list();
    }

    @Transactional
    void record(AuditForms.Audit audit, CurrentUser user, LocalDate heldOn, String people, String agreed) {
        if (!mayRecord(user, audit)) {
            throw new RecordRefused(
                    "Audit", audit.id(), "Only the auditor or a QA lead records the conversation about an audit");
        }
        jdbc.sql("insert into audit_conversation (audit_id, held_on, people, agreed, recorded_by, recorded_at)"
                        + " values (?, ?, ?, ?, ?, ?)")
                .params(audit.id(), heldOn, people, agreed, user.displayName(), Timestamp.from(clock.instant()))
                .update();
        accessLog.changed("Audit", audit.id());
    }
}
