package org.praxis.audit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.praxis.register.SamplingFrame;
import org.praxis.web.ListPage;
import org.praxis.web.PageOf;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The lists of audits people work from: theirs to do, their team's, their own cases'. */
@Service
class AuditLists {

    record Row(
            long id, String reference, String caseType, String team, String programme, LocalDate due, String status) {}

    enum Whose {
        AUDITOR("a.auditor_user_id", " and a.status <> 'REMOVED'"),
        TEAM("a.team_id", " and a.status in ('SUBMITTED', 'MODERATED')"),
        WORKER("a.worker_staff_id", " and a.status in ('SUBMITTED', 'MODERATED')");

        private final String where;
        private final String submittedOnly;

        Whose(String where, String submittedOnly) {
            this.where = where;
            this.submittedOnly = submittedOnly;
        }
    }

    private final JdbcClient jdbc;

    AuditLists(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Narrows a list: one status, one programme; null for any. */
    record Filter(String status, Long programmeId) {
        static final Filter NONE = new Filter(null, null);
    }

    /** The statuses a list can be narrowed to, as the filter shows them. */
    static final List<org.praxis.web.Option> STATUSES = List.of(
            new org.praxis.web.Option("ASSIGNED", "Not started"),
            new org.praxis.web.Option("IN_PROGRESS", "In progress"),
            new org.praxis.web.Option("SUBMITTED", "Submitted"),
            new org.praxis.web.Option("MODERATED", "Moderated"));

    /** The programmes an auditor has audits in, newest first, for the filter. */
    @Transactional(readOnly = true)
    List<org.praxis.web.Option> programmesOf(long auditorUserId) {
        return jdbc.sql("""
                        select p.id, p.name from audit_programme p where exists (select 1 from audit a
                            where a.programme_id = p.id and a.auditor_user_id = ? and a.status <> 'REMOVED')
                        order by p.created_at desc, p.id desc
                        """)
                .param(auditorUserId)
                .query((rs, n) -> new org.praxis.web.Option(String.valueOf(rs.getLong(1)), rs.getString(2)))
                .list();
    }

    /** Whether anyone has given this person audits (a team manager or senior practitioner peer auditing). */
    @Transactional(readOnly = true)
    boolean hasAssigned(long auditorUserId) {
        return jdbc.sql("select count(*) from audit where auditor_user_id = ? and status <> 'REMOVED'")
                        .param(auditorUserId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** Audits for the auditor, team or worker, those still to do first, then by due date. */
    @Transactional(readOnly = true)
    PageOf<Row> audits(Whose whose, long id, ListPage page) {
        return audits(whose, List.of(id), Filter.NONE, page);
    }

    /** The same for several keys at once: a service manager's teams (decision 0029). */
    @Transactional(readOnly = true)
    PageOf<Row> audits(Whose whose, java.util.Collection<Long> ids, Filter filter, ListPage page) {
        var keys = ids.isEmpty() ? List.of(-1L) : List.copyOf(ids);
        var where = " from audit a join audit_programme p on p.id = a.programme_id where " + whose.where + " in ("
                + String.join(", ", java.util.Collections.nCopies(keys.size(), "?")) + ")"
                + whose.submittedOnly
                + (filter.status() == null ? "" : " and a.status = ?")
                + (filter.programmeId() == null ? "" : " and a.programme_id = ?");
        var params = new ArrayList<Object>(keys);
        if (filter.status() != null) {
            params.add(filter.status());
        }
        if (filter.programmeId() != null) {
            params.add(filter.programmeId());
        }
        long total = jdbc.sql("select count(*)" + where)
                .params(params)
                .query(Long.class)
                .single();
        params.add(page.offset());
        params.add(page.size());
        var items = jdbc.sql("select a.id, a.case_reference, a.case_type, a.team_name, p.name, p.due_date, a.status"
                        + where
                        + " order by case when a.status in ('ASSIGNED', 'IN_PROGRESS') then 0 else 1 end, p.due_date,"
                        + " a.id offset ? rows fetch next ? rows only")
                .params(params)
                .query((rs, n) -> new Row(
                        rs.getLong(1),
                        rs.getString(2),
                        SamplingFrame.caseTypeLabel(rs.getString(3)),
                        rs.getString(4) == null ? Findings.NO_TEAM : rs.getString(4),
                        rs.getString(5),
                        rs.getObject(6, LocalDate.class),
                        rs.getString(7)))
                .list();
        return page.of(items, total);
    }
}
