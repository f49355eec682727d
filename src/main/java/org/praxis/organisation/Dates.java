package org.praxis.organisation;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;

/** Dates as GOV.UK shows them ("4 June 2025") and as spreadsheets send them (2025-06-04 or 04/06/2025). */
final class Dates {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter UK =
            DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(java.time.format.ResolverStyle.STRICT);

    static String shown(LocalDate date) {
        return SHOWN.format(date);
    }

    static Optional<LocalDate> parse(String text) {
        var t = Rules.tidy(text);
        try {
            return Optional.of(t.contains("/") ? LocalDate.parse(t, UK) : LocalDate.parse(t));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private Dates() {}
}
