package org.praxis.organisation;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.praxis.accesslog.AccessLog;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports staff from a CSV file, all or nothing: every row is checked first and every problem reported
 * with its line number; only a file without problems is written, in one transaction. A row whose work
 * email matches an existing staff member updates that record; any other row adds a new one.
 */
@Service
class StaffCsvImport {

    /** One problem in the file. Line 1 is the heading row. */
    record RowProblem(long line, String column, String value, String problem) {}

    record Outcome(
            int added, int updated, List<RowProblem> problems, List<String> ignoredColumns, boolean tooManyProblems) {
        boolean imported() {
            return problems.isEmpty();
        }
    }

    enum Column {
        FULL_NAME("Full name", true, "fullname", "name"),
        WORK_EMAIL("Work email", true, "workemail", "email", "emailaddress", "workemailaddress"),
        JOB_ROLE("Job role", true, "jobrole", "role", "jobtitle"),
        TEAM("Team", true, "team", "teamname"),
        EMPLOYMENT_TYPE("Employment type", true, "employmenttype", "employment", "contracttype"),
        START_DATE("Start date", false, "startdate", "started");

        final String heading;
        final boolean required;
        final List<String> names;

        Column(String heading, boolean required, String... names) {
            this.heading = heading;
            this.required = required;
            this.names = List.of(names);
        }
    }

    static final int MAX_PROBLEMS_SHOWN = 500;
    private static final int MAX_VALUE_SHOWN = 80;

    private final StaffRepository staff;
    private final TeamDirectory teams;
    private final AccessLog accessLog;
    private final int maxRows;

    StaffCsvImport(
            StaffRepository staff,
            TeamDirectory teams,
            AccessLog accessLog,
            @Value("${praxis.import.staff.max-rows:20000}") int maxRows) {
        this.staff = staff;
        this.teams = teams;
        this.accessLog = accessLog;
        this.maxRows = maxRows;
    }

    @Transactional
    Outcome importFrom(InputStream csv) {
        var problems = new ArrayList<RowProblem>();
        var ignored = new ArrayList<String>();
        var rows = new ArrayList<StaffRecords.StaffDetails>();
        try (var reader = CsvReader.builder()
                .detectBomHeader(true)
                .allowMissingFields(true)
                .allowExtraFields(true)
                .skipEmptyLines(true)
                .ofCsvRecord(csv, StandardCharsets.UTF_8)) {
            var records = reader.iterator();
            if (!records.hasNext()) {
                return rejected(List.of(
                        new RowProblem(1, "", "", "The file is empty. The first row must be the column headings.")));
            }
            var positions = headings(records.next().getFields(), problems, ignored);
            if (!problems.isEmpty()) {
                return rejected(problems);
            }
            var teamIds = teams.activeTeamIdsByName();
            var emailsSeen = new HashMap<String, Long>();
            while (records.hasNext()) {
                var record = records.next();
                if (rows.size() + problems.size() >= maxRows) {
                    return rejected(List.of(new RowProblem(
                            record.getStartingLineNumber(),
                            "",
                            "",
                            "The file has more than " + maxRows + " rows. Split it into smaller files.")));
                }
                var fields = new HashMap<Column, String>();
                positions.forEach((column, index) ->
                        fields.put(column, index < record.getFieldCount() ? record.getField(index) : ""));
                check(record.getStartingLineNumber(), fields, teamIds, emailsSeen, problems)
                        .ifPresent(rows::add);
            }
        } catch (CsvParseException | java.io.UncheckedIOException | java.io.IOException e) {
            problems.add(new RowProblem(
                    0,
                    "",
                    "",
                    "The file could not be read as CSV. Save it from your spreadsheet as “CSV UTF-8” and try again."));
        }
        if (rows.isEmpty() && problems.isEmpty()) {
            problems.add(new RowProblem(2, "", "", "The file has headings but no staff rows."));
        }
        if (!problems.isEmpty()) {
            return rejected(problems);
        }
        return write(rows, ignored);
    }

    private Outcome write(List<StaffRecords.StaffDetails> rows, List<String> ignored) {
        int added = 0;
        int updated = 0;
        for (var d : rows) {
            var existing = staff.findByWorkEmail(d.workEmail());
            var saved = staff.save(new StaffMember(
                    existing.map(StaffMember::id).orElse(null),
                    d.fullName(),
                    d.workEmail(),
                    d.jobRole(),
                    d.teamId(),
                    d.employmentType(),
                    d.startDate() != null
                            ? d.startDate()
                            : existing.map(StaffMember::startDate).orElse(null),
                    existing.map(StaffMember::active).orElse(true),
                    existing.map(StaffMember::version).orElse(null)));
            accessLog.changed(StaffRecords.RECORD_TYPE, saved.id());
            if (existing.isPresent()) {
                updated++;
            } else {
                added++;
            }
        }
        return new Outcome(added, updated, List.of(), ignored, false);
    }

