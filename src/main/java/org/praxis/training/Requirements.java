package org.praxis.training;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.praxis.organisation.JobRole;
import org.praxis.web.ListPage;
import org.praxis.web.PageOf;
import org.praxis.web.Refused;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Training a job role must have, renewed every so many months or done once; and who is overdue: never attended, or
 * attended longer ago than the renewal period.
 */
@Service
public class Requirements {

    record Requirement(long id, JobRole jobRole, long courseId, String courseTitle, Integer renewMonths) {

        public String renewal() {
            return renewMonths == null ? "Once" : "Every " + renewMonths + " months";
        }
    }

    /** A staff member's required course: when they last attended it (null: never), and when it is due again. */
    record Due(
            long staffId,
            String fullName,
            Long teamId,
            long courseId,
            String courseTitle,
            LocalDate lastAttended,
            LocalDate dueOn,
            boolean overdue) {

        public String status() {
            return lastAttended == null ? "Not done" : overdue ? "Overdue since " + Dates.day(dueOn) : "Done";
        }
    }

    /** A staff member's team and job role, which decide the training aimed at them. */
    record Person(Long teamId, JobRole jobRole) {}

    private final JdbcClient jdbc;
    private final Clock clock;

    Requirements(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional
    public long require(JobRole role, long courseId, Integer renewMonths, String username) {
        long taken = jdbc.sql("select count(*) from training_requirement where job_role = ? and course_id = ?")
                .params(role.name(), courseId)
                .query(Long.class)
                .single();
        if (taken > 0) {
            throw new Refused(
                    "courseId",
                    "That course is already required for " + role.label().toLowerCase());
        }
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("""
                        insert into training_requirement (job_role, course_id, renew_months, created_by, created_at)
                        values (?, ?, ?, ?, ?)
                        """)
                .params(role.name(), courseId, renewMonths, username, Timestamp.from(clock.instant()))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    @Transactional
    void remove(long id) {
        jdbc.sql("delete from training_requirement where id = ?").param(id).update();
    }

    @Transactional(readOnly = true)
    java.util.Optional<Person> person(long staffId) {
        return jdbc.sql("select team_id, job_role from staff_directory where id = ?")
                .param(staffId)
                .query((rs, n) -> new Person(
                        rs.getObject(1, Long.class), org.praxis.web.FormValues.parse(JobRole.class, rs.getString(2))))
                .optional();
    }

    /** One page of the requirements, by job role and course. */
    @Transactional(readOnly = true)
    PageOf<Requirement> list(ListPage page) {
        long total = jdbc.sql("select count(*) from training_requirement")
                .query(Long.class)
                .single();
        var items = jdbc.sql("""
                        select r.id, r.job_role, r.course_id, c.title, r.renew_months
                        from training_requirement r join training_course c on c.id = r.course_id
                        order by r.job_role, c.title_key offset :offset rows fetch next :size rows only
                        """)
                .param("offset", page.offset())
                .param("size", page.size())
                .query((rs, n) -> new Requirement(
                        rs.getLong(1),
                        JobRole.valueOf(rs.getString(2)),
                        rs.getLong(3),
                        rs.getString(4),
                        rs.getObject(5, Integer.class)))
                .list();
        return page.of(items, total);
    }

    /**
     * Every required course of the active staff in these teams (or this one person) with when they last attended it.
     * One query; a team has a few dozen staff and a role a few required courses.
     */
    @Transactional(readOnly = true)
    List<Due> due(Collection<Long> teamIds, Long staffId) {
        var today = LocalDate.now(clock);
        var rows = new ArrayList<Due>();
        jdbc.sql("""
                        select sd.id, sd.full_name, sd.team_id, r.course_id, c.title, r.renew_months, done.last_at
                        from staff_directory sd
                            join training_requirement r on r.job_role = sd.job_role
                            join training_course c on c.id = r.course_id
                            left join (select a.staff_id, s.course_id, max(s.starts_at) as last_at
                                    from training_attendance a join training_session s on s.id = a.session_id
                                    where a.attended = true group by a.staff_id, s.course_id) done
                                on done.staff_id = sd.id and done.course_id = r.course_id
                        where sd.active = true and (sd.team_id in (:teams) or sd.id = :staff)
                        order by sd.full_name, sd.id, c.title_key
                        """)
                .param("teams", teamIds.isEmpty() ? List.of(-1L) : teamIds)
                .param("staff", staffId == null ? -1L : staffId)
                .query(rs -> {
                    var last = rs.getTimestamp(7) == null
                            ? null
                            : rs.getTimestamp(7).toLocalDateTime().toLocalDate();
                    var renew = rs.getObject(6, Integer.class);
                    var dueOn = last == null ? null : renew == null ? null : last.plusMonths(renew);
                    boolean overdue = last == null || (dueOn != null && dueOn.isBefore(today));
                    rows.add(new Due(
                            rs.getLong(1),
                            rs.getString(2),
                            rs.getObject(3, Long.class),
                            rs.getLong(4),
                            rs.getString(5),
                            last,
                            dueOn,
                            overdue));
                });
        return rows;
    }

    /** One page of the overdue required training of the staff in these teams. */
    @Transactional(readOnly = true)
    PageOf<Due> overdue(Collection<Long> teamIds, ListPage page) {
        var overdue = due(teamIds, null).stream().filter(Due::overdue).toList();
        return ListsInMemory.page(overdue, page);
    }
}
