package org.praxis.practiceweek;

import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.praxis.practiceweek.timetable.Timetable;
import org.praxis.practiceweek.timetable.TimetableSolverConfig;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Northbridge's Practice Weeks for the demo: last year's, timetabled and done, and the coming one with slots offered
 * and most visitors' availability in, ready for the QA lead to build the timetable. Everyone in them is made up.
 */
@Component
public class PracticeWeekDemo {

    record DemoSlot(String team, Activity activity, int day, String time, int minutes, String location, int capacity) {}

    private static final List<DemoSlot> SLOTS = List.of(
            new DemoSlot("MASH", Activity.OBSERVE_TRIAGE, 0, "09:30", 120, "MASH, Civic Centre", 2),
            new DemoSlot("MASH", Activity.TEAM_MEETING, 2, "09:00", 60, "MASH, Civic Centre", 3),
            new DemoSlot(
                    "Assessment Team North",
                    Activity.OBSERVE_HOME_VISIT,
                    1,
                    "10:00",
                    90,
                    "Home visit, meet at Northgate Office",
                    1),
            new DemoSlot("Assessment Team North", Activity.CASE_DISCUSSION, 3, "14:00", 60, "Northgate Office", 2),
            new DemoSlot(
                    "Child Protection Team East", Activity.AUDIT_WITH_PRACTITIONER, 0, "14:00", 90, "Eastside Hub", 2),
            new DemoSlot("Child Protection Team East", Activity.TEAM_MEETING, 3, "09:30", 60, "Eastside Hub", 3),
            new DemoSlot(
                    "Child in Need Team 1",
                    Activity.OBSERVE_HOME_VISIT,
                    1,
                    "14:00",
                    90,
                    "Home visit, meet at Civic Centre",
                    1),
            new DemoSlot("Child in Need Team 1", Activity.CASE_DISCUSSION, 4, "10:00", 60, "Civic Centre", 2),
            new DemoSlot("Edge of Care", Activity.MEET_FAMILY, 2, "15:00", 60, "Family Centre, Riverside", 1),
            new DemoSlot("Edge of Care", Activity.TEAM_MEETING, 0, "09:00", 60, "Family Centre, Riverside", 2),
            new DemoSlot(
                    "Family Support Hub",
                    Activity.OBSERVE_HOME_VISIT,
                    3,
                    "10:00",
                    90,
                    "Home visit, meet at the Hub",
                    1),
            new DemoSlot("Family Support Hub", Activity.TEAM_MEETING, 1, "09:00", 60, "Family Support Hub", 3),
            new DemoSlot("Children in Care Team 1", Activity.CASE_DISCUSSION, 2, "10:00", 60, "Civic Centre", 2),
            new DemoSlot(
                    "Fostering Service",
                    Activity.VISIT_FOSTER_CARERS,
                    1,
                    "13:30",
                    120,
                    "Foster carers' home, meet at Civic Centre",
                    2),
            new DemoSlot("Fostering Service", Activity.TEAM_MEETING, 4, "09:30", 60, "Civic Centre", 2),
            new DemoSlot(
                    "Reablement Service", Activity.REABLEMENT_VISIT, 0, "10:00", 120, "Reablement base, Westfield", 2),
            new DemoSlot(
                    "Reablement Service", Activity.REABLEMENT_VISIT, 2, "14:00", 120, "Reablement base, Westfield", 2),
            new DemoSlot(
                    "Hospital Discharge Team",
                    Activity.OBSERVE_TRIAGE,
                    1,
                    "09:00",
                    90,
                    "Northbridge General Hospital",
                    2),
            new DemoSlot("Community Mental Health Team", Activity.CASE_DISCUSSION, 3, "13:30", 90, "Hartley House", 2),
            new DemoSlot("Community Mental Health Team", Activity.TEAM_MEETING, 4, "14:00", 60, "Hartley House", 2),
            new DemoSlot(
                    "Safeguarding Adults Team", Activity.AUDIT_WITH_PRACTITIONER, 2, "09:30", 90, "Civic Centre", 2),
            new DemoSlot("Safeguarding Adults Team", Activity.TEAM_MEETING, 0, "13:30", 60, "Civic Centre", 3));

    private final JdbcClient jdbc;
    private final PracticeWeeks weeks;
    private final VisitSlots slots;
    private final WeekVisitors visitors;
    private final Timetabling timetabling;

