package org.praxis.practiceweek;

import ai.timefold.solver.core.api.solver.SolverConfigOverride;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.api.solver.SolverManager;
import jakarta.annotation.PreDestroy;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.praxis.accesslog.AccessLog;
import org.praxis.practiceweek.timetable.Place;
import org.praxis.practiceweek.timetable.Timetable;
import org.praxis.practiceweek.timetable.TimetableExplanation;
import org.praxis.practiceweek.timetable.TimetableSlot;
import org.praxis.practiceweek.timetable.TimetableSolverConfig;
import org.praxis.practiceweek.timetable.TimetableTeam;
import org.praxis.practiceweek.timetable.TimetableVisitor;
import org.praxis.web.Refused;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Lazy;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Builds a week's timetable with Timefold Solver on a background thread. The best timetable so far is written as
 * it improves (at most every two seconds) so that the QA lead watches it grow on any instance; pinned places keep
 * their visitor; a stop asked for on any instance is honoured within two seconds. The instance building it says so
 * in the database every two seconds (a heartbeat, in database time so that instances' clocks do not matter): a
 * build whose instance stopped saying so for {@value #STALE_AFTER_SECONDS} seconds is shown as stopped on every
 * instance and can be started again at once (decision 0016).
 */
@Service
// Made at start even when beans are made on first use: its heartbeat is a scheduled job, scheduled only once the bean
// exists.
@Lazy(false)
class Timetabling {

    static final int LONGEST_SOLVE_SECONDS = 300;
    static final int STALE_AFTER_SECONDS = 10;

    /** SQL: true while the week's timetable is being built by an instance that is still running. */
    static final String BUILDING = "(solve_status = 'SOLVING' and coalesce(solve_heartbeat_at, solve_started_at)"
            + " > current_timestamp - interval '" + STALE_AFTER_SECONDS + "' second)";

    private static final long SAVE_EVERY_MILLIS = 2_000;
    private static final Logger log = LoggerFactory.getLogger(Timetabling.class);

    private final JdbcClient jdbc;
    private final JdbcTemplate jdbcTemplate;
    private final TransactionTemplate transaction;
    private final PracticeWeeks weeks;
    private final VisitSlots slots;
    private final WeekVisitors visitors;
    private final AccessLog accessLog;
    private final Clock clock;
    /** Made on the first build, so that Timefold's set-up is not paid by every start of Praxis. */
    private volatile SolverManager<Timetable> solverManager;

    /** Ends a build early once the best timetable has not improved for this long; zero: only the time limit. */
    private final Duration stopWhenUnimproved;

    private final Map<Long, Long> lastSaved = new ConcurrentHashMap<>();
    /** Names this instance in {@code practice_week.solve_instance} while it builds a timetable. */
    private final String instance = java.util.UUID.randomUUID().toString();

    Timetabling(
            JdbcClient jdbc,
            JdbcTemplate jdbcTemplate,
            TransactionTemplate transaction,
            PracticeWeeks weeks,
            VisitSlots slots,
            WeekVisitors visitors,
            AccessLog accessLog,
            Clock clock,
            @Value("${praxis.timetable.stop-when-unimproved-for:0s}") Duration stopWhenUnimproved) {
        this.stopWhenUnimproved = stopWhenUnimproved;
        this.jdbc = jdbc;
        this.jdbcTemplate = jdbcTemplate;
        this.transaction = transaction;
        this.weeks = weeks;
        this.slots = slots;
        this.visitors = visitors;
        this.accessLog = accessLog;
        this.clock = clock;
    }

    private SolverManager<Timetable> solver() {
        var made = solverManager;
        if (made == null) {
            synchronized (this) {
                made = solverManager;
                if (made == null) {
                    solverManager = made = SolverManager.create(SolverFactory.create(
                            TimetableSolverConfig.upTo(Duration.ofSeconds(LONGEST_SOLVE_SECONDS))));
                }
            }
        }
        return made;
    }

    private SolverConfigOverride limits(int seconds) {
        var limits = new SolverConfigOverride().withTerminationSpentLimit(Duration.ofSeconds(seconds));
        return stopWhenUnimproved.isZero() ? limits : limits.withTerminationUnimprovedSpentLimit(stopWhenUnimproved);
    }

    /** Stops this instance's build of the week, if it is building one. */
    private void stopHere(long weekId) {
        if (solverManager != null) {
            solverManager.terminateEarly(weekId);
        }
    }

    @PreDestroy
    void close() {
        if (solverManager != null) {
            solverManager.close();
        }
    }

    /** The week as a planning problem: every slot's places, today's assignments as the start, pins kept. */
    @Transactional(readOnly = true)
    Timetable problem(PracticeWeeks.Week week) {
        var first = week.firstDay();
        var teams = weeks.teams(week.id()).stream()
                .map(t -> new TimetableTeam(t.id(), t.name(), t.serviceAreaId()))
                .toList();
        var availability = visitors.availabilityOfWeek(week.id());
        var timetableVisitors = new HashMap<Long, TimetableVisitor>();
        for (var v : visitors.ofWeek(week.id())) {
            var a = availability.get(v.id());
            long free = 0;
            for (var h : a.halfDays()) {
                long day = ChronoUnit.DAYS.between(first, h.day());
                if (day >= 0 && day < 31) {
                    free |= 1L << (day * 2 + (h.afternoon() ? 1 : 0));
                }
            }
            timetableVisitors.put(
                    v.id(),
                    new TimetableVisitor(
                            v.id(),
                            v.name(),
                            v.seniorLeader(),
                            v.cleared(),
                            a.maxVisits(),
                            free,
                            Set.copyOf(a.serviceAreaIds()),
                            a.activities().stream().map(Enum::name).collect(Collectors.toUnmodifiableSet())));
        }
        var assigned = new HashMap<String, Object[]>();
        jdbc.sql("""
                        select a.slot_id, a.place, a.week_visitor_id, a.pinned from visit_assignment a
                        join visit_slot s on s.id = a.slot_id where s.week_id = ?
                        """).param(week.id()).query((java.sql.ResultSet rs) -> {
            assigned.put(rs.getLong(1) + "/" + rs.getInt(2), new Object[] {rs.getLong(3), rs.getBoolean(4)});
        });
        var places = new ArrayList<Place>();
        for (var s : slots.ofWeek(week.id())) {
            int start = (int) ChronoUnit.MINUTES.between(first.atStartOfDay(), s.startsAt());
            var slot = new TimetableSlot(
                    s.id(),
                    s.teamId(),
                    s.serviceAreaId(),
                    s.activity().name(),
                    s.location(),
                    start,
                    start + s.minutes(),
                    TimetableSlot.halfDayOf(start),
                    s.caseData());
            for (int i = 0; i < s.capacity(); i++) {
                var now = assigned.get(s.id() + "/" + i);
                places.add(new Place(
                        slot,
                        i,
                        now == null ? null : timetableVisitors.get((Long) now[0]),
                        now != null && (Boolean) now[1]));
            }
        }
        return new Timetable(teams, List.copyOf(timetableVisitors.values()), places);
    }

    /**
     * Starts solving for up to {@code seconds}. Refused while the week is being built by a running instance; a build
     * whose instance stopped (no heartbeat for {@value #STALE_AFTER_SECONDS} seconds) is simply started again.
     */
    void solve(long weekId, int seconds, String username) {
        var week = weeks.week(weekId).orElseThrow();
        var now = clock.instant();
        Integer started = transaction.execute(status -> {
            int updated = jdbc.sql("""
                        update practice_week set solve_status = 'SOLVING', solve_started_at = ?, solve_finished_at = null,
                            solve_limit_seconds = ?, stop_requested = false, solve_instance = ?,
                            solve_heartbeat_at = current_timestamp, version = version + 1
                        where id = ? and not """ + BUILDING)
                    .params(Timestamp.from(now), seconds, instance, weekId)
                    .update();
            if (updated == 1) {
                accessLog.changed("Practice Week timetable", weekId);
            }
            return updated;
        });
        if (started == null || started == 0) {
            throw new Refused("The timetable is already being built: wait for it, or stop it");
        }
        var problem = problem(week);
        log.info(
                "Solving Practice Week {} ({} places, {} visitors) for up to {} s",
                weekId,
                problem.getPlaces().size(),
                problem.getVisitors().size(),
                seconds);
        lastSaved.put(weekId, System.currentTimeMillis());
        solver().solveBuilder()
                .withProblemId(weekId)
                .withProblem(problem)
                .withConfigOverride(limits(seconds))
                .withBestSolutionEventConsumer(event -> {
                    long at = System.currentTimeMillis();
                    if (at - lastSaved.getOrDefault(weekId, 0L) >= SAVE_EVERY_MILLIS) {
                        lastSaved.put(weekId, at);
                        save(week, event.solution(), false, true);
                    }
                })
                .withFinalBestSolutionEventConsumer(event -> {
                    lastSaved.remove(weekId);
                    save(week, event.solution(), true, true);
                    log.info(
                            "Solved Practice Week {}: {}",
                            weekId,
                            event.solution().getScore());
                })
                .withExceptionHandler((id, e) -> {
                    lastSaved.remove(weekId);
                    log.error("Solving Practice Week {} failed", weekId, e);
                    jdbc.sql("update practice_week set solve_status = 'FAILED', solve_finished_at = ?"
                                    + " where id = ? and solve_instance = ?")
                            .params(Timestamp.from(clock.instant()), weekId, instance)
                            .update();
                })
                .run();
    }

    /** Keeps a timetable solved elsewhere (the demo's), as a finished solve would. */
    void keep(PracticeWeeks.Week week, Timetable timetable) {
        save(week, timetable, true, false);
    }

    /**
     * Writes the timetable: every filled place, the score and what could not be met. A build's progress is written
     * only while this instance is still the one building it ({@code ours}).
     */
    private void save(PracticeWeeks.Week week, Timetable timetable, boolean finished, boolean ours) {
        transaction.executeWithoutResult(status -> {
            if (ours
                    && jdbc.sql("select count(*) from practice_week where id = ? and solve_instance = ?")
                                    .params(week.id(), instance)
                                    .query(Long.class)
                                    .single()
                            == 0) {
                return;
            }
            var stillOffered = Set.copyOf(jdbc.sql("select id from visit_slot where week_id = ?")
                    .param(week.id())
                    .query(Long.class)
                    .list());
            jdbc.sql("delete from visit_assignment where slot_id in (select id from visit_slot where week_id = ?)")
                    .param(week.id())
                    .update();
            var rows = new ArrayList<Object[]>();
            for (var place : timetable.getPlaces()) {
                if (place.getVisitor() != null
                        && stillOffered.contains(place.getSlot().id())) {
                    rows.add(new Object[] {
                        place.getSlot().id(),
                        place.getIndex(),
                        place.getVisitor().id(),
                        place.isPinned()
                    });
                }
            }
            jdbcTemplate.batchUpdate(
                    "insert into visit_assignment (slot_id, place, week_visitor_id, pinned) values (?, ?, ?, ?)", rows);
            var unmet = String.join("\n", new TimetableExplanation(timetable, week.firstDay()).sentences());
            jdbc.sql("""
                            update practice_week set best_score = ?, unmet = ?, solve_status = ?,
                                solve_finished_at = ?, version = version + 1
                            where id = ?
                            """)
                    .params(
                            String.valueOf(timetable.getScore()),
                            unmet.length() > 8000 ? unmet.substring(0, 7990) + "…" : unmet,
                            finished ? "SOLVED" : "SOLVING",
                            finished ? Timestamp.from(clock.instant()) : null,
                            week.id())
                    .update();
        });
    }

    /** Asks the solve to stop and keep the best timetable so far; works from any instance. */
    void stop(long weekId) {
        transaction.executeWithoutResult(status -> {
            jdbc.sql("update practice_week set stop_requested = true where id = ? and solve_status = 'SOLVING'")
                    .param(weekId)
                    .update();
            accessLog.changed("Practice Week timetable", weekId);
        });
        stopHere(weekId);
    }

    /**
     * Every two seconds, for the builds running here: tells every instance they are still being built, and stops
     * those that were asked to stop on another instance. A build another instance took over (this one was thought
     * to have stopped, as after a long pause) is stopped here.
     */
    @Scheduled(fixedDelay = 2_000)
    void honourStopRequests() {
        if (lastSaved.isEmpty()) {
            return;
        }
        for (var weekId : List.copyOf(lastSaved.keySet())) {
            int alive = jdbc.sql("""
                            update practice_week set solve_heartbeat_at = current_timestamp
                            where id = ? and solve_status = 'SOLVING' and solve_instance = ?
                            """).params(weekId, instance).update();
            if (alive == 0) {
                stopHere(weekId);
            }
        }
        for (var weekId : jdbc.sql(
                        "select id from practice_week where stop_requested = true and solve_status = 'SOLVING'")
                .query(Long.class)
                .list()) {
            if (lastSaved.containsKey(weekId)) {
                stopHere(weekId);
            }
        }
    }

    /** Pins or unpins a filled place; refused while the timetable is being built. */
    @Transactional
    boolean pin(long weekId, long slotId, int place, boolean pinned) {
        var week = weeks.week(weekId).orElseThrow();
        if (week.building()) {
            throw new Refused("Wait until the timetable is built, or stop it, before pinning");
        }
        int changed = jdbc.sql("""
                        update visit_assignment set pinned = ?
                        where slot_id = ? and place = ? and slot_id in (select id from visit_slot where week_id = ?)
                        """).params(pinned, slotId, place, weekId).update();
        accessLog.changed("Practice Week timetable", weekId);
        return changed == 1;
    }
}
