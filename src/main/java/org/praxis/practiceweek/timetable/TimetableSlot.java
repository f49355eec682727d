package org.praxis.practiceweek.timetable;

/**
 * A visit slot as the timetable sees it. Times are minutes from midnight on the week's first day, so that overlap
 * checks are integer comparisons; {@code halfDay} is the day's index times two, plus one for the afternoon.
 */
public record TimetableSlot(
        long id,
        long teamId,
        long serviceAreaId,
        String activity,
        String location,
        int startMinute,
        int endMinute,
        int halfDay,
        boolean caseData) {

    /** A slot starting before noon is in the morning; the afternoon from noon. */
    public static int halfDayOf(int startMinute) {
        int day = startMinute / (24 * 60);
        return day * 2 + (startMinute % (24 * 60) >= 12 * 60 ? 1 : 0);
    }
}
