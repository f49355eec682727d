package org.praxis.register.imports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.praxis.register.CaseType;
import org.praxis.register.imports.AnnexA.Column;
import org.praxis.register.imports.AnnexA.ListSpec;
import org.praxis.register.imports.AnnexA.Role;
import org.praxis.register.reading.Headings;
import org.praxis.register.reading.RejectedFile;
import org.praxis.register.reading.Values;

/**
 * Reads Annex A tables (workbook sheets or CSV files) into episodes: finds the heading row under any title rows,
 * matches headings however they are written, checks every row, and passes good rows to the writer. A row with a
 * problem is never written; whether the import goes on is the caller's choice.
 */
public final class AnnexATable implements CaseListReader {

    private static final java.time.Period PREGNANCY = java.time.Period.ofWeeks(40);

    private static final int HEADING_SEARCH_ROWS = 10;
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final LocalDate asAt;
    private final RegisterWriter writer;
    private final ProblemReport problems;
    private final ImportProgress progress;
    private final Map<Integer, String> listsSeen = new LinkedHashMap<>();
    private final List<String> ignored = new ArrayList<>();
    private final List<Integer> notProvided = new ArrayList<>();
    private final boolean allowMissingLists;
    private int rowsRead;
    private int rowsImported;
    private int adopters;

    // The table being read.
    private String tableName;
    private ListSpec spec;
    private boolean identifiedByName;
    private Column[] columnAt;
    /** Whether this list's file has a date of birth column (a blank cell in it is then reported). */
    private boolean givesBirth;

    private String[] headingAt;
    private int rowsSeen;
    private int listRows;
    private int listProblemRows;
    private final Map<String, Integer> firstRowOfChild = new HashMap<>();
    private final Set<String> childAndStart = new HashSet<>();
    /** Each child's date of birth as first given, with the list it was given in (epoch day * 16 + list number). */
    private final Map<String, Long> birthGiven = new HashMap<>();

    AnnexATable(
            LocalDate asAt,
            RegisterWriter writer,
            ProblemReport problems,
            ImportProgress progress,
            boolean allowMissingLists) {
        this.allowMissingLists = allowMissingLists;
        this.asAt = asAt;
        this.writer = writer;
        this.problems = problems;
        this.progress = progress;
    }

    @Override
    public boolean startTable(String name) {
        tableName = name;
        var identified = AnnexA.identify(name);
        spec = identified.orElse(null);
        identifiedByName = identified.isPresent();
        columnAt = null;
        headingAt = null;
        rowsSeen = 0;
        listRows = 0;
        listProblemRows = 0;
        firstRowOfChild.clear();
        childAndStart.clear();
        return true;
    }

    @Override
    public void row(int rowNumber, List<String> cells) {
        if (columnAt == null) {
            findHeadings(rowNumber, cells);
            return;
        }
        rowsRead++;
        listRows++;
        readRow(rowNumber, cells);
        progress.rows(spec.name(), listRows);
    }

    @Override
    public void endTable() {
        if (columnAt == null) {
            if (identifiedByName) {
                throw new RejectedFile(where() + " has no heading row: Praxis looked for “"
                        + spec.columns().getFirst().heading() + "” in its first " + HEADING_SEARCH_ROWS + " rows.");
            }
            ignored.add("“" + tableName + "” (not an Annex A list)");
            return;
        }
        progress.done(spec.name(), listRows, listProblemRows);
    }

    private String where() {
        return "“" + tableName + "”" + (spec == null ? "" : " (" + spec.name() + ")");
    }

