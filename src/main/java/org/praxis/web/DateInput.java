package org.praxis.web;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.validation.Errors;

/** What was typed into a GOV.UK date input (day, month, year), before it is known to be a date. */
public record DateInput(String day, String month, String year) {

    public static DateInput of(LocalDate date) {
        return date == null
                ? new DateInput("", "", "")
                : new DateInput(
                        String.valueOf(date.getDayOfMonth()),
                        String.valueOf(date.getMonthValue()),
                        String.valueOf(date.getYear()));
    }

    public boolean isBlank() {
        return blank(day) && blank(month) && blank(year);
    }

    /** As {@link #toDate}, for a form whose date fields were not sent at all (the input is then null). */
    public static Optional<LocalDate> read(DateInput input, String field, String label, Errors errors) {
        return input == null ? Optional.empty() : input.toDate(field, label, errors);
    }

    /**
     * The date, or empty if nothing was entered; a problem is recorded against the field (with GOV.UK's
     * wording) when something was entered that is not a real date.
     */
    public Optional<LocalDate> toDate(String field, String label, Errors errors) {
        if (isBlank()) {
            return Optional.empty();
        }
        if (blank(day) || blank(month) || blank(year)) {
            errors.rejectValue(field, "date.incomplete", label + " must include a day, month and year");
            return Optional.empty();
        }
        try {
            int y = Integer.parseInt(year.strip());
            if (year.strip().length() != 4) {
                errors.rejectValue(field, "date.year", "Year must include 4 numbers");
                return Optional.empty();
            }
            return Optional.of(LocalDate.of(y, Integer.parseInt(month.strip()), Integer.parseInt(day.strip())));
        } catch (NumberFormatException | DateTimeException e) {
            errors.rejectValue(field, "date.invalid", label + " must be a real date");
            return Optional.empty();
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
