package org.praxis.organisation;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** Checks shared by the staff and visitor forms and the staff CSV import, so both say the same thing. */
final class Rules {

    static final int MAX_NAME = 200;
    static final int MAX_EMAIL = 254;
    static final int MAX_ORGANISATION = 200;
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");

    /** Trims, turns non-breaking spaces into spaces and collapses runs of spaces. */
    static String tidy(String s) {
        return s == null ? "" : s.replace('\u00a0', ' ').strip().replaceAll(" {2,}", " ");
    }

    static Optional<String> nameProblem(String name, String what) {
        var n = tidy(name);
        if (n.isEmpty()) {
            return Optional.of("Enter " + what);
        }
        if (n.length() > MAX_NAME) {
            return Optional.of(capitalise(what) + " must be " + MAX_NAME + " characters or fewer");
        }
        if (CONTROL.matcher(n).find()) {
            return Optional.of(capitalise(what) + " must not contain control characters");
        }
        return Optional.empty();
    }

    static Optional<String> emailProblem(String email, boolean required) {
        var e = tidy(email);
        if (e.isEmpty()) {
            return required ? Optional.of("Enter a work email address") : Optional.empty();
        }
        if (e.length() > MAX_EMAIL) {
            return Optional.of("Email address must be " + MAX_EMAIL + " characters or fewer");
        }
        if (!EMAIL.matcher(e).matches()) {
            return Optional.of("Enter an email address in the correct format, like name@example.gov.uk");
        }
        return Optional.empty();
    }

    static String normaliseEmail(String email) {
        return tidy(email).toLowerCase(Locale.ROOT);
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private Rules() {}
}
