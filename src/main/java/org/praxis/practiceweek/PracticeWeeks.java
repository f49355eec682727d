package org.praxis.practiceweek;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.praxis.accesslog.AccessLog;
import org.praxis.organisation.OrganisationDirectory;
import org.praxis.web.ListPage;
import org.praxis.web.NotFound;
import org.praxis.web.Option;
import org.praxis.web.PageOf;
import org.praxis.web.Refused;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Practice Weeks: set up by a QA lead with their dates, deadlines, service areas and the teams taking part. */
@Service
class PracticeWeeks {

    record NewWeek(
            String name,
            LocalDate firstDay,
            LocalDate lastDay,
            LocalDate slotsDue,
            LocalDate availabilityDue,
            Collection<Long> serviceAreaIds,
            Collection<Long> teamIds) {}

    /** A week; {@code building} is true while its timetable is being built by an instance that is still running. */
    record Week(
            long id,
            String name,
            LocalDate firstDay,
            LocalDate lastDay,
            LocalDate slotsDue,
            LocalDate availabilityDue,
            String feedbackCode,
            SolveStatus solveStatus,
            OffsetDateTime solveStartedAt,
            OffsetDateTime solveFinishedAt,
            Integer solveLimitSeconds,
            String bestScore,
            String unmet,
            String createdBy,
            boolean building) {

        /** Days of the week, first to last. */
        public List<LocalDate> days() {
            return firstDay.datesUntil(lastDay.plusDays(1)).toList();
        }

        public String datesText() {
            return PracticeWeekPages.day(firstDay) + " to " + PracticeWeekPages.day(lastDay);
        }

        public String slotsDueText() {
            return PracticeWeekPages.day(slotsDue);
        }

        public String availabilityDueText() {
            return PracticeWeekPages.day(availabilityDue);
        }

        /** The week has ended: its timetable and records are kept as they were. */
        public boolean over(LocalDate today) {
            return lastDay.isBefore(today);
        }

        /** The week has not started: its dates, teams and name may still change, and it may be deleted. */
        public boolean notStarted(LocalDate today) {
            return firstDay.isAfter(today);
        }

        boolean includes(LocalDate day) {
            return !day.isBefore(firstDay) && !day.isAfter(lastDay);
        }
    }

    enum SolveStatus {
        NOT_SOLVED,
        SOLVING,
        SOLVED,
        FAILED
    }

    record WeekRow(
            long id, String name, LocalDate firstDay, LocalDate lastDay, long teams, long slots, long visitors) {}

    record TeamTakingPart(long id, String name, long serviceAreaId, String serviceArea) {}

    private static final String CODE_LETTERS = "abcdefghjkmnpqrstuvwxyz23456789";

    private final JdbcClient jdbc;
    private final Clock clock;
    private final AccessLog accessLog;
    private final OrganisationDirectory organisation;

    PracticeWeeks(JdbcClient jdbc, Clock clock, AccessLog accessLog, OrganisationDirectory organisation) {
        this.jdbc = jdbc;
        this.organisation = organisation;
        this.clock = clock;
        this.accessLog = accessLog;
    }

