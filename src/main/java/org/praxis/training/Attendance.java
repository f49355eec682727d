package org.praxis.training;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.praxis.web.ListPage;
import org.praxis.web.PageOf;
import org.praxis.web.Refused;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who attended which session, recorded on the session's page or imported from a learning system; each attendee's
 * confidence before and after; and how much of a course's audience has been reached, team by team.
 */
@Service
public class Attendance {

    public enum Source {
        SCREEN,
        IMPORT
    }

    /** One attendee of a session. */
    public record Attendee(
            long staffId, String fullName, Long teamId, boolean attended, Integer before, Integer after) {}

    /** A team's share of a course's audience who attended. */
    public record TeamCoverage(long teamId, int audience, int attended) {}

    /** A member of the audience who has not attended. */
    public record StillNeeds(long staffId, String fullName, Long teamId, String jobRole) {}

    /** A session someone attended, with their answers. */
    public record Attended(long sessionId, long courseId, LocalDateTime startsAt, Integer before, Integer after) {}

    /** The audience of a course: active staff in its teams with its job roles (none named: everyone). */
    static final String AUDIENCE = """
            from staff_directory sd
            where sd.active = true
                and (not exists (select 1 from training_course_team t where t.course_id = :course)
                    or sd.team_id in (select t.team_id from training_course_team t where t.course_id = :course))
                and (not exists (select 1 from training_course_job_role r where r.course_id = :course)
                    or sd.job_role in (select r.job_role from training_course_job_role r where r.course_id = :course))
            """;

    static final String ATTENDED_COURSE = """
            exists (select 1 from training_attendance a join training_session s on s.id = a.session_id
                where s.course_id = :course and a.staff_id = sd.id and a.attended = true)
            """;

    private final JdbcClient jdbc;
    private final Clock clock;

