package org.praxis.web;

import java.util.Arrays;
import org.springframework.validation.Errors;

/** The checks forms make of what people type: present when needed, within its limit, one of the choices. */
public final class FormValues {

    public static void required(Errors errors, String field, String value, int max, String what) {
        if (value == null || value.isBlank()) {
            errors.rejectValue(field, field, "Enter " + what);
        } else {
            limit(errors, field, value, max, what);
        }
    }

    public static void optional(Errors errors, String field, String value, int max, String what) {
        if (value != null) {
            limit(errors, field, value, max, what);
        }
    }

    private static void limit(Errors errors, String field, String value, int max, String what) {
        if (value.strip().length() > max) {
            errors.rejectValue(
                    field,
                    field,
                    Character.toUpperCase(what.charAt(0)) + what.substring(1) + " must be "
                            + String.format("%,d", max) + " characters or fewer (it has "
                            + String.format("%,d", value.strip().length()) + ")");
        }
    }

    public static <E extends Enum<E>> E parse(Class<E> type, String name) {
        return name == null
                ? null
                : Arrays.stream(type.getEnumConstants())
                        .filter(e -> e.name().equals(name))
                        .findFirst()
                        .orElse(null);
    }

    public static Long id(String text) {
        if (text == null || text.isBlank() || text.length() > 18) {
            return null;
        }
        try {
            long id = Long.parseLong(text.strip());
            return id > 0 ? id : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /**
     * A whole number between {@code min} and {@code max}, or null when left empty or wrong (the error then names
     * the field and says what is wrong).
     */
    public static Integer wholeNumber(Errors errors, String field, String text, int min, int max, String what) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            int value = Integer.parseInt(text.strip());
            if (value < min || value > max) {
                errors.rejectValue(field, field, what + " must be between " + min + " and " + max);
                return null;
            }
            return value;
        } catch (NumberFormatException e) {
            errors.rejectValue(
                    field, field, what + " must be a whole number, like " + Math.max(min, Math.min(max, 10)));
            return null;
        }
    }

    /** A whole number that passed {@link WholeNumber}, or null when nothing (or not a number) was typed. */
    public static Integer number(String text) {
        try {
            return blank(text) ? null : Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** True when nothing but spaces was typed. */
    public static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    /** What was typed without surrounding spaces, or null when nothing was. */
    public static String tidy(String text) {
        return blank(text) ? null : text.strip();
    }

    private FormValues() {}
}
