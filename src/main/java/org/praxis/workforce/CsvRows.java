package org.praxis.workforce;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.praxis.register.reading.ImportFile;
import org.praxis.register.reading.ImportLimits;
import org.praxis.register.reading.RejectedFile;
import org.praxis.register.reading.TableVisitor;
import org.praxis.register.reading.Tables;

/**
 * The first table of an HR or case-management export, read by the register's guarded readers: the first non-empty
 * row names the columns (in any order, under any of their usual names), and each later row is handed over by column.
 * Problems are collected by row and column; a file with any problem imports nothing (the callers' rule).
 */
final class CsvRows {

    /** A problem with one cell, or with the file (row 0). */
    record Problem(int row, String column, String value, String message) {

        public String where() {
            return row == 0 ? "The file" : "Row " + row + (column == null ? "" : ", " + column);
        }
    }

    /** A column: the heading the guide gives it, whether it must be there, and the names exports use for it. */
    record Column(String heading, boolean required, List<String> names) {

        static Column of(String heading, boolean required, String... names) {
            var all = new ArrayList<String>(List.of(names));
            all.add(key(heading));
            return new Column(heading, required, all);
        }
    }

    interface RowCheck {
        void row(int row, Map<Column, String> cells, List<Problem> problems);
    }

    static final int MAX_PROBLEMS = 500;
    private static final List<DateTimeFormatter> DATES = List.of(
            DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT));

    private CsvRows() {}

    /** Reads the file, calling the check for each row; the problems found (reading, headings, rows). */
    static List<Problem> read(ImportFile file, ImportLimits limits, int maxRows, List<Column> columns, RowCheck check) {
        var problems = new ArrayList<Problem>();
        var visitor = new Visitor(columns, check, problems, maxRows);
        try {
            new Tables(limits).read(file, visitor);
        } catch (RejectedFile e) {
            return List.of(new Problem(0, null, "", e.getMessage()));
        }
        if (!visitor.headed) {
            problems.add(new Problem(
                    0, null, "", file.displayName() + " is empty: the first row must be the column headings"));
        } else if (visitor.rows == 0 && problems.isEmpty()) {
            problems.add(new Problem(0, null, "", file.displayName() + " has headings but no rows under them"));
        }
        return problems;
    }

    static String key(String heading) {
        return heading.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }

    /** A date like 2026-03-27 or 27/03/2026 (as spreadsheets write them); null when it is not one. */
    static LocalDate date(String text) {
        for (var format : DATES) {
            try {
                return LocalDate.parse(text.strip(), format);
            } catch (DateTimeParseException e) {
                // the next format
            }
        }
        return null;
    }

    /** A number like 0.8 or 3.5; null when it is not one. */
    static BigDecimal number(String text) {
        try {
            return new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static String shorten(String value) {
        return value.length() > 80 ? value.substring(0, 80) + "…" : value;
    }

    private static final class Visitor implements TableVisitor {
        private final List<Column> columns;
        private final RowCheck check;
        private final List<Problem> problems;
        private final int maxRows;
        private final Map<Column, Integer> positions = new HashMap<>();
        private boolean first = true;
        private boolean headed;
        private boolean badHeadings;
        private int rows;

        Visitor(List<Column> columns, RowCheck check, List<Problem> problems, int maxRows) {
            this.columns = columns;
            this.check = check;
            this.problems = problems;
            this.maxRows = maxRows;
        }

        @Override
        public boolean startTable(String name) {
            boolean read = first;
            first = false;
            return read;
        }

        @Override
        public void row(int rowNumber, List<String> cells) {
            if (!headed) {
                headings(rowNumber, cells);
                return;
            }
            if (badHeadings || problems.size() >= MAX_PROBLEMS) {
                return;
            }
            if (++rows > maxRows) {
                if (rows == maxRows + 1) {
                    problems.add(new Problem(
                            rowNumber,
                            null,
                            "",
                            "The file has more than " + maxRows + " rows. Split it into smaller files."));
                }
                return;
            }
            var byColumn = new HashMap<Column, String>();
            for (var column : columns) {
                var i = positions.get(column);
                var cell = i == null || i >= cells.size() || cells.get(i) == null
                        ? ""
                        : cells.get(i).strip();
                byColumn.put(column, cell);
            }
            check.row(rowNumber, byColumn, problems);
        }

        private void headings(int rowNumber, List<String> cells) {
            headed = true;
            for (int i = 0; i < cells.size(); i++) {
                var name = cells.get(i) == null ? "" : key(cells.get(i));
                for (var column : columns) {
                    if (column.names().contains(name) && !positions.containsKey(column)) {
                        positions.put(column, i);
                    }
                }
            }
            for (var column : columns) {
                if (column.required() && !positions.containsKey(column)) {
                    problems.add(new Problem(
                            rowNumber, column.heading(), "", "The column “" + column.heading() + "” is missing"));
                    badHeadings = true;
                }
            }
        }

        @Override
        public void endTable() {}
    }
}