    private void findHeadings(int rowNumber, List<String> cells) {
        if (++rowsSeen > HEADING_SEARCH_ROWS) {
            return;
        }
        var keys = cells.stream().map(Headings::key).toList();
        var pivot = cells.stream().filter(AnnexATable::isPivotHeading).findFirst();
        if (pivot.isPresent() && spec != null) {
            throw new RejectedFile(where() + " is a pivot table (it has “" + Values.tidy(pivot.get())
                    + "”), a summary of the list rather than the list itself. Export the list's rows, one row per"
                    + " child or episode, as your case management system gives them.");
        }
        boolean isHeading = AnnexA.LISTS.stream()
                .map(l -> l.columns().getFirst())
                .anyMatch(id -> keys.stream().anyMatch(id::matches));
        if (!isHeading) {
            if (spec == null) {
                // A title row such as "List 3: Referral" names the list when the sheet or file name does not.
                spec = cells.stream()
                        .map(AnnexA::identify)
                        .flatMap(java.util.Optional::stream)
                        .findFirst()
                        .orElse(null);
            }
            return;
        }
        if (spec == null) {
            spec = bestMatch(keys);
        }
        if (listsSeen.containsKey(spec.number())) {
            throw new RejectedFile(spec.name() + " appears twice: in “" + listsSeen.get(spec.number()) + "” and in “"
                    + tableName + "”. Keep one and import again.");
        }
        listsSeen.put(spec.number(), tableName);
        columnAt = new Column[cells.size()];
        headingAt = new String[cells.size()];
        var found = new HashSet<Role>();
        var used = new HashSet<Column>();
        for (int i = 0; i < cells.size(); i++) {
            var heading = Values.tidy(cells.get(i));
            headingAt[i] = heading;
            if (heading.isEmpty()) {
                continue;
            }
            var key = keys.get(i);
            var column = spec.columns().stream()
                    .filter(c -> c.matches(key) && !used.contains(c))
                    .findFirst()
                    .orElse(null);
            if (column == null) {
                ignored.add(spec.name() + ": “" + heading + "”");
            } else {
                used.add(column);
                found.add(column.role());
                columnAt[i] = column;
            }
        }
        givesBirth = found.contains(Role.DATE_OF_BIRTH);
        for (var column : spec.columns()) {
            if (column.required() && !used.contains(column)) {
                throw new RejectedFile(spec.name() + " in “" + tableName + "” has no “" + column.heading()
                        + "” column (heading row " + rowNumber + "). Add the column, even if some cells are blank.");
            }
        }
    }

    /** Excel's pivot tables head their columns "Row Labels", "Sum of ...", "Count of ..." and end in "Grand Total". */
    private static boolean isPivotHeading(String cell) {
        var key = Headings.key(cell);
        return key.equals("row labels")
                || key.equals("grand total")
                || key.startsWith("sum ")
                || key.startsWith("count ")
                || key.startsWith("average ");
    }

    /** A CSV file named neither by its name nor a title row: the list whose headings it matches best. */
    private ListSpec bestMatch(List<String> keys) {
        ListSpec best = null;
        int bestScore = 0;
        boolean tie = false;
        for (var list : AnnexA.LISTS) {
            int score = (int) list.columns().stream()
                    .filter(c -> keys.stream().anyMatch(c::matches))
                    .count();
            if (score > bestScore) {
                best = list;
                bestScore = score;
                tie = false;
            } else if (score == bestScore) {
                tie = true;
            }
        }
        if (best == null || tie) {
            throw new RejectedFile("Praxis cannot tell which Annex A list “" + tableName
                    + "” holds. Name the file after its list (like “List_3.csv”) or keep Ofsted's title row.");
        }
        return best;
    }

