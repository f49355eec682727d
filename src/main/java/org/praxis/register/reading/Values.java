package org.praxis.register.reading;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Reads cell values as case management systems and Excel actually write them. */
public final class Values {

    /** Excel's day 0: serial numbers count days from here (its 1900 leap-year bug makes this 30 December). */
    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);

    private static final Set<String> BLANKS = Set.of("#n/a", "#null!", "#value!", "#ref!", "n/a", "null", "-");
    private static final Pattern CODE_PREFIX = Pattern.compile("^[a-z]{1,2}\\)\\s*", Pattern.CASE_INSENSITIVE);
    private static final Pattern SERIAL = Pattern.compile("\\d{1,7}(\\.\\d+)?");
    private static final Pattern TIME_PART = Pattern.compile("[ T]\\d{1,2}:\\d{2}(:\\d{2}(\\.\\d+)?)?Z?$");

    private static final List<DateTimeFormatter> DATE_FORMATS = List.of(
            strict("d/M/uuuu"),
            strict("uuuu-M-d"),
            strict("d-M-uuuu"),
            strict("d.M.uuuu"),
            strict("d-MMM-uuuu"),
            strict("d MMM uuuu"),
            strict("d MMMM uuuu"),
            strict("uuuu/M/d"));

    private static DateTimeFormatter strict(String pattern) {
        return new DateTimeFormatterBuilder()
                .parseCaseInsensitive()
                .appendPattern(pattern)
                .toFormatter(Locale.UK)
                .withResolverStyle(ResolverStyle.STRICT);
    }

    /** Non-breaking and repeated spaces become one space; the ends are trimmed. */
    public static String tidy(String text) {
        if (text == null) {
            return "";
        }
        if (isTidy(text)) {
            return text;
        }
        var out = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean isSpace =
                    Character.isWhitespace(c) || c == '\u00A0' || c == '\u2007' || c == '\u202F' || c == '\uFEFF';
            if (isSpace) {
                space = !out.isEmpty();
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Most cells are tidy already: then the text itself is kept (a million rows read a few million cells). */
    private static boolean isTidy(String text) {
        boolean space = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ' ') {
                if (space) {
                    return false;
                }
                space = true;
            } else if (c < 128 ? Character.isWhitespace(c) : !isPlainNonSpace(c)) {
                return false;
            } else {
                space = false;
            }
        }
        return !space || text.isEmpty();
    }

    private static boolean isPlainNonSpace(char c) {
        return !Character.isWhitespace(c) && c != '\u00A0' && c != '\u2007' && c != '\u202F' && c != '\uFEFF';
    }

    /** The longest of the blanks: longer text is never one. */
    private static final int LONGEST_BLANK = 7;

    /** The tidied value, or empty for blanks and spreadsheet error markers such as #N/A. */
    public static String text(String raw) {
        var tidy = tidy(raw);
        return tidy.length() <= LONGEST_BLANK && BLANKS.contains(tidy.toLowerCase(Locale.ROOT)) ? "" : tidy;
    }

    /** "a) Male" and "Male" are the same code: Ofsted's template prefixes codes with a letter. */
    public static String code(String raw) {
        var text = text(raw);
        int bracket = text.indexOf(')');
        // The prefix is one or two letters and a bracket: without a bracket there, there is nothing to take off.
        return bracket == 1 || bracket == 2 ? CODE_PREFIX.matcher(text).replaceFirst("") : text;
    }

    /** A yes/no answer: true, false, or null when blank or unreadable. */
    public static Boolean yesNo(String raw) {
        return switch (code(raw).toLowerCase(Locale.ROOT)) {
            case "y", "yes", "true", "1" -> Boolean.TRUE;
            case "n", "no", "false", "0" -> Boolean.FALSE;
            default -> null;
        };
    }

    /** A parsed value, or the reason it could not be read. */
    public record Parsed<T>(T value, String problem) {
        public static <T> Parsed<T> of(T value) {
            return new Parsed<>(value, null);
        }

        static <T> Parsed<T> problem(String problem) {
            return new Parsed<>(null, problem);
        }

        public boolean ok() {
            return problem == null;
        }
    }

    /** An Excel serial number, DD/MM/YYYY, ISO or a written-out date; an impossible date is a problem. */
    public static Parsed<LocalDate> date(String raw) {
        var text = text(raw);
        if (text.isEmpty()) {
            return Parsed.of(null);
        }
        var written = dayMonthYear(text);
        if (written != null) {
            return written;
        }
        if (SERIAL.matcher(text).matches()) {
            var serial = new BigDecimal(text).intValue();
            if (serial < 1 || serial > 2_958_465) {
                return Parsed.problem("is not a date");
            }
            return Parsed.of(EXCEL_EPOCH.plusDays(serial));
        }
        var withoutTime = TIME_PART.matcher(text).replaceFirst("");
        String reason = "is not a date: use DD/MM/YYYY";
        for (var format : DATE_FORMATS) {
            try {
                return Parsed.of(LocalDate.parse(withoutTime, format));
            } catch (DateTimeException e) {
                if (looksLike(format, withoutTime)) {
                    reason = "is not a real date";
                }
            }
        }
        return Parsed.problem(reason);
    }

    /**
     * The two shapes nearly every file uses, read without the formatters (the same answers, a good deal faster): a
     * whole serial number, and DD/MM/YYYY. Null for any other shape.
     */
    private static Parsed<LocalDate> dayMonthYear(String text) {
        int n = text.length();
        if (n <= 7 && allDigits(text, 0, n)) {
            int serial = Integer.parseInt(text);
            return serial < 1 || serial > 2_958_465
                    ? Parsed.problem("is not a date")
                    : Parsed.of(EXCEL_EPOCH.plusDays(serial));
        }
        int first = text.indexOf('/');
        int second = text.indexOf('/', first + 1);
        if (first < 1 || first > 2 || second - first < 2 || second - first > 3 || n - second != 5) {
            return null;
        }
        if (!allDigits(text, 0, first) || !allDigits(text, first + 1, second) || !allDigits(text, second + 1, n)) {
            return null;
        }
        try {
            return Parsed.of(LocalDate.of(
                    Integer.parseInt(text, second + 1, n, 10),
                    Integer.parseInt(text, first + 1, second, 10),
                    Integer.parseInt(text, 0, first, 10)));
        } catch (DateTimeException e) {
            return Parsed.problem("is not a real date");
        }
    }

    private static boolean allDigits(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return to > from;
    }

    /** 31/02/2025 has the shape of a date but no such day: say so rather than "not a date". */
    private static boolean looksLike(DateTimeFormatter format, String text) {
        try {
            format.withResolverStyle(ResolverStyle.LENIENT).parse(text);
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }

    /** A whole number of zero or more ("3" or Excel's "3.0"). */
    public static Parsed<Integer> count(String raw) {
        var text = text(raw);
        if (text.isEmpty()) {
            return Parsed.of(null);
        }
        try {
            var number = new BigDecimal(text.replace(",", ""));
            if (number.signum() < 0) {
                return Parsed.problem("cannot be negative");
            }
            if (number.stripTrailingZeros().scale() > 0) {
                return Parsed.problem("must be a whole number");
            }
            if (number.compareTo(BigDecimal.valueOf(100_000)) > 0) {
                return Parsed.problem("is too large");
            }
            return Parsed.of(number.intValueExact());
        } catch (NumberFormatException | ArithmeticException e) {
            return Parsed.problem("is not a number");
        }
    }

    /** An age in years as Annex A states it: whole, or fractional as Ofsted's template works it out (6.138...). */
    public static Parsed<BigDecimal> age(String raw) {
        var text = text(raw);
        if (text.isEmpty()) {
            return Parsed.of(null);
        }
        try {
            var number = new BigDecimal(text.replace(",", ""));
            if (number.compareTo(BigDecimal.valueOf(-1)) < 0 || number.compareTo(BigDecimal.valueOf(130)) > 0) {
                return Parsed.problem("is not an age in years (from -1 for an unborn child to 130)");
            }
            return Parsed.of(number);
        } catch (NumberFormatException e) {
            return Parsed.problem("is not a number");
        }
    }

    private Values() {}
}