    Attendance(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Records these staff as having attended (or not) a session; someone already recorded is updated. */
    @Transactional
    public void record(long sessionId, Collection<Long> staffIds, boolean attended, Source source, String username) {
        var capacity = jdbc.sql("select capacity from training_session where id = ?")
                .param(sessionId)
                .query(Integer.class)
                .single();
        for (var staffId : staffIds) {
            int updated = jdbc.sql("""
                            update training_attendance set attended = ?, source = ?, recorded_by = ?, recorded_at = ?
                            where session_id = ? and staff_id = ?
                            """)
                    .params(attended, source.name(), username, Timestamp.from(clock.instant()), sessionId, staffId)
                    .update();
            if (updated == 0) {
                jdbc.sql("""
                                insert into training_attendance (session_id, staff_id, attended, source, recorded_by,
                                    recorded_at) values (?, ?, ?, ?, ?, ?)
                                """)
                        .params(sessionId, staffId, attended, source.name(), username, Timestamp.from(clock.instant()))
                        .update();
            }
        }
        long attending = jdbc.sql("select count(*) from training_attendance where session_id = ? and attended = true")
                .param(sessionId)
                .query(Long.class)
                .single();
        if (attending > capacity) {
            // Thrown inside the transaction, so nothing recorded above is kept.
            throw new Refused("staffId", "The session has " + capacity + " places: " + attending + " would attend");
        }
    }

    @Transactional
    public void remove(long sessionId, long staffId) {
        jdbc.sql("delete from training_attendance where session_id = ? and staff_id = ?")
                .params(sessionId, staffId)
                .update();
    }

    /** Confidence from 1 to 5 before and after, for an attendee already recorded. */
    @Transactional
    public void confidence(long sessionId, long staffId, Integer before, Integer after) {
        int updated = jdbc.sql("""
                        update training_attendance set confidence_before = ?, confidence_after = ?
                        where session_id = ? and staff_id = ? and attended = true
                        """).params(before, after, sessionId, staffId).update();
        if (updated == 0) {
            throw new Refused("Only someone who attended the session can say how confident they were");
        }
    }

    /** One page of a session's attendees by name. Two queries. */
    @Transactional(readOnly = true)
    public PageOf<Attendee> attendees(long sessionId, ListPage page) {
        long total = jdbc.sql("select count(*) from training_attendance where session_id = ?")
                .param(sessionId)
                .query(Long.class)
                .single();
        var items = jdbc.sql("""
                        select a.staff_id, sd.full_name, sd.team_id, a.attended, a.confidence_before, a.confidence_after
                        from training_attendance a join staff_directory sd on sd.id = a.staff_id
                        where a.session_id = :session order by sd.full_name, a.staff_id
                        offset :offset rows fetch next :size rows only
                        """)
                .param("session", sessionId)
                .param("offset", page.offset())
                .param("size", page.size())
                .query((rs, n) -> new Attendee(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getObject(3, Long.class),
                        rs.getBoolean(4),
                        rs.getObject(5, Integer.class),
                        rs.getObject(6, Integer.class)))
                .list();
        return page.of(items, total);
    }

    /** Whether this staff member is recorded as attending the session. */
    @Transactional(readOnly = true)
    public boolean attended(long sessionId, long staffId) {
        return jdbc.sql(
                                "select count(*) from training_attendance where session_id = ? and staff_id = ? and attended = true")
                        .params(sessionId, staffId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** The course's audience and how many of them attended, team by team; only these teams when {@code teams} is set. */
    @Transactional(readOnly = true)
    public List<TeamCoverage> coverage(long courseId, Set<Long> teams) {
        return jdbc.sql("select sd.team_id, count(*), sum(case when " + ATTENDED_COURSE + " then 1 else 0 end) "
                        + AUDIENCE + " and sd.team_id is not null"
                        + (teams == null ? "" : " and sd.team_id in (:teams)") + " group by sd.team_id")
                .param("course", courseId)
                .params(
                        teams == null
                                ? java.util.Map.of()
                                : java.util.Map.of("teams", teams.isEmpty() ? List.of(-1L) : teams))
                .query((rs, n) -> new TeamCoverage(rs.getLong(1), rs.getInt(2), rs.getInt(3)))
                .list();
    }

    /** A course naming a team, and how much of its audience there has attended. */
    public record CourseCoverage(long courseId, long teamId, int audience, int attended) {}

    /** Every course naming one of these teams, with its coverage there. One query. */
    @Transactional(readOnly = true)
    public List<CourseCoverage> coverageOfTeams(Collection<Long> teamIds) {
        if (teamIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select ct.course_id, ct.team_id, count(sd.id),
                            coalesce(sum(case when sd.id is not null and exists (select 1 from training_attendance a
                                    join training_session s on s.id = a.session_id
                                    where s.course_id = ct.course_id and a.staff_id = sd.id and a.attended = true)
                                then 1 else 0 end), 0)
                        from training_course_team ct
                            left join staff_directory sd on sd.team_id = ct.team_id and sd.active = true
                                and (not exists (select 1 from training_course_job_role r where r.course_id = ct.course_id)
                                    or sd.job_role in (select r.job_role from training_course_job_role r
                                        where r.course_id = ct.course_id))
                        where ct.team_id in (:teams)
                        group by ct.course_id, ct.team_id
                        order by ct.team_id, ct.course_id
                        """)
                .param("teams", teamIds)
                .query((rs, n) -> new CourseCoverage(rs.getLong(1), rs.getLong(2), rs.getInt(3), rs.getInt(4)))
                .list();
    }

    /** One page of the course's audience in a team who have not attended it, by name. */
    @Transactional(readOnly = true)
    public PageOf<StillNeeds> stillNeeding(long courseId, long teamId, ListPage page) {
        var where = AUDIENCE + " and sd.team_id = :team and not " + ATTENDED_COURSE;
        long total = jdbc.sql("select count(*) " + where)
                .param("course", courseId)
                .param("team", teamId)
                .query(Long.class)
                .single();
        var items = jdbc.sql("select sd.id, sd.full_name, sd.team_id, sd.job_role " + where
                        + " order by sd.full_name, sd.id offset :offset rows fetch next :size rows only")
                .param("course", courseId)
                .param("team", teamId)
                .param("offset", page.offset())
                .param("size", page.size())
                .query((rs, n) ->
                        new StillNeeds(rs.getLong(1), rs.getString(2), rs.getObject(3, Long.class), rs.getString(4)))
                .list();
        return page.of(items, total);
    }

    /** The sessions a staff member attended, newest first (a person's own list: a few dozen at most in a career). */
    @Transactional(readOnly = true)
    public List<Attended> attendedBy(long staffId) {
        return jdbc.sql("""
                        select s.id, s.course_id, s.starts_at, a.confidence_before, a.confidence_after
                        from training_attendance a join training_session s on s.id = a.session_id
                        where a.staff_id = ? and a.attended = true order by s.starts_at desc, s.id desc
                        """)
                .param(staffId)
                .query((rs, n) -> new Attended(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getTimestamp(3).toLocalDateTime(),
                        rs.getObject(4, Integer.class),
                        rs.getObject(5, Integer.class)))
                .list();
    }

    /** Which of these staff attended a session that started in the period (both days included), in one query. */
    @Transactional(readOnly = true)
    public java.util.Set<Long> attendedBetween(
            java.util.Collection<Long> staffIds, java.time.LocalDate from, java.time.LocalDate to) {
        if (staffIds.isEmpty()) {
            return java.util.Set.of();
        }
        return java.util.Set.copyOf(jdbc.sql("""
                        select distinct a.staff_id from training_attendance a
                        join training_session s on s.id = a.session_id
                        where a.staff_id in (:staff) and a.attended = true and s.starts_at >= :from and s.starts_at < :to
                        """)
                .param("staff", staffIds)
                .param("from", java.sql.Timestamp.valueOf(from.atStartOfDay()))
                .param("to", java.sql.Timestamp.valueOf(to.plusDays(1).atStartOfDay()))
                .query(Long.class)
                .list());
    }
}