    private void readRow(int rowNumber, List<String> cells) {
        var rowProblems = new ArrayList<ImportRuns.RowProblem>();
        var values = new EnumMap<Role, Object>(Role.class);
        var details = new StringBuilder();
        String reference = null;
        BigDecimal statedAge = null;
        int statedAgeColumn = -1;
        String statedAgeRaw = null;
        for (int i = 0; i < columnAt.length; i++) {
            var column = columnAt[i];
            if (column == null) {
                continue;
            }
            var raw = i < cells.size() ? cells.get(i) : "";
            if (column.role() == Role.CHILD_ID) {
                reference = Values.text(raw);
                if (reference.isEmpty()) {
                    rowProblems.add(problem(rowNumber, i, raw, "is missing: every row needs the child's unique ID"));
                } else if (reference.length() > 64) {
                    rowProblems.add(problem(rowNumber, i, raw, "is longer than 64 characters"));
                }
            } else if (column.isDate()) {
                var parsed = Values.date(raw);
                if (!parsed.ok()) {
                    rowProblems.add(problem(rowNumber, i, raw, parsed.problem()));
                } else if (parsed.value() != null) {
                    var date = parsed.value();
                    if (column.role() != Role.DATE_OF_BIRTH && date.isAfter(asAt)) {
                        rowProblems.add(
                                problem(rowNumber, i, raw, "is after the as-at date (" + asAt.format(SHOWN) + ")"));
                    } else if (date.getYear() < 1900) {
                        rowProblems.add(problem(rowNumber, i, raw, "is before 1900"));
                    }
                    put(values, details, column, date);
                }
            } else if (column.role() == Role.AGE) {
                // Read as a number (Ofsted's template works ages out to fractions; -1 is an unborn child); the age
                // that counts is worked out from the date of birth, in checkAge.
                var parsed = Values.age(raw);
                if (!parsed.ok()) {
                    rowProblems.add(problem(rowNumber, i, raw, parsed.problem()));
                } else if (parsed.value() != null) {
                    statedAge = parsed.value();
                    statedAgeColumn = i;
                    statedAgeRaw = raw;
                }
            } else if (column.isNumber()) {
                var parsed = Values.count(raw);
                if (!parsed.ok()) {
                    rowProblems.add(problem(rowNumber, i, raw, parsed.problem()));
                } else if (parsed.value() != null) {
                    put(values, details, column, parsed.value());
                }
            } else if (column.role() != Role.DROPPED) {
                var text = column.role() == Role.TEAM || column.role() == Role.WORKER
                        ? Values.text(raw)
                        : Values.code(raw);
                if (!text.isEmpty()) {
                    put(values, details, column, text);
                }
            }
        }
        checkDates(rowNumber, values, rowProblems);
        checkStartGiven(rowNumber, values, rowProblems);
        checkBirthGiven(rowNumber, values, statedAge, rowProblems);
        checkLengths(rowNumber, values, details, rowProblems);
        if (statedAge != null) {
            checkAge(rowNumber, values, statedAge, statedAgeColumn, statedAgeRaw);
        }
        if (reference != null && !reference.isEmpty()) {
            checkBirthAcrossLists(rowNumber, reference, (LocalDate) values.get(Role.DATE_OF_BIRTH));
            checkDuplicate(rowNumber, reference, (LocalDate) values.get(Role.START_DATE), rowProblems);
        }
        problems.rowHad(rowProblems);
        if (!rowProblems.isEmpty()) {
            listProblemRows++;
            return;
        }
        if (spec.isAdopters()) {
            // Adopters are people approved to adopt, not cases: counted so nothing is dropped unseen.
            adopters++;
            rowsImported++;
            return;
        }
        var start = (LocalDate) values.get(Role.START_DATE);
        var end = (LocalDate) values.get(Role.END_DATE);
        writer.add(new Episode(
                reference,
                spec.number(),
                spec.caseType(),
                rowNumber,
                start,
                end,
                (LocalDate) values.get(Role.CONFERENCE_DATE),
                (LocalDate) values.get(Role.LAST_VISIT_DATE),
                (Integer) values.get(Role.REFERRALS_IN_12_MONTHS),
                (Integer) values.get(Role.PREVIOUS_PLANS),
                (Integer) values.get(Role.PLACEMENTS_IN_12_MONTHS),
                (String) values.getOrDefault(Role.TEAM, ""),
                (String) values.getOrDefault(Role.WORKER, ""),
                details.toString(),
                isOpen(end),
                new Episode.Person(
                        (String) values.get(Role.GENDER),
                        (String) values.get(Role.ETHNICITY),
                        (String) values.get(Role.DISABILITY),
                        (String) values.get(Role.UASC),
                        (LocalDate) values.get(Role.DATE_OF_BIRTH),
                        (Integer) values.get(Role.AGE))));
        rowsImported++;
    }

