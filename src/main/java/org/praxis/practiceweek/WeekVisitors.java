package org.praxis.practiceweek;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.praxis.accesslog.AccessLog;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who visits during a week: leaders (staff with the leader role; directors, heads of service and principal social
 * workers count as senior leaders) and councillors and partners (visitor accounts, cleared for case data only when
 * their visitor record says so), with the half-days they are free, how many visits they can do and what they prefer.
 */
@Service
class WeekVisitors {

    enum Kind {
        LEADER("Leader"),
        COUNCILLOR("Councillor"),
        PARTNER("Partner");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    record Candidate(long userId, String name, Kind kind, String organisation, boolean seniorLeader, boolean cleared) {}

    record WeekVisitor(
            long id,
            long userId,
            String name,
            Kind kind,
            String organisation,
            boolean seniorLeader,
            boolean cleared,
            int maxVisits,
            OffsetDateTime answeredAt) {}

    /** A half-day: the date, and whether it is the afternoon. */
    record HalfDay(LocalDate day, boolean afternoon) {

        /** The form's value for it, such as 2027-06-08-PM. */
        String value() {
            return day + (afternoon ? "-PM" : "-AM");
        }

        static Optional<HalfDay> parse(String value) {
            if (value == null || !value.matches("\\d{4}-\\d{2}-\\d{2}-(AM|PM)")) {
                return Optional.empty();
            }
            try {
                return Optional.of(new HalfDay(LocalDate.parse(value.substring(0, 10)), value.endsWith("PM")));
            } catch (java.time.DateTimeException e) {
                return Optional.empty();
            }
        }
    }

    record Availability(Set<HalfDay> halfDays, int maxVisits, Set<Long> serviceAreaIds, Set<Activity> activities) {}

    private final JdbcClient jdbc;
    private final Clock clock;
    private final AccessLog accessLog;

    WeekVisitors(JdbcClient jdbc, Clock clock, AccessLog accessLog) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.accessLog = accessLog;
    }

    /** Leaders, councillors and partners with an active account, not yet visiting this week. */
    @Transactional(readOnly = true)
    List<Candidate> candidates(long weekId) {
        return jdbc.sql("""
                        select u.id, coalesce(s.full_name, v.full_name), s.job_role, v.kind, v.organisation,
                            v.cleared_for_case_data,
                            exists (select 1 from account_role r where r.account_id = u.id and r.role = 'LEADER')
                        from account_directory u
                        left join staff_directory s on s.id = u.staff_id
                        left join visitor_directory v on v.id = u.visitor_id
                        where u.active = true
                          and exists (select 1 from account_role r where r.account_id = u.id
                                      and r.role in ('LEADER', 'VISITOR'))
                          and not exists (select 1 from week_visitor w where w.week_id = ? and w.user_id = u.id)
                          and coalesce(s.full_name, v.full_name) is not null
                        order by 2
                        """).param(weekId).query((rs, n) -> candidate(rs)).list();
    }

    private static Candidate candidate(java.sql.ResultSet rs) throws java.sql.SQLException {
        var jobRole = rs.getString(3);
        var visitorKind = rs.getString(4);
        boolean staff = jobRole != null || visitorKind == null;
        var kind = staff ? Kind.LEADER : "COUNCILLOR".equals(visitorKind) ? Kind.COUNCILLOR : Kind.PARTNER;
        boolean senior = staff
                && Set.of("DIRECTOR", "HEAD_OF_SERVICE", "PRINCIPAL_SOCIAL_WORKER")
                        .contains(jobRole);
        return new Candidate(
                rs.getLong(1),
                rs.getString(2),
                kind,
                staff ? "The council" : rs.getString(5),
                senior,
                staff || rs.getBoolean(6));
    }

    @Transactional
    int add(long weekId, Collection<Long> userIds, String username) {
        var wanted = new HashSet<>(userIds);
        int added = 0;
        for (var c : candidates(weekId)) {
            if (!wanted.contains(c.userId())) {
                continue;
            }
            jdbc.sql("""
                            insert into week_visitor (week_id, user_id, name, kind, organisation, senior_leader, cleared,
                                max_visits, added_by)
                            values (?, ?, ?, ?, ?, ?, ?, 0, ?)
                            """)
                    .params(
                            weekId,
                            c.userId(),
                            c.name(),
                            c.kind().name(),
                            c.organisation(),
                            c.seniorLeader(),
                            c.cleared(),
                            username)
                    .update();
            added++;
        }
        accessLog.changed("Practice Week visitors", weekId);
        return added;
    }

    private static final String SELECT = """
            select id, user_id, name, kind, organisation, senior_leader, cleared, max_visits, answered_at
            from week_visitor
            """;

    private static WeekVisitor visitor(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new WeekVisitor(
                rs.getLong(1),
                rs.getLong(2),
                rs.getString(3),
                Kind.valueOf(rs.getString(4)),
                rs.getString(5),
                rs.getBoolean(6),
                rs.getBoolean(7),
                rs.getInt(8),
                rs.getObject(9, OffsetDateTime.class));
    }

