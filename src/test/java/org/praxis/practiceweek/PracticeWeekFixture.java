package org.praxis.practiceweek;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.praxis.identity.Accounts;
import org.praxis.organisation.OrganisationDirectory;
import org.springframework.context.ApplicationContext;

/**
 * Practice Weeks of a test's own (of this module or another), made through the module's services as the QA lead, a
 * manager and the visitors would. Each week has its own name and its own Monday, centuries away from the demo
 * council's weeks and from every other test's (the base is drawn once per run, so a database kept between runs does
 * not repeat it): no two tests share a week, and the week before one of them is the one the test made, if it made one.
 */
public final class PracticeWeekFixture {

    /** The demo manager's and practitioner's team. */
    static final String TEAM = "Child Protection Team East";

    static final String OTHER_TEAM = "MASH";

    private static final LocalDate BASE = LocalDate.of(2300, 1, 1)
            .with(java.time.temporal.TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY))
            .plusWeeks(ThreadLocalRandom.current().nextInt(100_000));
    private static final AtomicInteger WEEKS_MADE = new AtomicInteger();

    private final PracticeWeekSetup setup;
    private final PracticeWeeks weeks;
    private final VisitSlots slots;
    private final WeekVisitors visitors;
    private final OrganisationDirectory organisation;
    private final Accounts accounts;

    public PracticeWeekFixture(ApplicationContext context) {
        this.setup = context.getBean(PracticeWeekSetup.class);
        this.weeks = context.getBean(PracticeWeeks.class);
        this.slots = context.getBean(VisitSlots.class);
        this.visitors = context.getBean(WeekVisitors.class);
        this.organisation = context.getBean(OrganisationDirectory.class);
        this.accounts = context.getBean(Accounts.class);
    }

    /** Mondays no other week starts on, {@code count} of them one after another. */
    public static LocalDate freshMondays(int count) {
        return BASE.plusWeeks(WEEKS_MADE.getAndAdd(count));
    }

    long teamId(String name) {
        return organisation.teamByName(name).orElseThrow().id();
    }

    long userId(String username) {
        return accounts.idOf(username).orElseThrow();
    }

    /** A week on a fresh Monday. */
    public long week(String name) {
        return week(name, freshMondays(1));
    }

    /** A Monday-to-Friday week in which {@link #TEAM} and {@link #OTHER_TEAM} take part. */
    long week(String name, LocalDate monday) {
        var teams = List.of(teamId(TEAM), teamId(OTHER_TEAM));
        var areas = organisation.teams(teams).values().stream()
                .map(OrganisationDirectory.TeamSummary::serviceAreaId)
                .distinct()
                .toList();
        return setup.createWeek(name + " " + monday, monday, areas, teams, "qa.lead");
    }

    /** The teams taking part in the week. */
    java.util.List<Long> teamsIn(long week) {
        return weeks.teams(week).stream().map(PracticeWeeks.TeamTakingPart::id).toList();
    }

    /** The service areas the week was set up for. */
    java.util.List<Long> serviceAreasIn(long week) {
        return weeks.serviceAreas(week).stream()
                .map(o -> Long.valueOf(o.value()))
                .toList();
    }

    LocalDate monday(long week) {
        return weeks.week(week).orElseThrow().firstDay();
    }

    /** A slot offered by the team on the week's {@code day} (0 is Monday), at {@code time}, for 90 minutes. */
    long slot(long week, String team, Activity activity, int day, String time, int capacity, boolean caseData) {
        var startsAt = LocalDateTime.of(monday(week).plusDays(day), LocalTime.parse(time));
        var before = slots.ofWeek(week).stream().map(VisitSlots.Slot::id).toList();
        setup.offer(
                week,
                new VisitSlots.Offer(
                        teamId(team),
                        activity,
                        startsAt,
                        90,
                        "Civic Centre",
                        capacity,
                        caseData,
                        activity == Activity.MEET_FAMILY,
                        null),
                "qa.lead");
        return slots.ofWeek(week).stream()
                .map(VisitSlots.Slot::id)
                .filter(id -> !before.contains(id))
                .findFirst()
                .orElseThrow();
    }

    /** Asks the user to visit in the week; they have not said when they are free. Returns their week visitor id. */
    public long invite(long week, String username) {
        long user = userId(username);
        visitors.add(week, List.of(user), "qa.lead");
        return visitors.of(week, user).orElseThrow().id();
    }

    /** The visitor is free every half-day of the week, for up to {@code maxVisits} visits of any kind. */
    void freeAllWeek(long week, long weekVisitorId, int maxVisits) {
        var halfDays = new HashSet<WeekVisitors.HalfDay>();
        var monday = monday(week);
        for (int day = 0; day < 5; day++) {
            halfDays.add(new WeekVisitors.HalfDay(monday.plusDays(day), false));
            halfDays.add(new WeekVisitors.HalfDay(monday.plusDays(day), true));
        }
        var areas = new HashSet<Long>();
        weeks.teams(week).forEach(t -> areas.add(t.serviceAreaId()));
        visitors.answer(
                weekVisitorId, new WeekVisitors.Availability(halfDays, maxVisits, areas, Set.of(Activity.values())));
    }

    /** Builds and keeps the timetable at once, as the demo does. */
    void timetable(long week) {
        setup.buildTimetable(week, Duration.ofSeconds(2), Duration.ofMillis(300));
    }

    /**
     * A week with one slot of {@link #TEAM}'s on Monday morning, on which the timetable has placed the demo "leader";
     * the demo "visitor" is in the week but has not said when they are free, so visits nothing. Returns the week; the
     * slot is {@link #onlySlot}.
     */
    public long leaderVisitsTheTeam(String name, LocalDate monday) {
        long week = week(name, monday);
        slot(week, TEAM, Activity.TEAM_MEETING, 0, "10:00", 1, false);
        freeAllWeek(week, invite(week, "leader"), 2);
        invite(week, "visitor");
        timetable(week);
        return week;
    }

    /** Every visit of the week written up and sent, each suggesting an action that the QA lead accepts. */
    void recordEveryVisit(long week) {
        for (var visit : setup.visits(week)) {
            setup.record(
                    visit,
                    new PracticeWeekSetup.VisitNotes(
                            "A team meeting that began with a reflective case discussion.",
                            "Managers made clear decisions and recorded why.",
                            "Staff said supervision is sometimes cancelled.",
                            null,
                            null,
                            "supervision",
                            List.of("Protect monthly supervision in the team's diary")));
        }
        for (var suggestion : setup.suggestedActions(week)) {
            setup.accept(
                    week,
                    suggestion,
                    userId("qa.lead"),
                    monday(week).plusDays(4).plusWeeks(6));
        }
    }

    public long onlySlot(long week) {
        return slots.ofWeek(week).stream()
                .map(VisitSlots.Slot::id)
                .reduce((a, b) -> {
                    throw new IllegalStateException("more than one slot in week " + week);
                })
                .orElseThrow();
    }
}