    /** Contacts, referrals and section 47 enquiries are events; the other lists are open until they end. */
    private boolean isOpen(LocalDate end) {
        return switch (spec.caseType()) {
            case CONTACT, REFERRAL, SECTION_47 -> false;
            default -> end == null;
        };
    }

    private void put(Map<Role, Object> values, StringBuilder details, Column column, Object value) {
        switch (column.role()) {
            case DETAIL, DETAIL_DATE, DETAIL_NUMBER ->
                details.append(column.heading())
                        .append(": ")
                        .append(value instanceof LocalDate date ? date.format(SHOWN) : value)
                        .append('\n');
            default -> values.put(column.role(), value);
        }
    }

    /** The same child with another date of birth in another list is a warning: one of the two is wrong. */
    private void checkBirthAcrossLists(int rowNumber, String reference, LocalDate birth) {
        if (birth == null) {
            return;
        }
        long given = birth.toEpochDay() * 16 + spec.number();
        var first = birthGiven.putIfAbsent(reference, given);
        if (first != null && first / 16 != birth.toEpochDay()) {
            problems.warned(new ImportRuns.RowProblem(
                    spec.name(),
                    rowNumber,
                    headingOf(Role.DATE_OF_BIRTH),
                    birth.format(SHOWN),
                    "Warning: List " + (first % 16) + " gives this child's date of birth as "
                            + LocalDate.ofEpochDay(first / 16).format(SHOWN) + "; one of them is wrong",
                    true));
        }
    }

    /**
     * The age that counts is the one the date of birth gives on the as-at date; a stated age is only checked against
     * it, and one that differs by more than a year is a warning (the row is still imported).
     */
    private void checkAge(int rowNumber, Map<Role, Object> values, BigDecimal stated, int column, String raw) {
        var birth = (LocalDate) values.get(Role.DATE_OF_BIRTH);
        if (birth == null) {
            values.put(
                    Role.AGE, stated.setScale(0, java.math.RoundingMode.FLOOR).intValue());
            return;
        }
        boolean unborn = birth.isAfter(asAt);
        values.put(Role.AGE, unborn ? -1 : java.time.Period.between(birth, asAt).getYears());
        double exact = unborn ? -1 : ChronoUnit.DAYS.between(birth, asAt) / 365.25;
        if (Math.abs(stated.doubleValue() - exact) > 1) {
            problems.warned(new ImportRuns.RowProblem(
                    spec.name(),
                    rowNumber,
                    headingAt[column],
                    Values.tidy(raw),
                    "Warning: differs by more than a year from the age the date of birth gives ("
                            + (exact < 0 ? "unborn" : String.format("%.1f", exact))
                            + "); the age from the date of birth is used",
                    true));
        }
    }

    /**
     * A blank start date (a merged cell, or a formula cell saved without its value) would make a case with no
     * start, silently: it is a problem, naming the list, row and column.
     */
    private void checkStartGiven(int rowNumber, Map<Role, Object> values, List<ImportRuns.RowProblem> rowProblems) {
        if (spec.column(Role.START_DATE).isEmpty() || spec.isAdopters() || values.get(Role.START_DATE) != null) {
            return;
        }
        var heading = headingOf(Role.START_DATE);
        if (rowProblems.stream().noneMatch(p -> p.column().equals(heading))) {
            rowProblems.add(problemAt(rowNumber, Role.START_DATE, "", "is blank: every row needs its " + heading));
        }
    }

