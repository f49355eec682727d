package org.praxis.documents;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The period a composed report covers: a calendar quarter written as councils write it ("2026-Q3" is July to
 * September 2026). A report section gives its figures for this period and, for its trend, the quarters before.
 */
public record ReportPeriod(int year, int quarter) implements Comparable<ReportPeriod> {

    private static final Pattern WRITTEN = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM", Locale.UK);

    public ReportPeriod {
        if (quarter < 1 || quarter > 4) {
            throw new IllegalArgumentException("A quarter is 1 to 4, not " + quarter);
        }
    }

    /** The quarter as written ("2026-Q3"), refused with the expected form otherwise. */
    public static ReportPeriod parse(String written) {
        var m = WRITTEN.matcher(written == null ? "" : written.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException(
                    "Enter the quarter as year and quarter, for example 2026-Q3, not \"" + written + "\"");
        }
        return new ReportPeriod(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }

    /** The quarter a date falls in. */
    public static ReportPeriod containing(LocalDate date) {
        return new ReportPeriod(date.getYear(), (date.getMonthValue() - 1) / 3 + 1);
    }

    /** The last quarter that has ended on the given day. */
    public static ReportPeriod lastEndedBy(LocalDate today) {
        return containing(today).previous();
    }

    public LocalDate from() {
        return LocalDate.of(year, (quarter - 1) * 3 + 1, 1);
    }

    /** The last day of the quarter (inclusive). */
    public LocalDate to() {
        return from().plusMonths(3).minusDays(1);
    }

    public ReportPeriod previous() {
        return quarter == 1 ? new ReportPeriod(year - 1, 4) : new ReportPeriod(year, quarter - 1);
    }

    public ReportPeriod next() {
        return quarter == 4 ? new ReportPeriod(year + 1, 1) : new ReportPeriod(year, quarter + 1);
    }

    /** The same quarter a year before, for year-on-year readings. */
    public ReportPeriod yearBefore() {
        return new ReportPeriod(year - 1, quarter);
    }

    /** This quarter and the ones before it, oldest first: the points of a trend. */
    public java.util.List<ReportPeriod> lastQuarters(int count) {
        var quarters = new java.util.ArrayList<ReportPeriod>();
        var q = this;
        for (int i = 0; i < count; i++) {
            quarters.add(0, q);
            q = q.previous();
        }
        return quarters;
    }

    /** "2026-Q3", the form the command line and addresses use. */
    public String code() {
        return year + "-Q" + quarter;
    }

    /** "July to September 2026". */
    public String label() {
        return MONTH.format(from()) + " to " + MONTH.format(to()) + " " + year;
    }

    /** "Q3 2026", short, for chart axes. */
    public String shortLabel() {
        return "Q" + quarter + " " + year;
    }

    @Override
    public int compareTo(ReportPeriod other) {
        return year != other.year ? Integer.compare(year, other.year) : Integer.compare(quarter, other.quarter);
    }

    @Override
    public String toString() {
        return code();
    }
}
