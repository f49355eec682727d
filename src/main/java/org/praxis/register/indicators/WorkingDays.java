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
    int between(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return -between(to, from);
        }
        long weekdays = weekdaysThrough(to) - weekdaysThrough(from);
        long bankHolidays = holidays.subSet(from, false, to, true).size();
        return Math.toIntExact(weekdays - bankHolidays);
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
