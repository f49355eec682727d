package org.praxis.register.imports;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.praxis.register.CaseType;
import org.praxis.register.reading.Headings;
import org.praxis.register.reading.RejectedFile;
import org.praxis.register.reading.Values;

/**
 * An adults' case list (one CSV from Mosaic, LAS, Liquidlogic or a spreadsheet) read through a column mapping the
 * QA lead chose once: which column holds the case reference, the team, the worker, the case type and the dates.
 */
public final class AdultCaseList implements CaseListReader {

    /** The file's headings for each thing Praxis keeps; null when the file has no such column. */
    public record Mapping(
            String name,
            String caseReference,
            String team,
            String worker,
            String caseType,
            String startDate,
            String lastReview,
            String gender,
            String ethnicity,
            String disability,
            String dateOfBirth) {

        /** Field label → heading, in screen order. */
        public Map<String, String> byField() {
            var fields = new java.util.LinkedHashMap<String, String>();
            fields.put("Case reference", caseReference);
            fields.put("Team", team);
            fields.put("Worker", worker);
            fields.put("Case type", caseType);
            fields.put("Start date", startDate);
            fields.put("Last review date", lastReview);
            fields.put("Gender", gender);
            fields.put("Ethnicity", ethnicity);
            fields.put("Disability", disability);
            fields.put("Date of birth", dateOfBirth);
            return fields;
        }
    }

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final String LIST = "Adults' case list";
    private static final String TYPES = Arrays.stream(CaseType.values())
            .filter(CaseType::adults)
            .map(CaseType::label)
            .collect(Collectors.joining(", "));

    private final Mapping mapping;
    private final LocalDate asAt;
    private final RegisterWriter writer;
    private final ProblemReport problems;
    private final ImportProgress progress;
    private final List<String> ignored = new ArrayList<>();
    private final Map<String, Integer> firstRow = new HashMap<>();
    private Map<String, Integer> columns;
    private String tableName;
    private int rowsRead;
    private int rowsImported;
    private int problemRows;

    AdultCaseList(
            Mapping mapping, LocalDate asAt, RegisterWriter writer, ProblemReport problems, ImportProgress progress) {
        this.mapping = mapping;
        this.asAt = asAt;
        this.writer = writer;
        this.problems = problems;
        this.progress = progress;
    }

    @Override
    public boolean startTable(String name) {
        if (tableName != null) {
            throw new RejectedFile("Import one adults' case list at a time: " + name + " is a second file.");
        }
        tableName = name;
        return true;
    }

    @Override
    public void row(int rowNumber, List<String> cells) {
        if (columns == null) {
            headings(cells);
            return;
        }
        rowsRead++;
        read(rowNumber, cells);
        progress.rows(LIST, rowsRead);
    }

    private void headings(List<String> cells) {
        columns = new HashMap<>();
        var keys = new HashMap<String, Integer>();
        for (int i = 0; i < cells.size(); i++) {
            keys.putIfAbsent(Headings.key(cells.get(i)), i);
        }
        var used = new java.util.HashSet<Integer>();
        for (var field : mapping.byField().entrySet()) {
            if (field.getValue() == null || field.getValue().isBlank()) {
                continue;
            }
            var index = keys.get(Headings.key(field.getValue()));
            if (index == null) {
                throw new RejectedFile("The file has no column “" + field.getValue() + "”, which the mapping “"
                        + mapping.name() + "” uses for the " + field.getKey().toLowerCase(java.util.Locale.UK)
                        + ". Choose the columns again.");
            }
            columns.put(field.getKey(), index);
            used.add(index);
        }
        for (int i = 0; i < cells.size(); i++) {
            if (!used.contains(i) && !Values.tidy(cells.get(i)).isEmpty()) {
                ignored.add(LIST + ": “" + Values.tidy(cells.get(i)) + "”");
            }
        }
    }

    private String cell(List<String> cells, String field) {
        var index = columns.get(field);
        return index == null || index >= cells.size() ? "" : cells.get(index);
    }

