package org.praxis.practiceweek.timetable;

import static org.assertj.core.api.Assertions.assertThat;

import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The timetable's rules on small weeks whose right answer can be worked out by hand. */
class TimetableSolverTest {

    // Monday 7 June 2027: half-day 0 is Monday morning, 3 is Tuesday afternoon.
    private static final LocalDate MONDAY = LocalDate.of(2027, 6, 7);
    private static final long ALL_WEEK = (1L << 10) - 1;

    private static TimetableSlot slot(long id, long team, int day, int hour, boolean caseData, String location) {
        int start = day * 24 * 60 + hour * 60;
        return new TimetableSlot(
                id, team, team, "TEAM_MEETING", location, start, start + 90, TimetableSlot.halfDayOf(start), caseData);
    }

    private static TimetableVisitor visitor(long id, boolean senior, boolean cleared, int max, long free) {
        return new TimetableVisitor(id, "Visitor " + id, senior, cleared, max, free, Set.of(), Set.of());
    }

    private static List<Place> places(TimetableSlot... slots) {
        var places = new ArrayList<Place>();
        for (var slot : slots) {
            places.add(new Place(slot, 0, null, false));
        }
        return places;
    }

    private static Timetable solve(Timetable problem) {
        var config = TimetableSolverConfig.upTo(Duration.ofSeconds(10))
                .withTerminationConfig(new TerminationConfig()
                        .withSpentLimit(Duration.ofSeconds(10))
                        .withUnimprovedSpentLimit(Duration.ofMillis(700)));
        return SolverFactory.<Timetable>create(config).buildSolver().solve(problem);
    }

    private static List<TimetableTeam> teams(int n) {
        var teams = new ArrayList<TimetableTeam>();
        for (int t = 1; t <= n; t++) {
            teams.add(new TimetableTeam(t, "Team " + t, t));
        }
        return teams;
    }

    @Test
    void everyTeamIsVisitedWithoutBreakingARule() {
        var problem = new Timetable(
                teams(3),
                List.of(
                        visitor(1, true, true, 2, ALL_WEEK),
                        visitor(2, true, false, 2, 1L << 2),
                        visitor(3, false, true, 1, 1L)),
                places(
                        slot(1, 1, 0, 9, true, "MASH"),
                        slot(2, 2, 1, 9, false, "Edge of care"),
                        slot(3, 3, 0, 10, false, "Reablement"),
                        slot(4, 3, 2, 14, false, "Reablement")));
        var solved = solve(problem);

        assertThat(solved.getScore().hardScore()).isZero();
        assertThat(solved.getScore().mediumScore())
                .as("every team visited, and by a senior leader")
                .isZero();
        for (var place : solved.getPlaces()) {
            if (place.getVisitor() != null) {
                assertThat(place.getVisitor().freeOn(place.getSlot().halfDay())).isTrue();
                assertThat(!place.getSlot().caseData() || place.getVisitor().cleared())
                        .isTrue();
            }
        }
        assertThat(new TimetableExplanation(solved, MONDAY).sentences()).isEmpty();
    }

    @Test
    void overlappingVisitsAndTravelTimeAreRespected() {
        // Monday 9:00-10:30 in one place and 10:45 in another: 15 minutes is not enough to travel.
        var first = slot(1, 1, 0, 9, false, "Civic Centre");
        int start = 10 * 60 + 45;
        var second = new TimetableSlot(2, 2, 2, "TEAM_MEETING", "Hub", start, start + 60, 0, false);
        var solved =
                solve(new Timetable(teams(2), List.of(visitor(1, true, true, 5, ALL_WEEK)), places(first, second)));

        assertThat(solved.getScore().hardScore()).isZero();
        assertThat(solved.getPlaces().stream().filter(p -> p.getVisitor() != null))
                .hasSize(1);
        assertThat(new TimetableExplanation(solved, MONDAY).sentences())
                .containsExactly("1 team has no visit: the visitors free when they offered slots were needed elsewhere"
                        + " or had reached their maximum.");
    }

    @Test
    void aTeamNobodyCanReachIsExplainedNotAnError() {
        var reachable = slot(1, 1, 0, 9, false, "MASH");
        var tuesdayAfternoon = slot(2, 2, 1, 14, false, "Fostering");
        var caseData = slot(3, 3, 0, 11, true, "Safeguarding");
        var solved = solve(new Timetable(
                teams(4),
                List.of(visitor(1, true, false, 3, 1L), visitor(2, false, false, 3, 0)),
                places(reachable, tuesdayAfternoon, caseData)));

        assertThat(solved.getScore().hardScore()).isZero();
        assertThat(new TimetableExplanation(solved, MONDAY).sentences())
                .containsExactlyInAnyOrder(
                        "1 team has no visit: no visitor who may take their slots is free on Tuesday afternoon.",
                        "1 team has no visit: no visitor who may take their slots is free on Monday morning.",
                        "1 team has no visit: they offered no slots.",
                        "1 visitor has no visit: they gave no time when they are free.");
    }

    @Test
    void pinnedPlacesKeepTheirVisitorAndWhatThatBreaksIsSaid() {
        var tired = visitor(1, true, true, 1, 1L);
        var spare = visitor(2, true, true, 1, ALL_WEEK);
        var slot = slot(1, 1, 1, 14, false, "MASH");
        var pinned = new Place(slot, 0, tired, true);
        var solved = solve(new Timetable(teams(1), List.of(tired, spare), List.of(pinned)));

        assertThat(solved.getPlaces().getFirst().getVisitor()).isEqualTo(tired);
        assertThat(solved.getScore().hardScore()).isEqualTo(-1);
        assertThat(new TimetableExplanation(solved, MONDAY).sentences())
                .contains("Visitor 1 is booked on Tuesday afternoon but is not free then (pinned).");
    }

    @Test
    void aVisitorDoesNoMoreThanTheirMaximumAndVisitsAreShared() {
        var slots = new ArrayList<TimetableSlot>();
        for (int day = 0; day < 4; day++) {
            slots.add(slot(day + 1, day + 1, day, 9, false, "Office"));
        }
        var solved = solve(new Timetable(
                teams(4),
                List.of(visitor(1, true, true, 2, ALL_WEEK), visitor(2, true, true, 2, ALL_WEEK)),
                places(slots.toArray(TimetableSlot[]::new))));

        assertThat(solved.getScore().hardScore()).isZero();
        var counts = solved.getPlaces().stream()
                .filter(p -> p.getVisitor() != null)
                .collect(java.util.stream.Collectors.groupingBy(
                        p -> p.getVisitor().id(), java.util.stream.Collectors.counting()));
        assertThat(counts).containsEntry(1L, 2L).containsEntry(2L, 2L);
    }

    @Test
    void aTeamSeenOnlyByOthersIsToldItHadNoSeniorLeader() {
        var slot = slot(1, 1, 0, 9, false, "MASH");
        var solved = solve(new Timetable(
                teams(1),
                List.of(visitor(1, false, true, 2, ALL_WEEK), visitor(2, true, true, 2, 1L << 5)),
                places(slot)));

        assertThat(solved.getPlaces().getFirst().getVisitor().id()).isEqualTo(1L);
        assertThat(new TimetableExplanation(solved, MONDAY).sentences())
                .containsExactly(
                        "1 team has no visit from a senior leader: no senior leader who may take their slots is free"
                                + " on Monday morning.",
                        "1 visitor has no visit: no slot they may take is offered when they are free.");
    }
}
