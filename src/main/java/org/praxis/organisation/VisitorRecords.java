package org.praxis.organisation;

import java.util.ArrayList;
import java.util.HashMap;
import org.praxis.accesslog.AccessLog;
import org.praxis.web.ListPage;
import org.praxis.web.NotFound;
import org.praxis.web.PageOf;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** External visitors: councillors and partner agencies who take part in Practice Week. */
@Service
class VisitorRecords {

    static final String RECORD_TYPE = "VISITOR";

    record Filter(String name, VisitorKind kind, boolean includeInactive) {}

    record VisitorDetails(
            String fullName, String organisation, VisitorKind kind, String email, boolean clearedForCaseData) {}

    private final JdbcClient jdbc;
    private final VisitorRepository visitors;
    private final AccessLog accessLog;

    VisitorRecords(JdbcClient jdbc, VisitorRepository visitors, AccessLog accessLog) {
        this.jdbc = jdbc;
        this.visitors = visitors;
        this.accessLog = accessLog;
    }

    @Transactional(readOnly = true)
    PageOf<Visitor> list(Filter filter, ListPage page) {
        var clauses = new ArrayList<String>();
        var params = new HashMap<String, Object>();
        if (filter.name() != null && !filter.name().isBlank()) {
            clauses.add("(lower(full_name) like :name or lower(organisation) like :name)");
            params.put("name", "%" + Rules.tidy(filter.name()).toLowerCase(java.util.Locale.ROOT) + "%");
        }
        if (filter.kind() != null) {
            clauses.add("kind = :kind");
            params.put("kind", filter.kind().name());
        }
        if (!filter.includeInactive()) {
            clauses.add("active = true");
        }
        var where = clauses.isEmpty() ? "" : " where " + String.join(" and ", clauses);
        long total = jdbc.sql("select count(*) from visitor" + where)
                .params(params)
                .query(Long.class)
                .single();
        var items = jdbc.sql(
                        "select id, full_name, organisation, kind, email, cleared_for_case_data, active, version from visitor"
                                + where + " order by full_name, id limit :limit offset :offset")
                .params(params)
                .param("limit", page.size())
                .param("offset", page.offset())
                .query((rs, n) -> new Visitor(
                        rs.getLong("id"),
                        rs.getString("full_name"),
                        rs.getString("organisation"),
                        VisitorKind.valueOf(rs.getString("kind")),
                        rs.getString("email"),
                        rs.getBoolean("cleared_for_case_data"),
                        rs.getBoolean("active"),
                        rs.getInt("version")))
                .list();
        return page.of(items, total);
    }

    /** A visitor's record; the view is written to the access log. */
    @Transactional
    Visitor view(long id) {
        var visitor = visitors.findById(id).orElseThrow(() -> new NotFound(RECORD_TYPE, id));
        accessLog.viewed(RECORD_TYPE, id);
        return visitor;
    }

    @Transactional
    long add(VisitorDetails d) {
        var saved = visitors.save(new Visitor(
                null, d.fullName(), d.organisation(), d.kind(), d.email(), d.clearedForCaseData(), true, null));
        accessLog.changed(RECORD_TYPE, saved.id());
        return saved.id();
    }

    @Transactional
    void update(long id, int version, VisitorDetails d) {
        var current = visitors.findById(id).orElseThrow(() -> new NotFound(RECORD_TYPE, id));
        try {
            visitors.save(new Visitor(
                    id,
                    d.fullName(),
                    d.organisation(),
                    d.kind(),
                    d.email(),
                    d.clearedForCaseData(),
                    current.active(),
                    version));
        } catch (org.springframework.data.relational.core.conversion.DbActionExecutionException
                | org.springframework.dao.OptimisticLockingFailureException e) {
            throw SaveFailures.explain(
                    e,
                    () -> e,
                    "Someone else changed this visitor while you were editing. Open the record again to see their change.");
        }
        accessLog.changed(RECORD_TYPE, id);
    }

    @Transactional
    void setActive(long id, boolean active) {
        var current = visitors.findById(id).orElseThrow(() -> new NotFound(RECORD_TYPE, id));
        visitors.save(current.withActive(active));
        accessLog.changed(RECORD_TYPE, id);
    }
}
