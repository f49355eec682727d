package org.praxis.register.indicators;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collection;
import java.util.NavigableSet;
import java.util.TreeSet;

/** Counts working days: Monday to Friday, less the bank holidays Praxis holds. */
public final class WorkingDays {

    /** 5 January 1970 was a Monday. */
    private static final long A_MONDAY = LocalDate.of(1970, 1, 5).toEpochDay();

    private final NavigableSet<LocalDate> holidays = new TreeSet<>();

    /** Working days with these bank holidays (for a calendar read elsewhere, and for hand-worked tests). */
    public static WorkingDays of(Collection<LocalDate> bankHolidays) {
        return new WorkingDays(bankHolidays);
    }

    WorkingDays(Collection<LocalDate> bankHolidays) {
        for (var day : bankHolidays) {
            if (isWeekday(day)) {
                holidays.add(day);
            }
        }
    }

    /**
     * Working days after {@code from}, up to and including {@code to}: the statutory way of counting "within 45
     * working days of the start". A start on Friday and authorisation on Monday is 1 working day.
     */
    public int between(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return -between(to, from);
        }
        long weekdays = weekdaysThrough(to) - weekdaysThrough(from);
        long bankHolidays = holidays.subSet(from, false, to, true).size();
        return Math.toIntExact(weekdays - bankHolidays);
    }

    /**
     * The day {@code days} working days after {@code from} (the same day for 0): the day a statutory period counted
     * as above ends, so that {@code between(from, plus(from, n)) == n}.
     */
    public LocalDate plus(LocalDate from, int days) {
        if (days < 0) {
            throw new IllegalArgumentException("A period of working days cannot be negative");
        }
        var day = from;
        for (int left = days; left > 0; ) {
            day = day.plusDays(1);
            if (isWeekday(day) && !holidays.contains(day)) {
                left--;
            }
        }
        return day;
    }

    /** Weekdays from a fixed Monday up to and including this day. */
    private static long weekdaysThrough(LocalDate day) {
        long n = day.toEpochDay() - A_MONDAY;
        long weeks = Math.floorDiv(n, 7);
        long intoWeek = Math.floorMod(n, 7);
        return weeks * 5 + Math.min(intoWeek + 1, 5);
    }

    private static boolean isWeekday(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
    }
}
