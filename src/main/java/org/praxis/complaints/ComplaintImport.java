package org.praxis.complaints;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.praxis.accesslog.AccessLog;
import org.praxis.identity.CurrentUser;
import org.praxis.identity.RecordRefused;
import org.praxis.identity.Role;
import org.praxis.organisation.OrganisationDirectory;
import org.praxis.register.SamplingFrame;
import org.praxis.register.WorkingDayCalendar;
import org.praxis.register.reading.ImportFile;
import org.praxis.register.reading.ImportLimits;
import org.praxis.register.reading.RejectedFile;
import org.praxis.register.reading.TableVisitor;
import org.praxis.register.reading.Tables;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Complaints from a complaints system's CSV or spreadsheet, read by the register's guarded readers (limits that hold
 * while reading). Every row is checked first; if any is wrong, every problem is listed by row and column and nothing
 * is imported. A row's reference is kept, so the same file cannot be imported twice.
 */
@Service
class ComplaintImport {

    static final int MOST_ROWS = 5_000;

    /** A problem with one cell (or the file, with row 0). */
    record Problem(int row, String column, String message) implements java.io.Serializable {

        public String where() {
            return row == 0 ? "The file" : "Row " + row + (column == null ? "" : ", " + column);
        }
    }

    record Outcome(int imported, List<Problem> problems) {
        boolean done() {
            return problems.isEmpty();
        }
    }

    /** A checked row: the complaint, and what its stages say. */
    private record Checked(
            ComplaintStore.NewComplaint complaint,
            LocalDate responded,
            Outcome_ outcome,
            LocalDate stage2Requested,
            LocalDate stage2Responded,
            Outcome_ stage2Outcome) {}

    /** An outcome read from a cell (null when blank). */
    private record Outcome_(org.praxis.complaints.Outcome value) {}

    static final List<String> COLUMNS = List.of(
            "Reference",
            "Type",
            "Procedure",
            "Received",
            "Channel",
            "Team",
            "Case reference",
            "Category",
            "Summary",
            "Complainant",
            "Contact",
            "Stage 1 responded",
            "Stage 1 outcome",
            "Stage 2 requested",
            "Stage 2 responded",
            "Stage 2 outcome");

    static final CodedColumn<ComplaintKind> TYPE =
            CodedColumn.of("Type", ComplaintKind.class, ComplaintKind::label, Map.of());

    static final CodedColumn<Procedure> PROCEDURE = CodedColumn.of(
            "Procedure",
            Procedure.class,
            Procedure::label,
            Map.of(
                    Procedure.CHILDREN,
                    List.of("Children", "Children’s"),
                    Procedure.ADULTS,
                    List.of("Adults", "Adult")));

    static final CodedColumn<Channel> CHANNEL = CodedColumn.of(
            "Channel (Email when blank)",
            Channel.class,
            Channel::label,
            Map.of(Channel.COUNCILLOR_OR_MP, List.of("Councillor or MP")));

    static final CodedColumn<org.praxis.complaints.Outcome> OUTCOMES = CodedColumn.of(
            "Stage 1 outcome and Stage 2 outcome",
            org.praxis.complaints.Outcome.class,
            org.praxis.complaints.Outcome::label,
            Map.of());

    /** The coded columns in the file's order, for the import page. */
    static final List<CodedColumn<?>> CODED = List.of(TYPE, PROCEDURE, CHANNEL, OUTCOMES);

    private static final List<String> REQUIRED =
            List.of("Reference", "Type", "Procedure", "Received", "Team", "Summary");

