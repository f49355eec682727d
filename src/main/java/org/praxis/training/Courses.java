package org.praxis.training;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.praxis.organisation.JobRole;
import org.praxis.web.ListPage;
import org.praxis.web.PageOf;
import org.praxis.web.Refused;
import org.praxis.web.Stale;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Courses: what each is about (practice standards, learning themes) and who it is for. Target roles are staff job
 * roles, not Praxis roles: Praxis roles say what someone may open, job roles say what they do, and most staff who need
 * training have no Praxis account at all, so coverage is counted over the staff records.
 */
@Service
public class Courses {

    /** What the learning and development lead writes about a course. */
    public record Details(
            String title,
            String description,
            Set<Long> standardIds,
            Set<Long> themeIds,
            Set<JobRole> jobRoles,
            Set<Long> teamIds) {}

    /** A course with what it is about and who it is for. */
    public record Course(
            long id,
            String title,
            String description,
            int lockVersion,
            Set<Long> standardIds,
            Set<Long> themeIds,
            Set<JobRole> jobRoles,
            Set<Long> teamIds) {

        /** Everyone, when no role or no team is named. */
        boolean isFor(JobRole role, Long teamId) {
            return (jobRoles.isEmpty() || jobRoles.contains(role)) && (teamIds.isEmpty() || teamIds.contains(teamId));
        }
    }

    /** A line of the course list. */
    public record Listed(long id, String title, int sessions, int attended) {}

    private final JdbcClient jdbc;
    private final Clock clock;

