package org.praxis.training;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates and times as the training pages say them: "3 March 2026", "3 March 2026, 9:30am". */
final class Dates {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("h:mma", Locale.UK);

    static String day(LocalDate date) {
        return date == null ? "" : DAY.format(date);
    }

    static String dayAndTime(LocalDateTime at) {
        return at == null ? "" : DAY.format(at) + ", " + TIME.format(at).toLowerCase(Locale.UK);
    }

    private Dates() {}
}