    private static final List<DateTimeFormatter> DATES = List.of(
            DateTimeFormatter.ISO_LOCAL_DATE,
            // strict, so that 31/02/2026 is refused rather than read as 28 February
            DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(java.time.format.ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("d-M-uuuu").withResolverStyle(java.time.format.ResolverStyle.STRICT));

    private final Complaints complaints;
    private final ComplaintStore store;
    private final ComplaintClocks clocks;
    private final WorkingDayCalendar calendar;
    private final OrganisationDirectory organisation;
    private final SamplingFrame register;
    private final ImportLimits limits;
    private final AccessLog accessLog;

    ComplaintImport(
            Complaints complaints,
            ComplaintStore store,
            ComplaintClocks clocks,
            WorkingDayCalendar calendar,
            OrganisationDirectory organisation,
            SamplingFrame register,
            ImportLimits limits,
            AccessLog accessLog) {
        this.complaints = complaints;
        this.store = store;
        this.clocks = clocks;
        this.calendar = calendar;
        this.organisation = organisation;
        this.register = register;
        this.limits = limits;
        this.accessLog = accessLog;
    }

    @Transactional
    Outcome importFile(CurrentUser user, ImportFile file) {
        if (!user.has(Role.COMPLAINTS_MANAGER)) {
            throw new RecordRefused("Complaint import", file.displayName(), "Not the complaints manager");
        }
        var rows = new ArrayList<Map.Entry<Integer, Map<String, String>>>();
        var problems = new ArrayList<Problem>();
        try {
            new Tables(limits).read(file, new Reader(rows, problems));
        } catch (RejectedFile e) {
            return new Outcome(0, List.of(new Problem(0, null, e.getMessage())));
        }
        if (problems.isEmpty() && rows.isEmpty()) {
            problems.add(new Problem(0, null, file.displayName() + " has a heading row but no complaints under it"));
        }
        if (!problems.isEmpty()) {
            return new Outcome(0, problems);
        }
        var teams = new HashMap<String, Long>();
        organisation.teams().values().forEach(t -> teams.put(t.name().toLowerCase(Locale.UK), t.id()));
        var categories = new HashMap<String, Long>();
        store.categories().stream()
                .filter(c -> !c.retired())
                .forEach(c -> categories.put(c.name().toLowerCase(Locale.UK), c.id()));
        var cases = register.live(rows.stream()
                .map(r -> r.getValue().getOrDefault("Case reference", ""))
                .filter(s -> !s.isEmpty())
                .toList());
        var checked = new ArrayList<Checked>();
        var references = new HashSet<String>();
        for (var row : rows) {
            int before = problems.size();
            var c = check(row.getKey(), row.getValue(), teams, categories, cases, references, problems);
            if (problems.size() == before && c != null) {
                checked.add(c);
            }
        }
        if (!problems.isEmpty()) {
            return new Outcome(0, problems);
        }
        var days = calendar.now();
        for (var c : checked) {
            long id = complaints.add(c.complaint(), user.username(), days);
            var procedure = c.complaint().procedure();
            if (c.responded() != null) {
                var stage = store.stages(id).getFirst();
                store.respond(
                        stage.id(),
                        c.responded(),
                        c.outcome().value(),
                        1 < procedure.stages() ? clocks.escalateBy(c.responded(), days) : null);
                store.setOutcome(id, c.outcome().value(), c.responded(), 1);
            }
            if (c.stage2Requested() != null) {
                store.insertStage(
                        id, procedure, 2, c.stage2Requested(), clocks.start(procedure, 2, c.stage2Requested(), days));
                store.setOutcome(id, null, null, 2);
                if (c.stage2Responded() != null) {
                    var stage = store.stages(id).getLast();
                    store.respond(
                            stage.id(),
                            c.stage2Responded(),
                            c.stage2Outcome().value(),
                            2 < procedure.stages() ? clocks.escalateBy(c.stage2Responded(), days) : null);
                    store.setOutcome(id, c.stage2Outcome().value(), c.stage2Responded(), 2);
                }
            }
        }
        accessLog.changed("Complaint import", file.displayName());
        return new Outcome(checked.size(), List.of());
    }

    private Checked check(
            int n,
            Map<String, String> row,
            Map<String, Long> teams,
            Map<String, Long> categories,
            Map<String, SamplingFrame.LiveCase> cases,
            Set<String> references,
            List<Problem> problems) {
        for (var column : REQUIRED) {
            if (row.getOrDefault(column, "").isEmpty()) {
                problems.add(new Problem(n, column, "Enter the " + column.toLowerCase(Locale.UK)));
            }
        }
        var reference = row.getOrDefault("Reference", "");
        if (reference.length() > 64) {
            problems.add(new Problem(n, "Reference", "The reference must be 64 characters or fewer"));
        } else if (!reference.isEmpty() && !references.add(reference.toUpperCase(Locale.UK))) {
            problems.add(new Problem(n, "Reference", "Complaint " + reference + " is in the file twice"));
        } else if (!reference.isEmpty() && store.externalReferenceTaken(reference)) {
            problems.add(new Problem(n, "Reference", "Complaint " + reference + " is already recorded"));
        }
        var kind = coded(TYPE, row.getOrDefault("Type", ""), n, "Type", problems);
        var procedure = coded(PROCEDURE, row.getOrDefault("Procedure", ""), n, "Procedure", problems);
        var channelText = row.getOrDefault("Channel", "");
        var channel = channelText.isEmpty() ? Channel.EMAIL : coded(CHANNEL, channelText, n, "Channel", problems);
        var received = date(row, "Received", n, problems);
        var team = teams.get(row.getOrDefault("Team", "").toLowerCase(Locale.UK));
        if (team == null && !row.getOrDefault("Team", "").isEmpty()) {
            problems.add(new Problem(n, "Team", "There is no team called " + row.get("Team") + " in Praxis"));
        }
        Long category = null;
        var categoryText = row.getOrDefault("Category", "");
        if (!categoryText.isEmpty()) {
            category = categories.get(categoryText.toLowerCase(Locale.UK));
            if (category == null) {
                problems.add(new Problem(
                        n,
                        "Category",
                        "There is no category called " + categoryText + ": use one of the council’s list"));
            }
        } else if (kind == ComplaintKind.COMPLAINT) {
            problems.add(new Problem(n, "Category", "Enter the category of the complaint"));
        }
        var caseReference = row.getOrDefault("Case reference", "");
        if (!caseReference.isEmpty() && !cases.containsKey(caseReference)) {
            problems.add(new Problem(n, "Case reference", "There is no case " + caseReference + " in the register"));
        }
        var summary = row.getOrDefault("Summary", "");
        if (summary.length() > 4000) {
            problems.add(new Problem(n, "Summary", "The summary must be 4,000 characters or fewer"));
        }
        var responded = date(row, "Stage 1 responded", n, problems);
        var outcome = outcome(row, "Stage 1 outcome", responded, n, problems);
        var stage2 = date(row, "Stage 2 requested", n, problems);
        var stage2Responded = date(row, "Stage 2 responded", n, problems);
        var stage2Outcome = outcome(row, "Stage 2 outcome", stage2Responded, n, problems);
        if (received != null && received.isAfter(complaints.today())) {
            problems.add(new Problem(n, "Received", "The date received must be today or in the past"));
        }
        if (received != null && responded != null && responded.isBefore(received)) {
            problems.add(new Problem(n, "Stage 1 responded", "The response date is before the date received"));
        }
        if (stage2 != null && responded == null) {
            problems.add(new Problem(n, "Stage 2 requested", "A stage 2 needs a stage 1 response first"));
        }
        if (stage2 != null && responded != null && stage2.isBefore(responded)) {
            problems.add(new Problem(n, "Stage 2 requested", "Stage 2 was asked for before the stage 1 response"));
        }
        if (stage2Responded != null && stage2 == null) {
            problems.add(
                    new Problem(n, "Stage 2 responded", "A stage 2 response needs the date stage 2 was asked for"));
        }
        if (stage2Responded != null && stage2 != null && stage2Responded.isBefore(stage2)) {
            problems.add(new Problem(n, "Stage 2 responded", "The stage 2 response is before stage 2 was asked for"));
        }
        if (procedure != null && stage2 != null && procedure.stages() < 2) {
            problems.add(new Problem(n, "Stage 2 requested", procedure.label() + " complaints have one stage"));
        }
        if (kind != null && kind != ComplaintKind.COMPLAINT && (responded != null || stage2 != null)) {
            problems.add(new Problem(n, "Type", "Only complaints have stages"));
        }
        if (kind == null || procedure == null || received == null || team == null) {
            return null;
        }
        return new Checked(
                new ComplaintStore.NewComplaint(
                        kind,
                        procedure,
                        received,
                        channel == null ? Channel.EMAIL : channel,
                        team,
                        null,
                        caseReference.isEmpty() ? null : caseReference,
                        category,
                        summary,
                        blank(row.get("Complainant")),
                        blank(row.get("Contact")),
                        reference),
                responded,
                outcome,
                stage2,
                stage2Responded,
                stage2Outcome);
    }

    private static String blank(String text) {
        return text == null || text.isBlank() ? null : text.length() > 200 ? text.substring(0, 200) : text;
    }

    private static <E extends Enum<E>> E coded(
            CodedColumn<E> coded, String text, int n, String column, List<Problem> problems) {
        if (text.isEmpty()) {
            return null;
        }
        var value = coded.read(text);
        if (value == null) {
            problems.add(new Problem(n, column, "“" + text + "” is not one of " + coded.described()));
        }
        return value;
    }

    private static LocalDate date(Map<String, String> row, String column, int n, List<Problem> problems) {
        var text = row.getOrDefault(column, "");
        if (text.isEmpty()) {
            return null;
        }
        for (var format : DATES) {
            try {
                return LocalDate.parse(text, format);
            } catch (DateTimeParseException e) {
                // try the next form
            }
        }
        problems.add(new Problem(n, column, "“" + text + "” is not a date: write it as 31/03/2026 or 2026-03-31"));
        return null;
    }

    private static Outcome_ outcome(
            Map<String, String> row, String column, LocalDate responded, int n, List<Problem> problems) {
        var text = row.getOrDefault(column, "");
        if (responded == null) {
            if (!text.isEmpty()) {
                problems.add(new Problem(n, column, "An outcome needs the date of the response"));
            }
            return null;
        }
        if (text.isEmpty()) {
            problems.add(new Problem(n, column, "Enter the outcome: " + OUTCOMES.described()));
            return null;
        }
        var value = coded(OUTCOMES, text, n, column, problems);
        return value == null ? null : new Outcome_(value);
    }

    /** Reads the first table: its first non-empty row is the headings. */
    private static final class Reader implements TableVisitor {
        private final List<Map.Entry<Integer, Map<String, String>>> rows;
        private final List<Problem> problems;
        private final Map<Integer, String> columns = new HashMap<>();
        private boolean first = true;
        private boolean headed;
        private boolean badHeadings;

        Reader(List<Map.Entry<Integer, Map<String, String>>> rows, List<Problem> problems) {
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
                for (int i = 0; i < cells.size(); i++) {
                    var heading = cells.get(i) == null ? "" : cells.get(i).strip();
                    for (var column : COLUMNS) {
                        if (column.equalsIgnoreCase(heading)) {
                            columns.put(i, column);
                        }
                    }
                }
                if (!columns.values().containsAll(REQUIRED)) {
                    var missing = REQUIRED.stream()
                            .filter(c -> !columns.containsValue(c))
                            .map(c -> "“" + c + "”")
                            .toList();
                    problems.add(new Problem(
                            rowNumber,
                            null,
                            "The first row must be the headings; it has no " + String.join(", ", missing)));
                    badHeadings = true;
                }
                headed = true;
                return;
            }
            if (badHeadings) {
                return;
            }
            if (rows.size() >= MOST_ROWS) {
                if (rows.size() == MOST_ROWS) {
                    problems.add(new Problem(rowNumber, null, "A file may hold at most " + MOST_ROWS + " complaints"));
                    rows.add(Map.entry(rowNumber, Map.of()));
                }
                return;
            }
            var values = new HashMap<String, String>();
            columns.forEach((i, column) -> {
                if (i < cells.size() && cells.get(i) != null) {
                    values.put(column, cells.get(i).strip());
                }
            });
            if (values.values().stream().allMatch(String::isEmpty)) {
                return;
            }
            rows.add(Map.entry(rowNumber, values));
        }

        @Override
        public void endTable() {}
    }
}
