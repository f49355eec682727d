package org.praxis.learning;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.praxis.register.reading.ImportFile;
import org.praxis.register.reading.ImportLimits;
import org.praxis.register.reading.RejectedFile;
import org.praxis.register.reading.TableVisitor;
import org.praxis.register.reading.Tables;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A review's recommendations from a spreadsheet or CSV file (reviews arrive as documents with numbered lists, which
 * people paste into a sheet): the first sheet, a heading row naming the number and the recommendation (and,
 * optionally, the number of the finding it follows from). Every row is checked first; if any is wrong, every problem
 * is listed by row and column and nothing is imported.
 */
@Service
class RecommendationImport {

    static final int MOST_ROWS = 2_000;

    /** A problem with one cell (or the file, with row 0). */
    record Problem(int row, String column, String message) {

        public String where() {
            return row == 0 ? "The file" : "Row " + row + (column == null ? "" : ", " + column);
        }
    }

    record Outcome(int imported, List<Problem> problems) {

        boolean done() {
            return problems.isEmpty();
        }
    }

    private static final Map<String, String> HEADINGS = Map.ofEntries(
            Map.entry("number", "number"),
            Map.entry("no", "number"),
            Map.entry("no.", "number"),
            Map.entry("ref", "number"),
            Map.entry("reference", "number"),
            Map.entry("recommendation number", "number"),
            Map.entry("#", "number"),
            Map.entry("recommendation", "text"),
            Map.entry("recommendations", "text"),
            Map.entry("text", "text"),
            Map.entry("recommendation text", "text"),
            Map.entry("finding", "finding"),
            Map.entry("finding number", "finding"),
            Map.entry("learning point", "finding"));

    private final Reviews reviews;
    private final ImportLimits limits;

    RecommendationImport(Reviews reviews, ImportLimits limits) {
        this.reviews = reviews;
        this.limits = limits;
    }

    @Transactional
    Outcome importInto(long reviewId, ImportFile file, String username) {
        var findings = new HashMap<String, Long>();
        reviews.findings(reviewId).forEach(f -> findings.put(String.valueOf(f.position()), f.id()));
        var rows = new ArrayList<Reviews.NewRecommendation>();
        var problems = new ArrayList<Problem>();
        try {
            new Tables(limits).read(file, new Reader(reviewId, findings, rows, problems));
        } catch (RejectedFile e) {
            return new Outcome(0, List.of(new Problem(0, null, e.getMessage())));
        }
        if (problems.isEmpty() && rows.isEmpty()) {
            problems.add(
                    new Problem(0, null, file.displayName() + " has a heading row but no recommendations under it"));
        }
        if (!problems.isEmpty()) {
            return new Outcome(0, problems);
        }
        reviews.addRecommendations(reviewId, rows, username);
        return new Outcome(rows.size(), List.of());
    }

    /** Reads the first table: its first non-empty row is the headings. */
    private final class Reader implements TableVisitor {
        private final long reviewId;
        private final Map<String, Long> findings;
        private final List<Reviews.NewRecommendation> rows;
        private final List<Problem> problems;
        private final Map<String, Integer> columns = new HashMap<>();
        private final java.util.Set<String> numbers = new HashSet<>();
        private boolean first = true;
        private boolean headed;
        private boolean badHeadings;

        Reader(
                long reviewId,
                Map<String, Long> findings,
                List<Reviews.NewRecommendation> rows,
                List<Problem> problems) {
            this.reviewId = reviewId;
            this.findings = findings;
            this.rows = rows;
            this.problems = problems;
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
                heading(rowNumber, cells);
                return;
            }
            if (badHeadings) {
                return;
            }
            if (rows.size() + problems.size() >= MOST_ROWS) {
                if (rows.size() + problems.size() == MOST_ROWS) {
                    problems.add(new Problem(
                            rowNumber, null, "A review's file may hold at most " + MOST_ROWS + " recommendations"));
                }
                return;
            }
            var number = cell(cells, "number");
            var text = cell(cells, "text");
            var finding = cell(cells, "finding");
            int before = problems.size();
            if (number.isEmpty()) {
                problems.add(new Problem(
                        rowNumber, "Number", "Enter the recommendation's number, as the review numbers it"));
            } else if (number.length() > 20) {
                problems.add(new Problem(rowNumber, "Number", "The number must be 20 characters or fewer"));
            } else if (!numbers.add(number.toUpperCase(Locale.ROOT))) {
                problems.add(new Problem(rowNumber, "Number", "Recommendation " + number + " is in the file twice"));
            } else if (reviews.numberTaken(reviewId, number)) {
                problems.add(new Problem(
                        rowNumber, "Number", "Recommendation " + number + " is already recorded for this review"));
            }
            if (text.isEmpty()) {
                problems.add(new Problem(rowNumber, "Recommendation", "Enter the recommendation"));
            } else if (text.length() > 4000) {
                problems.add(new Problem(
                        rowNumber, "Recommendation", "The recommendation must be 4,000 characters or fewer"));
            }
            Long findingId = null;
            if (!finding.isEmpty()) {
                findingId = findings.get(finding.replaceFirst("\\.0$", ""));
                if (findingId == null) {
                    problems.add(new Problem(
                            rowNumber,
                            "Finding",
                            "This review has no finding " + finding
                                    + (findings.isEmpty()
                                            ? ": it has no findings yet"
                                            : " (its findings are numbered 1 to " + findings.size() + ")")));
                }
            }
            if (problems.size() == before) {
                rows.add(new Reviews.NewRecommendation(number, text, findingId));
            }
        }

        private void heading(int rowNumber, List<String> cells) {
            for (int i = 0; i < cells.size(); i++) {
                var name = HEADINGS.get(
                        cells.get(i) == null ? "" : cells.get(i).strip().toLowerCase(Locale.ROOT));
                if (name != null) {
                    columns.putIfAbsent(name, i);
                }
            }
            if (!columns.containsKey("number") || !columns.containsKey("text")) {
                problems.add(new Problem(
                        rowNumber,
                        null,
                        "The first row must be the headings, with a column called \u201cNumber\u201d and one called"
                                + " \u201cRecommendation\u201d (and, if you like, \u201cFinding\u201d)"));
                badHeadings = true;
            }
            headed = true;
        }

        private String cell(List<String> cells, String column) {
            var i = columns.get(column);
            if (i == null || i >= cells.size() || cells.get(i) == null) {
                return "";
            }
            return cells.get(i).strip();
        }

        @Override
        public void endTable() {}
    }
}
