package org.praxis.audit;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Audits past their programme's due date and not yet submitted: the auditor is reminded (on the first day overdue,
 * then once a week), and once an audit has been overdue for a set number of days the QA leads hear of it, one
 * message per programme. Each reminder and escalation is recorded, so a repeated run tells nobody twice.
 */
@Service
class OverdueAudits {

    /** How many auditors were reminded and how many audits escalated to the QA leads. */
    record Run(int reminded, int escalated) {}

    /** An overdue audit, with when its auditor was last reminded (null: never) and whether it was escalated. */
    private record Overdue(
            long id,
            String reference,
            long auditorUserId,
            long programmeId,
            String programme,
            LocalDate due,
            LocalDate lastReminded,
            boolean escalated) {}

    private final JdbcClient jdbc;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final int remindEveryDays;
    private final int escalateAfterDays;

    OverdueAudits(
            JdbcClient jdbc,
            Clock clock,
            ApplicationEventPublisher events,
            @Value("${praxis.audit.overdue-remind-every-days:7}") int remindEveryDays,
            @Value("${praxis.audit.overdue-escalate-after-days:7}") int escalateAfterDays) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.events = events;
        this.remindEveryDays = remindEveryDays;
        this.escalateAfterDays = escalateAfterDays;
    }

    @Transactional
    Run remind() {
        var today = LocalDate.now(clock);
        var overdue = jdbc.sql("""
                        select a.id, a.case_reference, a.auditor_user_id, p.id, p.name, p.due_date,
                            (select max(n.sent_on) from audit_overdue_notice n
                                where n.audit_id = a.id and n.kind = 'REMINDER') as last_reminded,
                            (select count(*) from audit_overdue_notice n
                                where n.audit_id = a.id and n.kind = 'ESCALATION') as escalations
                        from audit a join audit_programme p on p.id = a.programme_id
                        where a.status in ('ASSIGNED', 'IN_PROGRESS') and a.auditor_user_id is not null
                            and p.due_date < ?
                        order by p.id, a.id
                        """)
                .param(today)
                .query((rs, n) -> new Overdue(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getLong(3),
                        rs.getLong(4),
                        rs.getString(5),
                        rs.getObject(6, LocalDate.class),
                        rs.getObject(7, LocalDate.class),
                        rs.getLong(8) > 0))
                .list();
        int reminded = 0;
        var escalated = new LinkedHashMap<Long, List<Overdue>>();
        for (var audit : overdue) {
            // What each audit was told comes with it (one query for the day's run, however many are overdue).
            if (audit.lastReminded() == null || audit.lastReminded().isBefore(today.minusDays(remindEveryDays - 1L))) {
                record(audit.id(), "REMINDER", today);
                events.publishEvent(new AuditOverdue(
                        audit.id(), audit.reference(), audit.auditorUserId(), audit.programme(), audit.due()));
                reminded++;
            }
            if (!audit.due().isAfter(today.minusDays(escalateAfterDays)) && !audit.escalated()) {
                record(audit.id(), "ESCALATION", today);
                escalated
                        .computeIfAbsent(audit.programmeId(), k -> new java.util.ArrayList<>())
                        .add(audit);
            }
        }
        escalated.forEach((programmeId, audits) -> events.publishEvent(new AuditsEscalated(
                programmeId,
                audits.getFirst().programme(),
                audits.size(),
                audits.getFirst().due(),
                escalateAfterDays)));
        return new Run(
                reminded, escalated.values().stream().mapToInt(List::size).sum());
    }

    private void record(long auditId, String kind, LocalDate today) {
        jdbc.sql("insert into audit_overdue_notice (audit_id, kind, sent_on) values (?, ?, ?)")
                .params(auditId, kind, today)
                .update();
    }
}
