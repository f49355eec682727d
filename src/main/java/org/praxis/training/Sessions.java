package org.praxis.training;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.praxis.web.Refused;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A course's sessions: when, where, who trains (staff members) and how many places. */
@Service
public class Sessions {

    /** What the learning and development lead writes about a session. */
    public record Details(LocalDateTime startsAt, String place, int capacity, Set<Long> trainerIds) {}

    public record Session(
            long id, long courseId, LocalDateTime startsAt, String place, int capacity, Set<Long> trainerIds) {}

    private final JdbcClient jdbc;
    private final Clock clock;

    Sessions(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional
    public long add(long courseId, Details details, String username) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into training_session (course_id, starts_at, place, capacity, created_by, created_at)
                        values (:course, :starts, :place, :capacity, :by, :at)
                        """)
                .param("course", courseId)
                .param("starts", Timestamp.valueOf(details.startsAt()))
                .param("place", details.place())
                .param("capacity", details.capacity())
                .param("by", username)
                .param("at", Timestamp.from(clock.instant()))
                .update(keys, "id");
        long id = keys.getKey().longValue();
        writeTrainers(id, details.trainerIds());
        return id;
    }

    /** Changes a session; its capacity may not fall below those already recorded as attending. */
    @Transactional
    public void change(long id, Details details) {
        long attending = jdbc.sql("select count(*) from training_attendance where session_id = ? and attended = true")
                .param(id)
                .query(Long.class)
                .single();
        if (details.capacity() < attending) {
            throw new Refused("capacity", attending + " people attended: the places cannot be fewer");
        }
        jdbc.sql("update training_session set starts_at = ?, place = ?, capacity = ? where id = ?")
                .params(Timestamp.valueOf(details.startsAt()), details.place(), details.capacity(), id)
                .update();
        jdbc.sql("delete from training_session_trainer where session_id = ?")
                .param(id)
                .update();
        writeTrainers(id, details.trainerIds());
    }

    @Transactional(readOnly = true)
    public Optional<Session> session(long id) {
        return select("where s.id in (:ids)", List.of(id)).stream().findFirst();
    }

    /** A course's sessions, soonest first: a course has a handful, so they are not paged. */
    @Transactional(readOnly = true)
    public List<Session> ofCourse(long courseId) {
        return select("where s.course_id in (:ids)", List.of(courseId));
    }

    /** Sessions of these courses. */
    @Transactional(readOnly = true)
    public List<Session> ofCourses(Collection<Long> courseIds) {
        return courseIds.isEmpty() ? List.of() : select("where s.course_id in (:ids)", courseIds);
    }

    private List<Session> select(String where, Collection<Long> ids) {
        var trainers = new HashMap<Long, Set<Long>>();
        jdbc.sql("select t.session_id, t.staff_id from training_session_trainer t join training_session s"
                        + " on s.id = t.session_id " + where)
                .param("ids", ids)
                .query(rs -> {
                    trainers.computeIfAbsent(rs.getLong(1), k -> new LinkedHashSet<>())
                            .add(rs.getLong(2));
                });
        return jdbc.sql("select s.id, s.course_id, s.starts_at, s.place, s.capacity from training_session s " + where
                        + " order by s.starts_at, s.id")
                .param("ids", ids)
                .query((rs, n) -> new Session(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getTimestamp(3).toLocalDateTime(),
                        rs.getString(4),
                        rs.getInt(5),
                        trainers.getOrDefault(rs.getLong(1), Set.of())))
                .list();
    }

    private void writeTrainers(long id, Set<Long> trainerIds) {
        for (var staff : trainerIds) {
            jdbc.sql("insert into training_session_trainer (session_id, staff_id) values (?, ?)")
                    .params(id, staff)
                    .update();
        }
    }

    static Map<Long, Session> byId(List<Session> sessions) {
        var map = new HashMap<Long, Session>();
        sessions.forEach(s -> map.put(s.id(), s));
        return map;
    }
}
