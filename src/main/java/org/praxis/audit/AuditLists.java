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
        AUDITOR("a.auditor_user_id = ?", ""),
        TEAM("a.team_id = ?", " and a.status in ('SUBMITTED', 'MODERATED')"),
        WORKER("a.worker_staff_id = ?", " and a.status in ('SUBMITTED', 'MODERATED')");

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

    /** Audits for the auditor, team or worker, those still to do first, then by due date. */
    @Transactional(readOnly = true)
    PageOf<Row> audits(Whose whose, long id, ListPage page) {
        var where = " from audit a join audit_programme p on p.id = a.programme_id where " + whose.where
                + whose.submittedOnly;
        var params = new ArrayList<Object>(List.of(id));
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
