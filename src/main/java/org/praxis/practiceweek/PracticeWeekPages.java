package org.praxis.practiceweek;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How Practice Week screens write days and times. */
final class PracticeWeekPages {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter SHORT_DAY = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.UK);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("h:mma", Locale.UK);

    static String day(LocalDate day) {
        return day.format(DAY);
    }

    static String shortDay(LocalDate day) {
        return day.format(SHORT_DAY);
    }

    /** "9:30am to 11am": GOV.UK style, lower-case, no ":00". */
    static String times(LocalDateTime start, LocalDateTime end) {
        return time(start) + " to " + time(end);
    }

    static String time(LocalDateTime at) {
        return at.format(TIME).toLowerCase(Locale.UK).replace(":00", "");
    }

    private PracticeWeekPages() {}
}