    private static Outcome rejected(List<RowProblem> problems) {
        var shown = problems.size() > MAX_PROBLEMS_SHOWN ? problems.subList(0, MAX_PROBLEMS_SHOWN) : problems;
        return new Outcome(0, 0, List.copyOf(shown), List.of(), problems.size() > MAX_PROBLEMS_SHOWN);
    }

    private static Map<Column, Integer> headings(
            List<String> headings, List<RowProblem> problems, List<String> ignored) {
        var positions = new LinkedHashMap<Column, Integer>();
        for (int i = 0; i < headings.size(); i++) {
            var key = headings.get(i).toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
            var heading = headings.get(i);
            var column = java.util.Arrays.stream(Column.values())
                    .filter(c -> c.names.contains(key))
                    .findFirst();
            if (column.isPresent() && !positions.containsKey(column.get())) {
                positions.put(column.get(), i);
            } else if (column.isPresent()) {
                problems.add(new RowProblem(
                        1, heading, shown(heading), "The “" + column.get().heading + "” column appears twice"));
            } else if (!key.isEmpty()) {
                ignored.add(Rules.tidy(heading));
            }
        }
        for (var column : Column.values()) {
            if (column.required && !positions.containsKey(column)) {
                problems.add(new RowProblem(1, column.heading, "", "The file has no “" + column.heading + "” column"));
            }
        }
        return positions;
    }

    private static java.util.Optional<StaffRecords.StaffDetails> check(
            long line,
            Map<Column, String> f,
            Map<String, Long> teamIds,
            Map<String, Long> emailsSeen,
            List<RowProblem> problems) {
        int before = problems.size();
        var name = f.get(Column.FULL_NAME);
        Rules.nameProblem(name, "a full name").ifPresent(p -> problems.add(problem(line, Column.FULL_NAME, name, p)));
        var email = f.get(Column.WORK_EMAIL);
        var emailProblem = Rules.emailProblem(email, true);
        emailProblem.ifPresent(p -> problems.add(problem(line, Column.WORK_EMAIL, email, p)));
        if (emailProblem.isEmpty()) {
            var firstLine = emailsSeen.putIfAbsent(Rules.normaliseEmail(email), line);
            if (firstLine != null) {
                problems.add(problem(line, Column.WORK_EMAIL, email, "This work email is also on line " + firstLine));
            }
        }
        var roleText = f.get(Column.JOB_ROLE);
        var role = JobRole.parse(roleText);
        if (role.isEmpty()) {
            problems.add(problem(
                    line,
                    Column.JOB_ROLE,
                    roleText,
                    Rules.tidy(roleText).isEmpty()
                            ? "Enter a job role"
                            : "Not a job role Praxis knows, such as “Social worker” or “ASYE”"));
        }
        var teamText = f.get(Column.TEAM);
        var team = teamIds.get(Rules.tidy(teamText).toLowerCase(Locale.ROOT));
        if (team == null) {
            problems.add(problem(
                    line,
                    Column.TEAM,
                    teamText,
                    Rules.tidy(teamText).isEmpty() ? "Enter a team" : "No open team has this name"));
        }
        var typeText = f.get(Column.EMPLOYMENT_TYPE);
        var type = EmploymentType.parse(typeText);
        if (type.isEmpty()) {
            problems.add(problem(
                    line, Column.EMPLOYMENT_TYPE, typeText, "Employment type must be Permanent, Agency or Bank"));
        }
        var startText = f.getOrDefault(Column.START_DATE, "");
        var start = Rules.tidy(startText).isEmpty()
                ? java.util.Optional.<java.time.LocalDate>empty()
                : Dates.parse(startText);
        if (!Rules.tidy(startText).isEmpty() && start.isEmpty()) {
            problems.add(problem(
                    line,
                    Column.START_DATE,
                    startText,
                    "Start date must be a real date, like 2024-03-27 or 27/03/2024"));
        }
        if (problems.size() > before) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new StaffRecords.StaffDetails(
                Rules.tidy(name), Rules.normaliseEmail(email), role.get(), team, type.get(), start.orElse(null)));
    }

    private static RowProblem problem(long line, Column column, String value, String problem) {
        return new RowProblem(line, column.heading, shown(value), problem);
    }

    private static String shown(String value) {
        var v = value == null ? "" : value;
        return v.length() > MAX_VALUE_SHOWN ? v.substring(0, MAX_VALUE_SHOWN) + "…" : v;
    }
}