    @Transactional(readOnly = true)
    List<WeekVisitor> ofWeek(long weekId) {
        return jdbc.sql(SELECT + " where week_id = ? order by answered_at nulls first, name")
                .param(weekId)
                .query((rs, n) -> visitor(rs))
                .list();
    }

    @Transactional(readOnly = true)
    Optional<WeekVisitor> of(long weekId, long userId) {
        return jdbc.sql(SELECT + " where week_id = ? and user_id = ?")
                .params(weekId, userId)
                .query((rs, n) -> visitor(rs))
                .optional();
    }

    /** The weeks a user visits in, newest first. */
    @Transactional(readOnly = true)
    List<Long> weeksOf(long userId) {
        return jdbc.sql("""
                        select w.id from week_visitor v join practice_week w on w.id = v.week_id
                        where v.user_id = ? order by w.first_day desc
                        """).param(userId).query(Long.class).list();
    }

    @Transactional(readOnly = true)
    Availability availability(long weekVisitorId) {
        return availabilities("v.id = ?", weekVisitorId).get(weekVisitorId);
    }

    /** Everyone's availability for the solver, in three queries. */
    @Transactional(readOnly = true)
    Map<Long, Availability> availabilityOfWeek(long weekId) {
        return availabilities("v.week_id = ?", weekId);
    }

    private Map<Long, Availability> availabilities(String whichVisitors, long id) {
        var halfDays = new HashMap<Long, Set<HalfDay>>();
        jdbc.sql("select h.week_visitor_id, h.free_day, h.afternoon from week_visitor_half_day h"
                        + " join week_visitor v on v.id = h.week_visitor_id where " + whichVisitors)
                .param(id)
                .query((java.sql.ResultSet rs) -> {
                    halfDays.computeIfAbsent(rs.getLong(1), k -> new HashSet<>())
                            .add(new HalfDay(rs.getObject(2, LocalDate.class), rs.getBoolean(3)));
                });
        var areas = new HashMap<Long, Set<Long>>();
        var activities = new HashMap<Long, Set<Activity>>();
        jdbc.sql("select p.week_visitor_id, p.kind, p.preference from week_visitor_preference p"
                        + " join week_visitor v on v.id = p.week_visitor_id where " + whichVisitors)
                .param(id)
                .query((java.sql.ResultSet rs) -> {
                    if (rs.getString(2).equals("SERVICE_AREA")) {
                        areas.computeIfAbsent(rs.getLong(1), k -> new HashSet<>())
                                .add(Long.parseLong(rs.getString(3)));
                    } else {
                        activities
                                .computeIfAbsent(rs.getLong(1), k -> new HashSet<>())
                                .add(Activity.valueOf(rs.getString(3)));
                    }
                });
        var result = new HashMap<Long, Availability>();
        jdbc.sql("select v.id, v.max_visits from week_visitor v where " + whichVisitors)
                .param(id)
                .query((java.sql.ResultSet rs) -> {
                    long visitor = rs.getLong(1);
                    result.put(
                            visitor,
                            new Availability(
                                    halfDays.getOrDefault(visitor, Set.of()),
                                    rs.getInt(2),
                                    areas.getOrDefault(visitor, Set.of()),
                                    activities.getOrDefault(visitor, Set.of())));
                });
        return result;
    }

    /** Replaces what the visitor said before. */
    @Transactional
    void answer(long weekVisitorId, Availability availability) {
        jdbc.sql("delete from week_visitor_half_day where week_visitor_id = ?")
                .param(weekVisitorId)
                .update();
        jdbc.sql("delete from week_visitor_preference where week_visitor_id = ?")
                .param(weekVisitorId)
                .update();
        for (var h : availability.halfDays()) {
            jdbc.sql("insert into week_visitor_half_day (week_visitor_id, free_day, afternoon) values (?, ?, ?)")
                    .params(weekVisitorId, h.day(), h.afternoon())
                    .update();
        }
        var preferences = new ArrayList<String[]>();
        availability.serviceAreaIds().forEach(a -> preferences.add(new String[] {"SERVICE_AREA", String.valueOf(a)}));
        availability.activities().forEach(a -> preferences.add(new String[] {"ACTIVITY", a.name()}));
        for (var p : preferences) {
            jdbc.sql("insert into week_visitor_preference (week_visitor_id, kind, preference) values (?, ?, ?)")
                    .params(weekVisitorId, p[0], p[1])
                    .update();
        }
        jdbc.sql("update week_visitor set max_visits = ?, answered_at = ?, version = version + 1 where id = ?")
                .params(availability.maxVisits(), Timestamp.from(clock.instant()), weekVisitorId)
                .update();
        accessLog.changed("Practice Week availability", weekVisitorId);
    }
}