    /**
     * A blank date of birth is never passed over in silence. Ofsted's guidance leaves it blank for an unborn child
     * without an expected date (age -1), which is fine; with an age given, the row is imported with that age and a
     * warning; with neither, nothing tells the child's age, so the row is a problem (merged cells, or formula cells
     * saved without their values, leave such blanks).
     */
    private void checkBirthGiven(
            int rowNumber, Map<Role, Object> values, BigDecimal statedAge, List<ImportRuns.RowProblem> rowProblems) {
        if (!givesBirth || values.get(Role.DATE_OF_BIRTH) != null || spec.isAdopters()) {
            return;
        }
        var heading = headingOf(Role.DATE_OF_BIRTH);
        if (rowProblems.stream().anyMatch(p -> p.column().equals(heading))) {
            return;
        }
        if (statedAge == null) {
            rowProblems.add(problemAt(
                    rowNumber,
                    Role.DATE_OF_BIRTH,
                    "",
                    "is blank, and so is the age: give the child's date of birth (or, for an unborn child, age -1)"));
        } else if (statedAge.signum() >= 0) {
            problems.warned(new ImportRuns.RowProblem(
                    spec.name(),
                    rowNumber,
                    heading,
                    "",
                    "Warning: is blank; the age given ("
                            + statedAge.stripTrailingZeros().toPlainString() + ") is used",
                    true));
        }
    }

    /** The longest value each column keeps: what does not fit is a problem, never cut short. */
    static final Map<Role, Integer> LONGEST = Map.of(
            Role.TEAM, 200, Role.WORKER, 200, Role.GENDER, 60, Role.ETHNICITY, 120, Role.DISABILITY, 60, Role.UASC, 20);

    /** The row's other columns, kept together as its details. */
    static final int LONGEST_DETAILS = 100_000;

    private void checkLengths(
            int rowNumber, Map<Role, Object> values, StringBuilder details, List<ImportRuns.RowProblem> rowProblems) {
        LONGEST.forEach((role, longest) -> {
            if (values.get(role) instanceof String value && value.length() > longest) {
                rowProblems.add(problemAt(
                        rowNumber,
                        role,
                        value,
                        "is longer than " + longest + " characters, more than Praxis keeps for it (it is not cut"
                                + " short: check the column)"));
            }
        });
        if (details.length() > LONGEST_DETAILS) {
            rowProblems.add(new ImportRuns.RowProblem(
                    spec.name(),
                    rowNumber,
                    "",
                    "",
                    "has more than " + String.format("%,d", LONGEST_DETAILS)
                            + " characters in its other columns, more than Praxis keeps for a row"));
        }
    }

    private void checkDates(int rowNumber, Map<Role, Object> values, List<ImportRuns.RowProblem> rowProblems) {
        var birth = (LocalDate) values.get(Role.DATE_OF_BIRTH);
        var start = (LocalDate) values.get(Role.START_DATE);
        var end = (LocalDate) values.get(Role.END_DATE);
        var conference = (LocalDate) values.get(Role.CONFERENCE_DATE);
        // Pre-birth work (an assessment or a plan for an unborn child) starts during the pregnancy: only a start
        // earlier than a pregnancy's length before the birth is wrong.
        if (birth != null && start != null && start.isBefore(birth.minus(PREGNANCY))) {
            rowProblems.add(problemAt(
                    rowNumber,
                    Role.START_DATE,
                    start,
                    "is more than 40 weeks before the date of birth (" + birth.format(SHOWN)
                            + "): pre-birth work starts during the pregnancy"));
        }
        if (start != null && end != null && end.isBefore(start)) {
            rowProblems.add(
                    problemAt(rowNumber, Role.END_DATE, end, "is before the start date (" + start.format(SHOWN) + ")"));
        }
        if (start != null && conference != null && conference.isBefore(start)) {
            rowProblems.add(problemAt(
                    rowNumber,
                    Role.CONFERENCE_DATE,
                    conference,
                    "is before the strategy discussion (" + start.format(SHOWN) + ")"));
        }
    }

