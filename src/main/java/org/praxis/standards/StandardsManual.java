package org.praxis.standards;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.praxis.web.Stale;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The manual: the current wording of every standard, each standard's history, and changes, which never overwrite
 * a version but add the next one.
 */
@Service
public class StandardsManual {

    /** One version of a standard. */
    public record Standard(
            long id,
            String code,
            int version,
            String title,
            String goodLooksLike,
            StandardDomain domain,
            CareService service,
            String changedBy,
            LocalDateTime changedAt,
            String changeNote) {

        public String label() {
            return code + " " + title;
        }
    }

    /** What a person writes when adding or changing a standard. */
    public record Wording(String title, String goodLooksLike, StandardDomain domain, CareService service) {}

    private static final String COLUMNS = "s.id, s.code, v.version, v.title, v.good_looks_like, v.domain, v.service,"
            + " v.changed_by, v.changed_at, v.change_note";

    private final JdbcClient jdbc;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    StandardsManual(JdbcClient jdbc, Clock clock, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.events = events;
    }

    /** The current version of every standard, by domain then code; either filter may be null. */
    @Transactional(readOnly = true)
    public List<Standard> current(StandardDomain domain, CareService service) {
        var sql = "select " + COLUMNS + " from practice_standard s join practice_standard_version v"
                + " on v.standard_id = s.id and v.version = s.current_version where s.active = true"
                + (domain == null ? "" : " and v.domain = :domain")
                + (service == null ? "" : " and v.service in (:service, 'ALL')")
                + " order by v.domain, s.code";
        var spec = jdbc.sql(sql);
        if (domain != null) {
            spec = spec.param("domain", domain.name());
        }
        if (service != null) {
            spec = spec.param("service", service.name());
        }
        return spec.query(StandardsManual::map).list();
    }

    /** A standard as something citing it names it: withdrawn ones included, marked. */
    public record Cited(long id, String code, String title, boolean withdrawn) {

        public String label() {
            return code + " " + title + (withdrawn ? " (withdrawn)" : "");
        }
    }

    /** Every standard ever in the manual, by code, with its current title: what older records cite. One query. */
    @Transactional(readOnly = true)
    public java.util.Map<Long, Cited> everyStandard() {
        var all = new java.util.LinkedHashMap<Long, Cited>();
        jdbc.sql("select s.id, s.code, v.title, s.active from practice_standard s join practice_standard_version v"
                        + " on v.standard_id = s.id and v.version = s.current_version order by s.code")
                .query((rs, n) -> all.put(
                        rs.getLong(1), new Cited(rs.getLong(1), rs.getString(2), rs.getString(3), !rs.getBoolean(4))))
                .list();
        return all;
    }

    /** When and why a standard was withdrawn, if it was. */
    public record Withdrawal(LocalDateTime at, String by, String reason) {}

    @Transactional(readOnly = true)
    public Optional<Withdrawal> withdrawal(long id) {
        return jdbc.sql("select withdrawn_at, withdrawn_by, withdrawn_reason from practice_standard"
                        + " where id = :id and active = false")
                .param("id", id)
                .query((rs, n) -> new Withdrawal(
                        rs.getTimestamp(1) == null ? null : rs.getTimestamp(1).toLocalDateTime(),
                        rs.getString(2),
                        rs.getString(3)))
                .optional();
    }

    /**
     * Withdraws a standard: it leaves the manual and can no longer be linked to new questions, actions or learning;
     * what already cites it keeps it, marked as withdrawn.
     */
    @Transactional
    public void withdraw(long id, String reason, String username) {
        int updated = jdbc.sql("update practice_standard set active = false, withdrawn_at = :at, withdrawn_by = :by,"
                        + " withdrawn_reason = :reason where id = :id and active = true")
                .param("at", Timestamp.from(clock.instant()))
                .param("by", username)
                .param("reason", reason)
                .param("id", id)
                .update();
        if (updated == 0) {
            throw new Stale("This standard has already been withdrawn.");
        }
        events.publishEvent(new StandardChanged(
                id, currentVersion(id).map(Standard::version).orElse(0)));
    }

    /** Every version of one standard, newest first. Empty when there is no such standard. */
    @Transactional(readOnly = true)
    public List<Standard> history(long id) {
        return jdbc.sql("select " + COLUMNS + " from practice_standard s join practice_standard_version v"
                        + " on v.standard_id = s.id where s.id = :id order by v.version desc")
                .param("id", id)
                .query(StandardsManual::map)
                .list();
    }

    @Transactional(readOnly = true)
    public Optional<Standard> currentVersion(long id) {
        return history(id).stream().findFirst();
    }

    /**
     * A number that grows whenever any standard is added or reworded (each writes a version), so that an instance
     * holding standards' wording in memory can tell, with one cheap query, that another instance changed one.
     */
    @Transactional(readOnly = true)
    public long revision() {
        return jdbc.sql("select count(*) from practice_standard_version")
                .query(Long.class)
                .single();
    }

    @Transactional(readOnly = true)
    public boolean codeTaken(String code) {
        return jdbc.sql("select count(*) from practice_standard where upper(code) = upper(:code)")
                        .param("code", code)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** Adds a standard as its version 1. */
    @Transactional
    public long add(String code, Wording wording, String username) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into practice_standard (code, current_version) values (:code, 1)")
                .param("code", code)
                .update(keys, "id");
        long id = keys.getKeyAs(Long.class);
        insertVersion(id, 1, wording, username, "First version");
        return id;
    }

    /**
     * Writes the next version. {@code basedOn} is the version the person was looking at: if someone else changed
     * the standard since, nothing is written and the person is told (a {@link Stale}).
     */
    @Transactional
    public void change(long id, int basedOn, Wording wording, String changeNote, String username) {
        int updated = jdbc.sql("update practice_standard set current_version = current_version + 1"
                        + " where id = :id and current_version = :basedOn")
                .param("id", id)
                .param("basedOn", basedOn)
                .update();
        if (updated == 0) {
            throw new Stale("Someone else changed this standard while you were editing it (it is now version "
                    + currentVersion(id).map(Standard::version).orElse(basedOn)
                    + "). Your wording is still below: compare it with theirs, then save again.");
        }
        insertVersion(id, basedOn + 1, wording, username, changeNote);
        events.publishEvent(new StandardChanged(id, basedOn + 1));
    }

    private void insertVersion(long id, int version, Wording wording, String username, String note) {
        jdbc.sql("""
                        insert into practice_standard_version
                            (standard_id, version, title, good_looks_like, domain, service, changed_by, changed_at,
                             change_note)
                        values (:id, :version, :title, :good, :domain, :service, :by, :at, :note)
                        """)
                .param("id", id)
                .param("version", version)
                .param("title", wording.title())
                .param("good", wording.goodLooksLike())
                .param("domain", wording.domain().name())
                .param("service", wording.service().name())
                .param("by", username)
                .param("at", Timestamp.from(clock.instant()))
                .param("note", note)
                .update();
    }

    private static Standard map(ResultSet rs, int n) throws SQLException {
        return new Standard(
                rs.getLong("id"),
                rs.getString("code"),
                rs.getInt("version"),
                rs.getString("title"),
                rs.getString("good_looks_like"),
                StandardDomain.valueOf(rs.getString("domain")),
                CareService.valueOf(rs.getString("service")),
                rs.getString("changed_by"),
                rs.getTimestamp("changed_at").toLocalDateTime(),
                rs.getString("change_note"));
    }
}