    /** Creates the week; with no teams chosen, every active team in the chosen service areas takes part. */
    @Transactional
    long create(NewWeek week, String username) {
        var teams = teamsTakingPart(week);
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into practice_week (name, first_day, last_day, slots_due, availability_due,
                            feedback_code, created_by, created_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?)
                        """)
                .params(
                        week.name(),
                        week.firstDay(),
                        week.lastDay(),
                        week.slotsDue(),
                        week.availabilityDue(),
                        newCode(),
                        username,
                        Timestamp.from(clock.instant()))
                .update(keys, "id");
        long id = keys.getKeyAs(Long.class);
        for (var area : week.serviceAreaIds()) {
            jdbc.sql("insert into practice_week_service_area (week_id, service_area_id) values (?, ?)")
                    .params(id, area)
                    .update();
        }
        for (var team : teams) {
            jdbc.sql("insert into practice_week_team (week_id, team_id) values (?, ?)")
                    .params(id, team)
                    .update();
        }
        accessLog.changed("Practice Week", id);
        return id;
    }

    /**
     * The teams a week's form chose: those ticked, which must be in the chosen service areas, or with none ticked every
     * active team in them. Refused, naming the field, when a ticked team is outside them or none is left.
     */
    List<Long> teamsTakingPart(NewWeek week) {
        var teams = week.teamIds().isEmpty()
                ? organisation.teamIdsIn(week.serviceAreaIds(), true).stream()
                        .sorted()
                        .toList()
                : List.copyOf(week.teamIds());
        var outside = organisation.teams(week.teamIds()).values().stream()
                .filter(t -> !week.serviceAreaIds().contains(t.serviceAreaId()))
                .map(OrganisationDirectory.TeamSummary::name)
                .sorted()
                .toList();
        if (!outside.isEmpty()) {
            throw new Refused(
                    "teamIds",
                    String.join(", ", outside)
                            + (outside.size() == 1 ? " is" : " are")
                            + " not in the chosen service areas: choose their service area too, or untick them");
        }
        if (teams.isEmpty()) {
            throw new Refused("teamIds", "No active team is in the chosen service areas");
        }
        return teams;
    }

    private static String newCode() {
        var random = new SecureRandom();
        var code = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            code.append(CODE_LETTERS.charAt(random.nextInt(CODE_LETTERS.length())));
        }
        return code.toString();
    }

    /** The weeks a person takes part in: as a visitor, or because their team takes part. */
    @Transactional(readOnly = true)
    Set<Long> takingPart(long userId, java.util.Collection<Long> teamIds) {
        // Their own team, or each team of a service manager's scope (decision 0029).
        var teams = teamIds.isEmpty() ? List.of(-1L) : List.copyOf(teamIds);
        var params = new java.util.ArrayList<Object>();
        params.add(userId);
        params.addAll(teams);
        return new HashSet<>(jdbc.sql("select week_id from week_visitor where user_id = ? union"
                        + " select week_id from practice_week_team where team_id in ("
                        + String.join(", ", java.util.Collections.nCopies(teams.size(), "?")) + ")")
                .params(params)
                .query(Long.class)
                .list());
    }

    @Transactional(readOnly = true)
    PageOf<WeekRow> list(ListPage page) {
        long total =
                jdbc.sql("select count(*) from practice_week").query(Long.class).single();
        var rows = jdbc.sql("""
                        select w.id, w.name, w.first_day, w.last_day,
                            (select count(*) from practice_week_team t where t.week_id = w.id),
                            (select count(*) from visit_slot s where s.week_id = w.id),
                            (select count(*) from week_visitor v where v.week_id = w.id)
                        from practice_week w order by w.first_day desc, w.id desc
                        offset :offset rows fetch next :size rows only
                        """)
                .param("offset", page.offset())
                .param("size", page.size())
                .query((rs, n) -> new WeekRow(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getObject(3, LocalDate.class),
                        rs.getObject(4, LocalDate.class),
                        rs.getLong(5),
                        rs.getLong(6),
                        rs.getLong(7)))
                .list();
        return page.of(rows, total);
    }

    @Transactional(readOnly = true)
    Optional<Week> week(long id) {
        return jdbc.sql("""
                        select id, name, first_day, last_day, slots_due, availability_due, feedback_code,
                            solve_status, solve_started_at, solve_finished_at, solve_limit_seconds, best_score, unmet,
                            created_by, """ + Timetabling.BUILDING + """
                        from practice_week where id = ?
                        """)
                .param(id)
                .query((rs, n) -> new Week(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getObject(3, LocalDate.class),
                        rs.getObject(4, LocalDate.class),
                        rs.getObject(5, LocalDate.class),
                        rs.getObject(6, LocalDate.class),
                        rs.getString(7),
                        SolveStatus.valueOf(rs.getString(8)),
                        rs.getObject(9, OffsetDateTime.class),
                        rs.getObject(10, OffsetDateTime.class),
                        rs.getObject(11, Integer.class),
                        rs.getString(12),
                        rs.getString(13),
                        rs.getString(14),
                        rs.getBoolean(15)))
                .optional();
    }

    /** The week, or the "Page not found" page. */
    @Transactional(readOnly = true)
    Week found(long id) {
        return week(id).orElseThrow(() -> new NotFound());
    }

    @Transactional(readOnly = true)
    Optional<Long> weekByFeedbackCode(String code) {
        return jdbc.sql("select id from practice_week where feedback_code = ?")
                .param(code)
                .query(Long.class)
                .optional();
    }

    @Transactional(readOnly = true)
    List<TeamTakingPart> teams(long weekId) {
        return jdbc.sql("""
                        select t.id, t.name, t.service_area_id, a.name
                        from practice_week_team p join team_directory t on t.id = p.team_id
                        join service_area_directory a on a.id = t.service_area_id
                        where p.week_id = ? order by a.name, t.name
                        """)
                .param(weekId)
                .query((rs, n) -> new TeamTakingPart(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4)))
                .list();
    }

    @Transactional(readOnly = true)
    List<Option> serviceAreas(long weekId) {
        return jdbc.sql("""
                        select a.id, a.name from practice_week_service_area p
                        join service_area_directory a on a.id = p.service_area_id where p.week_id = ? order by a.name
                        """)
                .param(weekId)
                .query((rs, n) -> new Option(String.valueOf(rs.getLong(1)), rs.getString(2)))
                .list();
    }

    @Transactional(readOnly = true)
    List<Option> allServiceAreas() {
        return organisation.serviceAreas().stream()
                .map(a -> new Option(String.valueOf(a.id()), a.name()))
                .toList();
    }

    /** The latest week that started before this one, for the report's comparison. */
    @Transactional(readOnly = true)
    Optional<Long> previous(long weekId) {
        return jdbc.sql("""
                        select id from practice_week where first_day < (select first_day from practice_week where id = ?)
                        order by first_day desc fetch first 1 rows only
                        """).param(weekId).query(Long.class).optional();
    }
}
