package org.praxis.accesslog;

import java.io.Writer;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.praxis.documents.CsvExport;
import org.praxis.web.ListPage;
import org.praxis.web.PageOf;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The data protection officer's search of the access log, on screen and as CSV. */
@Service
class AccessLogSearch {

    /** A search: any of the parts may be empty. Dates are inclusive, in the council's time zone. */
    record Criteria(String username, String recordType, String recordId, LocalDate from, LocalDate to) {}

    record Entry(
            Instant occurredAt, String username, String action, String recordType, String recordId, String screen) {}

    static final ZoneId COUNCIL_TIME = ZoneId.of("Europe/London");
    static final DateTimeFormatter SHOWN =
            DateTimeFormatter.ofPattern("d MMM yyyy HH:mm:ss").withZone(COUNCIL_TIME);

    private final JdbcClient jdbc;
    private final AccessLog accessLog;

    AccessLogSearch(JdbcClient jdbc, AccessLog accessLog) {
        this.jdbc = jdbc;
        this.accessLog = accessLog;
    }

    @Transactional(readOnly = true)
    PageOf<Entry> search(Criteria criteria, ListPage page) {
        var where = where(criteria);
        long total = jdbc.sql("select count(*) from access_log" + where.sql())
                .params(where.params())
                .query(Long.class)
                .single();
        var items = jdbc.sql("select occurred_at, username, action, record_type, record_id, screen from access_log"
                        + where.sql() + " order by occurred_at desc, id desc limit :limit offset :offset")
                .params(where.params())
                .param("limit", page.size())
                .param("offset", page.offset())
                .query(AccessLogSearch::entry)
                .list();
        return page.of(items, total);
    }

    /** Writes the matching entries as CSV, and records the export itself in the same transaction. */
    @Transactional
    void export(Criteria criteria, Writer out) {
        var where = where(criteria);
        accessLog.exported("ACCESS_LOG", "search");
        try (var csv = CsvExport.writingTo(out);
                var rows = jdbc
                        .sql("select occurred_at, username, action, record_type, record_id, screen from access_log"
                                + where.sql() + " order by occurred_at desc, id desc")
                        .params(where.params())
                        .query(AccessLogSearch::entry)
                        .stream()) {
            csv.row("When", "User", "Action", "Record type", "Record", "Screen");
            rows.forEach(e -> csv.row(
                    DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(e.occurredAt().atZone(COUNCIL_TIME)),
                    e.username(),
                    e.action(),
                    e.recordType(),
                    e.recordId(),
                    e.screen()));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    List<String> recordTypes() {
        return jdbc.sql("select distinct record_type from access_log order by record_type")
                .query(String.class)
                .list();
    }

    private record Where(String sql, Map<String, Object> params) {}

    private static Where where(Criteria c) {
        var clauses = new ArrayList<String>();
        var params = new HashMap<String, Object>();
        if (present(c.username())) {
            clauses.add("username = :username");
            params.put("username", c.username().strip().toLowerCase(java.util.Locale.ROOT));
        }
        if (present(c.recordType())) {
            clauses.add("record_type = :recordType");
            params.put("recordType", c.recordType().strip());
        }
        if (present(c.recordId())) {
            clauses.add("record_id = :recordId");
            params.put("recordId", c.recordId().strip());
        }
        if (c.from() != null) {
            clauses.add("occurred_at >= :from");
            params.put(
                    "from", Timestamp.from(c.from().atStartOfDay(COUNCIL_TIME).toInstant()));
        }
        if (c.to() != null) {
            clauses.add("occurred_at < :to");
            params.put(
                    "to",
                    Timestamp.from(c.to().plusDays(1).atStartOfDay(COUNCIL_TIME).toInstant()));
        }
        return new Where(clauses.isEmpty() ? "" : " where " + String.join(" and ", clauses), params);
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }

    private static Entry entry(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Entry(
                rs.getTimestamp("occurred_at").toInstant(),
                rs.getString("username"),
                rs.getString("action"),
                rs.getString("record_type"),
                rs.getString("record_id"),
                rs.getString("screen"));
    }
}
