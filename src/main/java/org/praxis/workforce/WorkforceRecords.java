package org.praxis.workforce;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes and reads the module's own records: supervision sessions, what HR holds about each staff member, sickness
 * spells and each team's establishment. Published so the demo council can load its figures; access is checked by the
 * screens' services before they call it.
 */
@Service
public class WorkforceRecords {

    /** Where a record came from. */
    public enum Source {
        SCREEN,
        IMPORT,
        DEMO
    }

    /** A supervision session; {@code notes} is null when none were written or the council keeps none. */
    public record Session(long superviseeId, long supervisorId, LocalDate heldOn, SupervisionKind kind, String notes) {}

    /** What HR holds about a staff member: FTE (0.01 to 1), when they left and why, and their apprenticeship. */
    public record StaffDetails(
            long staffId,
            BigDecimal fte,
            LocalDate leftOn,
            String leavingReason,
            String apprenticeCohort,
            String apprenticeUniversity,
            String apprenticeProgress) {}

    /** A spell of sickness absence and the working days it lost. */
    public record SicknessSpell(long staffId, LocalDate firstDay, LocalDate lastDay, BigDecimal daysLost) {}

    record StoredSession(
            long id,
            long superviseeId,
            long supervisorId,
            LocalDate heldOn,
            SupervisionKind kind,
            String notes,
            String source) {}

    private final JdbcClient jdbc;
    private final Clock clock;
    private final WorkforcePolicy policy;

