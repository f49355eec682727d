package org.praxis.register.imports;

import java.time.LocalDate;
import java.util.Arrays;

/**
 * Rows in PostgreSQL's {@code COPY ... FROM STDIN} text format, as UTF-8 bytes: a tab between columns, a newline
 * after each row, {@code \N} for null, and a backslash before each backslash, tab, newline and carriage return in a
 * value (the characters the format would otherwise read as structure). Everything else, quotes and semicolons
 * included, is written as it is.
 */
final class CopyText {

    private byte[] bytes = new byte[1 << 16];
    private int length;
    private boolean firstColumn = true;

    /** A value written exactly as given; null is null. */
    CopyText text(String value) {
        if (value == null) {
            return nullValue();
        }
        separate();
        ensure(value.length() * 3 + 2);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> escaped('\\');
                case '\t' -> escaped('t');
                case '\n' -> escaped('n');
                case '\r' -> escaped('r');
                default -> {
                    if (c < 0x80) {
                        bytes[length++] = (byte) c;
                    } else if (c < 0x800) {
                        bytes[length++] = (byte) (0xC0 | (c >> 6));
                        bytes[length++] = (byte) (0x80 | (c & 0x3F));
                    } else if (Character.isHighSurrogate(c)
                            && i + 1 < value.length()
                            && Character.isLowSurrogate(value.charAt(i + 1))) {
                        int point = Character.toCodePoint(c, value.charAt(++i));
                        bytes[length++] = (byte) (0xF0 | (point >> 18));
                        bytes[length++] = (byte) (0x80 | ((point >> 12) & 0x3F));
                        bytes[length++] = (byte) (0x80 | ((point >> 6) & 0x3F));
                        bytes[length++] = (byte) (0x80 | (point & 0x3F));
                    } else if (Character.isSurrogate(c)) {
                        // Half a pair is not a character: '?' as Java's own UTF-8 encoder (and so the driver) writes
                        // it.
                        bytes[length++] = '?';
                    } else {
                        bytes[length++] = (byte) (0xE0 | (c >> 12));
                        bytes[length++] = (byte) (0x80 | ((c >> 6) & 0x3F));
                        bytes[length++] = (byte) (0x80 | (c & 0x3F));
                    }
                }
            }
        }
        return this;
    }

    /** Text as the register keeps it: blank is null, as the batched inserts store it. */
    CopyText blankAsNull(String value) {
        return text(value == null || value.isEmpty() ? null : value);
    }

    CopyText number(long value) {
        return plain(Long.toString(value));
    }

    CopyText number(Integer value) {
        return value == null ? nullValue() : number(value.longValue());
    }

    CopyText number(Long value) {
        return value == null ? nullValue() : number(value.longValue());
    }

    CopyText bool(boolean value) {
        return plain(value ? "t" : "f");
    }

    /** ISO dates, which PostgreSQL reads whatever its DateStyle; years past 9999 without Java's leading '+'. */
    CopyText date(LocalDate value) {
        if (value == null) {
            return nullValue();
        }
        int year = value.getYear();
        if (year < 1) {
            return plain(pad(1 - year) + "-" + two(value.getMonthValue()) + "-" + two(value.getDayOfMonth()) + " BC");
        }
        return plain(pad(year) + "-" + two(value.getMonthValue()) + "-" + two(value.getDayOfMonth()));
    }

    CopyText endRow() {
        ensure(1);
        bytes[length++] = '\n';
        firstColumn = true;
        return this;
    }

    int length() {
        return length;
    }

    byte[] bytes() {
        return bytes;
    }

    /** Empties the buffer once its rows are sent. */
    void clear() {
        length = 0;
        firstColumn = true;
    }

    private CopyText nullValue() {
        separate();
        ensure(2);
        bytes[length++] = '\\';
        bytes[length++] = 'N';
        return this;
    }

    private CopyText plain(String ascii) {
        separate();
        ensure(ascii.length());
        for (int i = 0; i < ascii.length(); i++) {
            bytes[length++] = (byte) ascii.charAt(i);
        }
        return this;
    }

    private void escaped(char c) {
        bytes[length++] = '\\';
        bytes[length++] = (byte) c;
    }

    private void separate() {
        if (!firstColumn) {
            ensure(1);
            bytes[length++] = '\t';
        }
        firstColumn = false;
    }

    private void ensure(int more) {
        if (length + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + more));
        }
    }

    private static String pad(int year) {
        var digits = Integer.toString(year);
        return digits.length() >= 4 ? digits : "0".repeat(4 - digits.length()) + digits;
    }

    private static String two(int n) {
        return n < 10 ? "0" + n : Integer.toString(n);
    }
}
