package org.praxis.governance;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates as the committee papers write them: "12 March 2027". */
final class Dates {

    private static final DateTimeFormatter WORDS = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    static String words(LocalDate date) {
        return date == null ? "" : WORDS.format(date);
    }

    private Dates() {}
}
