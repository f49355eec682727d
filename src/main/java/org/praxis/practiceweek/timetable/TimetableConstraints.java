package org.praxis.practiceweek.timetable;

import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.count;
import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.countDistinct;

import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import ai.timefold.solver.core.api.score.stream.ConstraintProvider;
import ai.timefold.solver.core.api.score.stream.Joiners;

/** The rules of a good Practice Week timetable, named as the QA lead would say them. */
public class TimetableConstraints implements ConstraintProvider {

    static final String NOT_FREE = "Visitor not free then";
    static final String CLASH = "Visits overlap or leave no time to travel";
    static final String NOT_CLEARED = "Case data without clearance";
    static final String OVER_MAXIMUM = "More visits than the visitor can do";
    static final String TEAM_NOT_VISITED = "Team with no visit";
    static final String NO_SENIOR_LEADER = "Team with no senior leader's visit";
    static final String PLACE_FILLED = "Place filled";
    static final String PREFERENCE = "Preference met";
    static final String ONE_SERVICE_AREA = "Visitor sees only one service area";
    static final String FAIR_SHARE = "Visits shared fairly";
    static final String NO_VISIT = "Visitor with no visit";

    @Override
    public Constraint[] defineConstraints(ConstraintFactory factory) {
        return new Constraint[] {
            notFree(factory),
            clash(factory),
            notCleared(factory),
            overMaximum(factory),
            teamNotVisited(factory),
            noSeniorLeader(factory),
            placeFilled(factory),
            preferenceMet(factory),
            oneServiceArea(factory),
            fairShare(factory),
            visitorWithNoVisit(factory)
        };
    }

    Constraint notFree(ConstraintFactory factory) {
        return factory.forEach(Place.class)
                .filter(p -> !p.getVisitor().freeOn(p.getSlot().halfDay()))
                .penalize(HardMediumSoftScore.ONE_HARD)
                .asConstraint(NOT_FREE);
    }

    Constraint clash(ConstraintFactory factory) {
        return factory.forEachUniquePair(
                        Place.class,
                        Joiners.equal(Place::getVisitor),
                        Joiners.overlapping(
                                p -> p.getSlot().startMinute() - Place.TRAVEL_MINUTES,
                                p -> p.getSlot().endMinute() + Place.TRAVEL_MINUTES))
                .filter((a, b) -> Place.clash(a.getSlot(), b.getSlot()))
                .penalize(HardMediumSoftScore.ONE_HARD)
                .asConstraint(CLASH);
    }

    Constraint notCleared(ConstraintFactory factory) {
        return factory.forEach(Place.class)
                .filter(p -> p.getSlot().caseData() && !p.getVisitor().cleared())
                .penalize(HardMediumSoftScore.ONE_HARD)
                .asConstraint(NOT_CLEARED);
    }

    Constraint overMaximum(ConstraintFactory factory) {
        return factory.forEach(Place.class)
                .groupBy(Place::getVisitor, count())
                .filter((visitor, visits) -> visits > visitor.maxVisits())
                .penalize(HardMediumSoftScore.ONE_HARD, (visitor, visits) -> visits - visitor.maxVisits())
                .asConstraint(OVER_MAXIMUM);
    }

    Constraint teamNotVisited(ConstraintFactory factory) {
        return factory.forEach(TimetableTeam.class)
                .ifNotExists(
                        Place.class,
                        Joiners.equal(TimetableTeam::id, p -> p.getSlot().teamId()))
                .penalize(HardMediumSoftScore.ofMedium(10))
                .asConstraint(TEAM_NOT_VISITED);
    }

    Constraint noSeniorLeader(ConstraintFactory factory) {
        return factory.forEach(TimetableTeam.class)
                .ifNotExists(
                        Place.class,
                        Joiners.equal(TimetableTeam::id, p -> p.getSlot().teamId()),
                        Joiners.filtering((team, place) -> place.getVisitor().seniorLeader()))
                .penalize(HardMediumSoftScore.ONE_MEDIUM)
                .asConstraint(NO_SENIOR_LEADER);
    }

    Constraint placeFilled(ConstraintFactory factory) {
        return factory.forEach(Place.class)
                .reward(HardMediumSoftScore.ofSoft(20))
                .asConstraint(PLACE_FILLED);
    }

    Constraint preferenceMet(ConstraintFactory factory) {
        return factory.forEach(Place.class)
                .filter(p -> prefers(p.getVisitor(), p.getSlot()) > 0)
                .reward(HardMediumSoftScore.ONE_SOFT, p -> prefers(p.getVisitor(), p.getSlot()))
                .asConstraint(PREFERENCE);
    }

    /** Three for a preferred service area, two for a preferred activity. */
    public static int prefers(TimetableVisitor visitor, TimetableSlot slot) {
        return (visitor.preferredServiceAreas().contains(slot.serviceAreaId()) ? 3 : 0)
                + (visitor.preferredActivities().contains(slot.activity()) ? 2 : 0);
    }

    Constraint oneServiceArea(ConstraintFactory factory) {
        return factory.forEach(Place.class)
                .groupBy(Place::getVisitor, countDistinct(p -> p.getSlot().serviceAreaId()), count())
                .filter((visitor, areas, visits) -> visits > 1 && areas == 1)
                .penalize(HardMediumSoftScore.ofSoft(10))
                .asConstraint(ONE_SERVICE_AREA);
    }

    Constraint fairShare(ConstraintFactory factory) {
        // The square of each visitor's visits: one more visit costs more the more they already have.
        return factory.forEach(Place.class)
                .groupBy(Place::getVisitor, count())
                .penalize(HardMediumSoftScore.ONE_SOFT, (visitor, visits) -> visits * visits)
                .asConstraint(FAIR_SHARE);
    }

    Constraint visitorWithNoVisit(ConstraintFactory factory) {
        return factory.forEach(TimetableVisitor.class)
                .filter(v -> v.maxVisits() > 0)
                .ifNotExists(Place.class, Joiners.equal(v -> v, Place::getVisitor))
                .penalize(HardMediumSoftScore.ofSoft(30))
                .asConstraint(NO_VISIT);
    }
}
