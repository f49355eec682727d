package org.praxis.practiceweek.timetable;

import java.util.Set;

/**
 * A visitor as the timetable sees it: the half-days they are free (bit {@code halfDay} of {@code freeHalfDays}), how
 * many visits they can do, whether they may see identifiable case data, whether they are a senior leader, and what
 * they would like to see.
 */
public record TimetableVisitor(
        long id,
        String name,
        boolean seniorLeader,
        boolean cleared,
        int maxVisits,
        long freeHalfDays,
        Set<Long> preferredServiceAreas,
        Set<String> preferredActivities) {

    public boolean freeOn(int halfDay) {
        return halfDay >= 0 && halfDay < 64 && (freeHalfDays & (1L << halfDay)) != 0;
    }

    public boolean mayTake(TimetableSlot slot) {
        return freeOn(slot.halfDay()) && (cleared || !slot.caseData());
    }

    @Override
    public String toString() {
        return name;
    }
}