    private void checkDuplicate(
            int rowNumber, String reference, LocalDate start, List<ImportRuns.RowProblem> rowProblems) {
        var idColumn = spec.columns().getFirst();
        if (spec.oneRowPerChild()) {
            var first = firstRowOfChild.putIfAbsent(reference, rowNumber);
            if (first != null) {
                rowProblems.add(problemAt(
                        rowNumber,
                        Role.CHILD_ID,
                        reference,
                        "appears more than once in "
                                + spec.name() + " (first on row " + first + "); this list has one row per "
                                + (spec.isAdopters() ? "adopter" : "child")));
            }
        } else if (start != null
                && (spec.caseType() == CaseType.CHILD_IN_NEED || spec.caseType() == CaseType.CHILD_PROTECTION)
                && !childAndStart.add(reference + '|' + start)) {
            // Two plans for one child cannot start on the same day; two contacts can.
            rowProblems.add(new ImportRuns.RowProblem(
                    spec.name(),
                    rowNumber,
                    idColumn.heading(),
                    reference,
                    "appears twice with the same "
                            + spec.column(Role.START_DATE)
                                    .orElseThrow()
                                    .heading()
                                    .toLowerCase(java.util.Locale.UK)));
        }
    }

    private ImportRuns.RowProblem problem(int rowNumber, int index, String raw, String problem) {
        return new ImportRuns.RowProblem(spec.name(), rowNumber, headingAt[index], Values.tidy(raw), problem);
    }

    /** The column's heading as the file writes it (or as Annex A does, when the file has no such column). */
    private String headingOf(Role role) {
        for (int i = 0; i < columnAt.length; i++) {
            if (columnAt[i] != null && columnAt[i].role() == role) {
                return headingAt[i];
            }
        }
        return spec.column(role).map(Column::heading).orElse(role.name());
    }

    private ImportRuns.RowProblem problemAt(int rowNumber, Role role, Object value, String problem) {
        var heading = headingOf(role);
        var shown = value instanceof LocalDate date ? date.format(SHOWN) : String.valueOf(value);
        return new ImportRuns.RowProblem(spec.name(), rowNumber, heading, shown, problem);
    }

    /**
     * Every list must be there, even empty, unless the person chose to import without the missing ones: a list left
     * out unannounced would make all its cases look closed. Lists imported without are marked "not provided".
     */
    @Override
    public void checkComplete() {
        var missing = AnnexA.LISTS.stream()
                .filter(l -> !listsSeen.containsKey(l.number()))
                .toList();
        if (missing.isEmpty()) {
            return;
        }
        if (missing.size() == AnnexA.LISTS.size()) {
            throw new RejectedFile("The file has none of the Annex A lists.");
        }
        var names = String.join(", ", missing.stream().map(ListSpec::name).toList());
        if (!allowMissingLists) {
            throw new RejectedFile("The import has no " + names + ". Add the missing lists (a list with only its"
                    + " headings is fine), or import again choosing to import the lists that are there: the missing"
                    + " lists are then marked “not provided”, their cases are left out of this snapshot rather than"
                    + " shown as closed, and their indicators say “not provided”.");
        }
        notProvided.addAll(missing.stream().map(ListSpec::number).toList());
    }

    @Override
    public List<Integer> listsNotProvided() {
        return notProvided;
    }

    @Override
    public List<String> ignored() {
        return ignored;
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
    public String note() {
        return notProvidedNote() + adoptersNote();
    }

    private String notProvidedNote() {
        if (notProvided.isEmpty()) {
            return "";
        }
        var names = notProvided.stream().map(n -> "List " + n).toList();
        return " " + String.join(", ", names) + (names.size() == 1 ? " was" : " were")
                + " not in the file: marked not provided, so their cases are not in this snapshot and are not counted"
                + " as closed.";
    }

    private String adoptersNote() {
        return adopters == 0
                ? ""
                : adopters == 1
                        ? " List 11 had 1 adopter: counted here, not added to the case register."
                        : " List 11 had " + adopters + " adopters: counted here, not added to the case register.";
    }
}