    WorkforceRecords(JdbcClient jdbc, Clock clock, WorkforcePolicy policy) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.policy = policy;
    }

    /** Records sessions; their notes are dropped when the council keeps no written content. */
    @Transactional
    public long[] recordSessions(Collection<Session> sessions, Source source, String username) {
        var ids = new long[sessions.size()];
        int i = 0;
        for (var s : sessions) {
            var keyHolder = new org.springframework.jdbc.support.GeneratedKeyHolder();
            jdbc.sql("""
                            insert into workforce_supervision
                                (supervisee_id, supervisor_id, held_on, kind, notes, source, recorded_by, recorded_at)
                            values (?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(
                            s.superviseeId(),
                            s.supervisorId(),
                            s.heldOn(),
                            s.kind().name(),
                            policy.notesKept()
                                            && s.notes() != null
                                            && !s.notes().isBlank()
                                    ? s.notes()
                                    : null,
                            source.name(),
                            username,
                            LocalDateTime.now(clock))
                    .update(keyHolder, "id");
            ids[i++] = keyHolder.getKey().longValue();
        }
        return ids;
    }

    /** Sets (or replaces) what HR holds about each staff member. */
    @Transactional
    public void saveStaffDetails(Collection<StaffDetails> details, String username) {
        for (var d : details) {
            jdbc.sql("delete from workforce_staff_details where staff_id = ?")
                    .param(d.staffId())
                    .update();
            jdbc.sql("""
                            insert into workforce_staff_details (staff_id, fte, left_on, leaving_reason, apprentice_cohort,
                                apprentice_university, apprentice_progress, updated_by, updated_at)
                            values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(
                            d.staffId(),
                            d.fte(),
                            d.leftOn(),
                            d.leavingReason(),
                            d.apprenticeCohort(),
                            d.apprenticeUniversity(),
                            d.apprenticeProgress(),
                            username,
                            LocalDateTime.now(clock))
                    .update();
        }
    }

    /** Records sickness spells; a spell already recorded (same person, same first day) is replaced. */
    @Transactional
    public void saveSickness(Collection<SicknessSpell> spells, String username) {
        for (var s : spells) {
            jdbc.sql("delete from workforce_sickness where staff_id = ? and first_day = ?")
                    .params(s.staffId(), s.firstDay())
                    .update();
            jdbc.sql("""
                            insert into workforce_sickness (staff_id, first_day, last_day, days_lost, imported_by, imported_at)
                            values (?, ?, ?, ?, ?, ?)""")
                    .params(s.staffId(), s.firstDay(), s.lastDay(), s.daysLost(), username, LocalDateTime.now(clock))
                    .update();
        }
    }

    /** Sets a team's establishment: its funded posts, in full-time equivalents. */
    @Transactional
    public void saveEstablishment(long teamId, BigDecimal posts, String username) {
        jdbc.sql("delete from workforce_establishment where team_id = ?")
                .param(teamId)
                .update();
        jdbc.sql("insert into workforce_establishment (team_id, posts, updated_by, updated_at) values (?, ?, ?, ?)")
                .params(teamId, posts, username, LocalDateTime.now(clock))
                .update();
    }

    Optional<StoredSession> session(long id) {
        return jdbc.sql("select " + SESSION + " from workforce_supervision where id = ?")
                .param(id)
                .query(WorkforceRecords::stored)
                .optional();
    }

    /** A person's sessions, newest first. */
    List<StoredSession> sessionsOf(long superviseeId) {
        return jdbc.sql("select " + SESSION
                        + " from workforce_supervision where supervisee_id = ? order by held_on desc, id desc")
                .param(superviseeId)
                .query(WorkforceRecords::stored)
                .list();
    }

    /** Each person's latest one-to-one session on or before the day. */
    Map<Long, LocalDate> lastOneToOne(LocalDate onOrBefore) {
        var last = new HashMap<Long, LocalDate>();
        jdbc.sql("""
                        select supervisee_id, max(held_on) from workforce_supervision
                        where kind = 'ONE_TO_ONE' and held_on <= ? group by supervisee_id""").param(onOrBefore).query((java.sql.ResultSet rs) -> {
            last.put(rs.getLong(1), rs.getObject(2, LocalDate.class));
        });
        return last;
    }

    /** Each person's one-to-one sessions held in the period, by day. */
    Map<Long, List<LocalDate>> oneToOnesBetween(LocalDate from, LocalDate to) {
        var held = new HashMap<Long, List<LocalDate>>();
        jdbc.sql("""
                        select supervisee_id, held_on from workforce_supervision
                        where kind = 'ONE_TO_ONE' and held_on between ? and ? order by held_on""").params(from, to).query((java.sql.ResultSet rs) -> {
            held.computeIfAbsent(rs.getLong(1), k -> new java.util.ArrayList<>())
                    .add(rs.getObject(2, LocalDate.class));
        });
        return held;
    }

    Map<Long, StaffDetails> staffDetails() {
        var found = new HashMap<Long, StaffDetails>();
        jdbc.sql("""
                        select staff_id, fte, left_on, leaving_reason, apprentice_cohort, apprentice_university,
                            apprentice_progress
                        from workforce_staff_details""")
                .query((rs, n) -> new StaffDetails(
                        rs.getLong(1),
                        rs.getBigDecimal(2),
                        rs.getObject(3, LocalDate.class),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getString(7)))
                .list()
                .forEach(d -> found.put(d.staffId(), d));
        return found;
    }

    /** Working days lost per staff member in spells that began in the period. */
    Map<Long, BigDecimal> daysLostBetween(LocalDate from, LocalDate to) {
        var lost = new HashMap<Long, BigDecimal>();
        jdbc.sql("""
                        select staff_id, sum(days_lost) from workforce_sickness
                        where first_day between ? and ? group by staff_id""").params(from, to).query((java.sql.ResultSet rs) -> {
            lost.put(rs.getLong(1), rs.getBigDecimal(2));
        });
        return lost;
    }

    Map<Long, BigDecimal> establishment() {
        var posts = new HashMap<Long, BigDecimal>();
        jdbc.sql("select team_id, posts from workforce_establishment").query((java.sql.ResultSet rs) -> {
            posts.put(rs.getLong(1), rs.getBigDecimal(2));
        });
        return posts;
    }

    private static final String SESSION = "id, supervisee_id, supervisor_id, held_on, kind, notes, source";

    private static StoredSession stored(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new StoredSession(
                rs.getLong(1),
                rs.getLong(2),
                rs.getLong(3),
                rs.getObject(4, LocalDate.class),
                SupervisionKind.valueOf(rs.getString(5)),
                rs.getString(6),
                rs.getString(7));
    }
}
