package org.praxis.practiceweek.timetable;

import ai.timefold.solver.core.api.domain.solution.PlanningEntityCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.PlanningScore;
import ai.timefold.solver.core.api.domain.solution.PlanningSolution;
import ai.timefold.solver.core.api.domain.solution.ProblemFactCollectionProperty;
import ai.timefold.solver.core.api.domain.valuerange.ValueRangeProvider;
import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import java.util.List;

/**
 * The week's timetable as a planning problem: visitors are placed on the places of the offered slots. Hard: nobody
 * where they are not free, overlapping or without time to travel, on case data without clearance, or beyond their
 * maximum. Medium: every team taking part visited, and by a senior leader. Soft: places filled, preferences met,
 * visitors seeing more than one service area, visits shared fairly.
 */
@PlanningSolution
public class Timetable {

    @ProblemFactCollectionProperty
    private List<TimetableTeam> teams;

    @ProblemFactCollectionProperty
    @ValueRangeProvider
    private List<TimetableVisitor> visitors;

    @PlanningEntityCollectionProperty
    private List<Place> places;

    @PlanningScore
    private HardMediumSoftScore score;

    public Timetable() {}

    public Timetable(List<TimetableTeam> teams, List<TimetableVisitor> visitors, List<Place> places) {
        this.teams = teams;
        this.visitors = visitors;
        this.places = places;
    }

    public List<TimetableTeam> getTeams() {
        return teams;
    }

    public List<TimetableVisitor> getVisitors() {
        return visitors;
    }

    public List<Place> getPlaces() {
        return places;
    }

    public HardMediumSoftScore getScore() {
        return score;
    }

    public void setScore(HardMediumSoftScore score) {
        this.score = score;
    }
}