    PracticeWeekDemo(
            JdbcClient jdbc, PracticeWeeks weeks, VisitSlots slots, WeekVisitors visitors, Timetabling timetabling) {
        this.jdbc = jdbc;
        this.weeks = weeks;
        this.slots = slots;
        this.visitors = visitors;
        this.timetabling = timetabling;
    }

    /**
     * Loads both weeks. {@code notYetAnswered} is left without availability in the coming week, so the demo visitor
     * has something to do and the QA lead sees who has not answered.
     */
    @Transactional
    public void load(LocalDate today, Set<String> notYetAnswered) {
        var teams = jdbc
                .sql("select name, id from team")
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getLong(2)))
                .list()
                .stream()
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        var lastYear = today.minusYears(1).with(java.time.temporal.TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
        long past = week(lastYear, teams, Set.of(), 11);
        var solved = SolverFactory.<Timetable>create(TimetableSolverConfig.upTo(Duration.ofSeconds(2))
                        .withTerminationConfig(new TerminationConfig()
                                .withSpentLimit(Duration.ofSeconds(2))
                                .withUnimprovedSpentLimit(Duration.ofMillis(300))))
                .buildSolver()
                .solve(timetabling.problem(weeks.week(past).orElseThrow()));
        timetabling.keep(weeks.week(past).orElseThrow(), solved);
        var coming = today.plusWeeks(5).with(java.time.temporal.TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
        // Not over Christmas and New Year.
        while ((coming.getMonthValue() == 12 && coming.getDayOfMonth() > 17)
                || (coming.getMonthValue() == 1 && coming.getDayOfMonth() < 5)) {
            coming = coming.plusWeeks(1);
        }
        week(coming, teams, notYetAnswered, 22);
    }

    private long week(LocalDate monday, Map<String, Long> teams, Set<String> notYetAnswered, long seed) {
        var name = "Practice Week, " + monday.format(DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK));
        var teamIds = SLOTS.stream().map(s -> teams.get(s.team())).distinct().toList();
        var areas = jdbc.sql("select distinct service_area_id from team where id in (:ids)")
                .param("ids", teamIds)
                .query(Long.class)
                .list();
        long id = weeks.create(
                new PracticeWeeks.NewWeek(
                        name, monday, monday.plusDays(4), monday.minusWeeks(3), monday.minusWeeks(2), areas, teamIds),
                "qa.lead");
        var week = weeks.week(id).orElseThrow();
        for (var s : SLOTS) {
            slots.offer(
                    week,
                    new VisitSlots.Offer(
                            teams.get(s.team()),
                            s.activity(),
                            LocalDateTime.of(monday.plusDays(s.day()), LocalTime.parse(s.time())),
                            s.minutes(),
                            s.location(),
                            s.capacity(),
                            s.activity() == Activity.AUDIT_WITH_PRACTITIONER
                                    || s.activity() == Activity.CASE_DISCUSSION,
                            s.activity() == Activity.MEET_FAMILY,
                            s.activity() == Activity.MEET_FAMILY
                                    ? "The family has agreed to meet one visitor. Please do not take notes during the visit."
                                    : null),
                    "manager");
        }
        var candidates = visitors.candidates(id);
        visitors.add(id, candidates.stream().map(WeekVisitors.Candidate::userId).toList(), "qa.lead");
        var usernames = jdbc
                .sql("select id, username from user_account")
                .query((rs, n) -> Map.entry(rs.getLong(1), rs.getString(2)))
                .list()
                .stream()
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        var random = new SplittableRandom(seed);
        var activities = Activity.values();
        for (var v : visitors.ofWeek(id)) {
            if (notYetAnswered.contains(usernames.get(v.userId()))) {
                continue;
            }
            var free = new HashSet<WeekVisitors.HalfDay>();
            int halfDays = 3 + random.nextInt(4);
            for (int h = 0; h < halfDays; h++) {
                free.add(new WeekVisitors.HalfDay(monday.plusDays(random.nextInt(5)), random.nextBoolean()));
            }
            visitors.answer(
                    v.id(),
                    new WeekVisitors.Availability(
                            free,
                            2 + random.nextInt(3),
                            Set.of(areas.get(random.nextInt(areas.size()))),
                            Set.of(activities[random.nextInt(activities.length)])));
        }
        return id;
    }
}
