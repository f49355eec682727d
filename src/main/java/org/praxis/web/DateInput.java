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

    /**
     * The date, or empty if nothing was entered; a problem is recorded against the field (with GOV.UK's
     * wording) when something was entered that is not a real date.
     */
    public Optional<LocalDate> toDate(String field, String label, Errors errors) {
        var problem = problem(label);
        if (problem.isPresent()) {
            errors.rejectValue(field, "date", problem.get());
            return Optional.empty();
        }
        return date();
    }

    /** The date, or empty when nothing was entered or it is not a real date. */
    public Optional<LocalDate> date() {
        if (isBlank()
                || blank(day)
                || blank(month)
                || blank(year)
                || year.strip().length() != 4) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(
                    Integer.parseInt(year.strip()), Integer.parseInt(month.strip()), Integer.parseInt(day.strip())));
        } catch (NumberFormatException | DateTimeException e) {
            return Optional.empty();
        }
    }

    /**
     * What is wrong with what was typed, in GOV.UK's wording, or empty when it is a real date or nothing at all
     * ({@link RealDate} says whether nothing is allowed).
     *
     * @param label what the date is, as it starts a sentence: "Due date"
     */
    public Optional<String> problem(String label) {
        if (isBlank()) {
            return Optional.empty();
        }
        if (blank(day) || blank(month) || blank(year)) {
            return Optional.of(label + " must include a day, month and year");
        }
        if (year.strip().chars().allMatch(Character::isDigit) && year.strip().length() != 4) {
            return Optional.of("Year must include 4 numbers");
        }
        return date().isPresent() ? Optional.empty() : Optional.of(label + " must be a real date");
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
