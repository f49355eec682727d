package org.praxis.workforce;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Days and shares as the pages write them: "27 March 2026", "85%". */
final class Dates {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK);

    static String day(LocalDate day, String none) {
        return day == null ? none : DAY.format(day);
    }

    static String percent(Double share) {
        return share == null ? "–" : Math.round(share * 100) + "%";
    }

    private Dates() {}
}