    Courses(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional
    public long create(Details details, String username) {
        var title = details.title().strip();
        if (titleTaken(title, null)) {
            throw new Refused("title", "There is already a course called " + title);
        }
        var now = Timestamp.from(clock.instant());
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into training_course (title, title_key, description, created_by, created_at, updated_by,
                            updated_at) values (:title, :key, :description, :by, :at, :by, :at)
                        """)
                .param("title", title)
                .param("key", key(title))
                .param("description", details.description())
                .param("by", username)
                .param("at", now)
                .update(keys, "id");
        long id = keys.getKey().longValue();
        writeLinks(id, details);
        return id;
    }

    /** Changes a course its editor saw at {@code lockVersion}; refused when someone else saved it since. */
    @Transactional
    public void change(long id, int lockVersion, Details details, String username) {
        var title = details.title().strip();
        if (titleTaken(title, id)) {
            throw new Refused("title", "There is already a course called " + title);
        }
        int updated = jdbc.sql("""
                        update training_course set title = :title, title_key = :key, description = :description,
                            updated_by = :by, updated_at = :at, lock_version = lock_version + 1
                        where id = :id and lock_version = :lock
                        """)
                .param("title", title)
                .param("key", key(title))
                .param("description", details.description())
                .param("by", username)
                .param("at", Timestamp.from(clock.instant()))
                .param("id", id)
                .param("lock", lockVersion)
                .update();
        if (updated == 0) {
            throw new Stale();
        }
        for (var table : List.of(
                "training_course_standard",
                "training_course_theme",
                "training_course_job_role",
                "training_course_team")) {
            jdbc.sql("delete from " + table + " where course_id = ?").param(id).update();
        }
        writeLinks(id, details);
    }

    @Transactional(readOnly = true)
    public Optional<Course> course(long id) {
        return courses(List.of(id)).stream().findFirst();
    }

    /** Courses by id, with their links: four queries whatever the number. */
    @Transactional(readOnly = true)
    public List<Course> courses(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        var standards = links("select course_id, standard_id from training_course_standard", ids);
        var themes = links("select course_id, theme_id from training_course_theme", ids);
        var teams = links("select course_id, team_id from training_course_team", ids);
        var roles = new HashMap<Long, Set<JobRole>>();
        jdbc.sql("select course_id, job_role from training_course_job_role where course_id in (:ids)")
                .param("ids", ids)
                .query(rs -> {
                    roles.computeIfAbsent(rs.getLong(1), k -> new LinkedHashSet<>())
                            .add(JobRole.valueOf(rs.getString(2)));
                });
        return jdbc.sql("select id, title, description, lock_version from training_course where id in (:ids)"
                        + " order by title_key")
                .param("ids", ids)
                .query((rs, n) -> {
                    long id = rs.getLong(1);
                    return new Course(
                            id,
                            rs.getString(2),
                            rs.getString(3),
                            rs.getInt(4),
                            standards.getOrDefault(id, Set.of()),
                            themes.getOrDefault(id, Set.of()),
                            roles.getOrDefault(id, Set.of()),
                            teams.getOrDefault(id, Set.of()));
                })
                .list();
    }

    /** One page of the courses by title, with their sessions and how many attended. Two queries. */
    @Transactional(readOnly = true)
    public PageOf<Listed> list(ListPage page) {
        long total = jdbc.sql("select count(*) from training_course")
                .query(Long.class)
                .single();
        var items = jdbc.sql("""
                        select c.id, c.title,
                            (select count(*) from training_session s where s.course_id = c.id),
                            (select count(*) from training_session s join training_attendance a on a.session_id = s.id
                                where s.course_id = c.id and a.attended = true)
                        from training_course c order by c.title_key, c.id
                        offset :offset rows fetch next :size rows only
                        """)
                .param("offset", page.offset())
                .param("size", page.size())
                .query((rs, n) -> new Listed(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getInt(4)))
                .list();
        return page.of(items, total);
    }

    /** Every course's id and title, for choosing one (a need's course, a required course). */
    @Transactional(readOnly = true)
    public Map<Long, String> titles() {
        var titles = new java.util.LinkedHashMap<Long, String>();
        jdbc.sql("select id, title from training_course order by title_key").query(rs -> {
            titles.put(rs.getLong(1), rs.getString(2));
        });
        return titles;
    }

    /** The courses aimed at a team (naming it, or naming no team) for this job role. */
    @Transactional(readOnly = true)
    public List<Course> aimedAt(Long teamId, JobRole role) {
        var ids = jdbc.sql("""
                        select c.id from training_course c
                        where (not exists (select 1 from training_course_team t where t.course_id = c.id)
                                or exists (select 1 from training_course_team t where t.course_id = c.id and t.team_id = :team))
                            and (not exists (select 1 from training_course_job_role r where r.course_id = c.id)
                                or exists (select 1 from training_course_job_role r where r.course_id = c.id and r.job_role = :role))
                        """)
                .param("team", teamId == null ? -1L : teamId)
                .param("role", role == null ? "" : role.name())
                .query(Long.class)
                .list();
        return courses(ids);
    }

    private boolean titleTaken(String title, Long except) {
        return jdbc.sql("select count(*) from training_course where title_key = :key and id <> :id")
                        .param("key", key(title))
                        .param("id", except == null ? -1L : except)
                        .query(Long.class)
                        .single()
                > 0;
    }

    private void writeLinks(long id, Details details) {
        insertAll(
                "insert into training_course_standard (course_id, standard_id) values (?, ?)",
                id,
                details.standardIds());
        insertAll("insert into training_course_theme (course_id, theme_id) values (?, ?)", id, details.themeIds());
        insertAll("insert into training_course_team (course_id, team_id) values (?, ?)", id, details.teamIds());
        insertAll(
                "insert into training_course_job_role (course_id, job_role) values (?, ?)",
                id,
                details.jobRoles().stream().map(Enum::name).toList());
    }

    private void insertAll(String sql, long id, Collection<?> values) {
        for (var value : values) {
            jdbc.sql(sql).params(id, value).update();
        }
    }

    private Map<Long, Set<Long>> links(String select, Collection<Long> ids) {
        var links = new HashMap<Long, Set<Long>>();
        jdbc.sql(select + " where course_id in (:ids)").param("ids", ids).query(rs -> {
            links.computeIfAbsent(rs.getLong(1), k -> new LinkedHashSet<>()).add(rs.getLong(2));
        });
        return links;
    }

    static String key(String title) {
        return title.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }

    static List<Long> sorted(Collection<Long> ids) {
        var list = new ArrayList<>(ids);
        list.sort(null);
        return list;
    }
}
