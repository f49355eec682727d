package org.praxis.web;

import java.util.Arrays;

/**
 * Reading what people typed once it passed its checks (the checks are annotations on the form records:
 * {@link MaxLength}, {@link WholeNumber}, {@link OneOf}, {@link RealDate}), and the filters' ids and choices.
 */
public final class FormValues {

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