    private void read(int rowNumber, List<String> cells) {
        var rowProblems = new ArrayList<ImportRuns.RowProblem>();
        var reference = Values.text(cell(cells, "Case reference"));
        if (reference.isEmpty()) {
            rowProblems.add(problem(rowNumber, "Case reference", "", "is missing: every row needs the case reference"));
        } else if (reference.length() > 64) {
            rowProblems.add(problem(rowNumber, "Case reference", reference, "is longer than 64 characters"));
        } else {
            var first = firstRow.putIfAbsent(reference, rowNumber);
            if (first != null) {
                rowProblems.add(problem(
                        rowNumber, "Case reference", reference, "appears more than once (first on row " + first + ")"));
            }
        }
        var typeText = Values.code(cell(cells, "Case type"));
        var type = CaseType.parse(typeText).filter(CaseType::adults);
        if (type.isEmpty()) {
            rowProblems.add(problem(
                    rowNumber,
                    "Case type",
                    typeText,
                    typeText.isEmpty() ? "is missing" : "is not a case type Praxis knows; use one of " + TYPES));
        }
        var start = date(rowNumber, cells, "Start date", rowProblems);
        var review = date(rowNumber, cells, "Last review date", rowProblems);
        var birth = date(rowNumber, cells, "Date of birth", rowProblems);
        if (start != null && review != null && review.isBefore(start)) {
            rowProblems.add(problem(
                    rowNumber,
                    "Last review date",
                    review.format(SHOWN),
                    "is before the start date (" + start.format(SHOWN) + ")"));
        }
        for (var field : List.of("Team", "Worker", "Gender", "Ethnicity", "Disability")) {
            int longest = LONGEST.get(field);
            var value = field.equals("Team") || field.equals("Worker")
                    ? Values.text(cell(cells, field))
                    : Values.code(cell(cells, field));
            if (value != null && value.length() > longest) {
                rowProblems.add(problem(
                        rowNumber,
                        field,
                        value,
                        "is longer than " + longest + " characters, more than Praxis keeps for it (it is not cut"
                                + " short: check the column)"));
            }
        }
        problems.rowHad(rowProblems);
        if (!rowProblems.isEmpty()) {
            problemRows++;
            return;
        }
        writer.add(new Episode(
                reference,
                0,
                type.get(),
                rowNumber,
                start,
                null,
                null,
                review,
                null,
                null,
                null,
                Values.text(cell(cells, "Team")),
                Values.text(cell(cells, "Worker")),
                null,
                true,
                new Episode.Person(
                        Values.code(cell(cells, "Gender")),
                        Values.code(cell(cells, "Ethnicity")),
                        Values.code(cell(cells, "Disability")),
                        null,
                        birth,
                        null)));
        rowsImported++;
    }

    private LocalDate date(int rowNumber, List<String> cells, String field, List<ImportRuns.RowProblem> rowProblems) {
        var raw = cell(cells, field);
        var parsed = Values.date(raw);
        if (!parsed.ok()) {
            rowProblems.add(problem(rowNumber, field, raw, parsed.problem()));
            return null;
        }
        if (parsed.value() != null
                && !field.equals("Date of birth")
                && parsed.value().isAfter(asAt)) {
            rowProblems.add(problem(rowNumber, field, raw, "is after the as-at date (" + asAt.format(SHOWN) + ")"));
            return null;
        }
        return parsed.value();
    }

    /** The longest value each field keeps (as the Annex A columns): what does not fit is a problem, not cut short. */
    private static final Map<String, Integer> LONGEST =
            Map.of("Team", 200, "Worker", 200, "Gender", 60, "Ethnicity", 120, "Disability", 60);

    private ImportRuns.RowProblem problem(int rowNumber, String field, String value, String problem) {
        var heading = mapping.byField().get(field);
        return new ImportRuns.RowProblem(
                LIST, rowNumber, heading == null ? field : heading, Values.tidy(value), problem);
    }

    @Override
    public void endTable() {
        if (columns == null) {
            throw new RejectedFile(tableName + " is empty: it needs a heading row and a row per case.");
        }
        progress.done(LIST, rowsRead, problemRows);
    }

    @Override
    public void checkComplete() {
        if (tableName == null) {
            throw new RejectedFile("Choose the adults' case list to import.");
        }
    }

    @Override
    public int rowsRead() {
        return rowsRead;
    }

    @Override
    public int rowsImported() {
        return rowsImported;
    }

    @Override
    public List<String> ignored() {
        return ignored;
    }

    @Override
    public String note() {
        return "";
    }
}
