package org.praxis.training;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.praxis.identity.PersonDirectory;
import org.praxis.organisation.OrganisationDirectory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Attendance exported from a learning system, as CSV: every row is checked first (the staff member by work email,
 * the course by title, its session on that date, attended yes or no) and every problem listed by line and column;
 * only a file without problems is written, in one transaction.
 */
@Service
class AttendanceImport {

    record RowProblem(long line, String column, String value, String problem) {}

    record Outcome(int rows, List<RowProblem> problems) {
        boolean imported() {
            return problems.isEmpty();
        }
    }

    enum Column {
        WORK_EMAIL("Work email", true, "workemail", "email", "emailaddress", "staffemail"),
        COURSE("Course", true, "course", "coursetitle", "title"),
        SESSION_DATE("Session date", true, "sessiondate", "date", "session"),
        ATTENDED("Attended", false, "attended", "attendance", "completed");

        final String heading;
        final boolean required;
        final List<String> names;

        Column(String heading, boolean required, String... names) {
            this.heading = heading;
            this.required = required;
            this.names = List.of(names);
        }
    }

    private record Row(long sessionId, long staffId, boolean attended) {}

    static final int MAX_PROBLEMS = 500;
    private static final List<DateTimeFormatter> DATES = List.of(
            DateTimeFormatter.ISO_LOCAL_DATE,
            DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(java.time.format.ResolverStyle.STRICT));

    private final Attendance attendance;
    private final OrganisationDirectory organisation;
    private final PersonDirectory people;
    private final org.springframework.jdbc.core.simple.JdbcClient jdbc;
    private final int maxRows;

    AttendanceImport(
            Attendance attendance,
            OrganisationDirectory organisation,
            PersonDirectory people,
            org.springframework.jdbc.core.simple.JdbcClient jdbc,
            @Value("${praxis.import.attendance.max-rows:20000}") int maxRows) {
        this.attendance = attendance;
        this.organisation = organisation;
        this.people = people;
        this.jdbc = jdbc;
        this.maxRows = maxRows;
    }

    @Transactional
    Outcome importFrom(InputStream csv, String username) {
        var problems = new ArrayList<RowProblem>();
        var rows = new ArrayList<Row>();
        try (var reader = CsvReader.builder()
                .detectBomHeader(true)
                .allowMissingFields(true)
                .allowExtraFields(true)
                .skipEmptyLines(true)
                .ofCsvRecord(csv, StandardCharsets.UTF_8)) {
            var records = reader.iterator();
            if (!records.hasNext()) {
                return new Outcome(
                        0,
                        List.of(new RowProblem(
                                1, "", "", "The file is empty. The first row must be the column headings.")));
            }
            var positions = headings(records.next().getFields(), problems);
            if (!problems.isEmpty()) {
                return new Outcome(0, problems);
            }
            var staff = staffByEmail();
            var sessions = sessionsByCourseAndDay();
            var seen = new HashSet<String>();
            while (records.hasNext()) {
                var record = records.next();
                if (rows.size() + problems.size() >= maxRows) {
                    return new Outcome(
                            0,
                            List.of(new RowProblem(
                                    record.getStartingLineNumber(),
                                    "",
                                    "",
                                    "The file has more than " + maxRows + " rows. Split it into smaller files.")));
                }
                var fields = new HashMap<Column, String>();
                positions.forEach((column, index) -> fields.put(
                        column,
                        index < record.getFieldCount() ? record.getField(index).strip() : ""));
                check(record.getStartingLineNumber(), fields, staff, sessions, seen, problems)
                        .ifPresent(rows::add);
                if (problems.size() >= MAX_PROBLEMS) {
                    break;
                }
            }
        } catch (CsvParseException | UncheckedIOException | IOException e) {
            problems.add(new RowProblem(
                    0, "", "", "The file could not be read as CSV. Save it as “CSV UTF-8” and try again."));
        }
        if (rows.isEmpty() && problems.isEmpty()) {
            problems.add(new RowProblem(2, "", "", "The file has headings but no attendance rows."));
        }
        if (!problems.isEmpty()) {
            return new Outcome(0, problems);
        }
        for (var row : rows) {
            attendance.record(
                    row.sessionId(), List.of(row.staffId()), row.attended(), Attendance.Source.IMPORT, username);
        }
        return new Outcome(rows.size(), List.of());
    }

    private static Map<Column, Integer> headings(List<String> found, List<RowProblem> problems) {
        var positions = new LinkedHashMap<Column, Integer>();
        for (int i = 0; i < found.size(); i++) {
            var name = found.get(i).toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
            for (var column : Column.values()) {
                if (column.names.contains(name) && !positions.containsKey(column)) {
                    positions.put(column, i);
                }
            }
        }
        for (var column : Column.values()) {
            if (column.required && !positions.containsKey(column)) {
                problems.add(new RowProblem(1, column.heading, "", "The column “" + column.heading + "” is missing"));
            }
        }
        return positions;
    }

    private java.util.Optional<Row> check(
            long line,
            Map<Column, String> fields,
            Map<String, Long> staff,
            Map<String, Map<LocalDate, List<Long>>> sessions,
            java.util.Set<String> seen,
            List<RowProblem> problems) {
        int before = problems.size();
        var email = fields.get(Column.WORK_EMAIL);
        Long staffId = null;
        if (email.isEmpty()) {
            problems.add(new RowProblem(line, Column.WORK_EMAIL.heading, "", "Enter the staff member's work email"));
        } else {
            staffId = staff.get(email.toLowerCase(Locale.ROOT));
            if (staffId == null) {
                problems.add(new RowProblem(
                        line,
                        Column.WORK_EMAIL.heading,
                        shorten(email),
                        "No current staff member has this work email"));
            }
        }
        var course = fields.get(Column.COURSE);
        var byDay = sessions.get(Courses.key(course));
        if (course.isEmpty()) {
            problems.add(new RowProblem(line, Column.COURSE.heading, "", "Enter the course's title"));
        } else if (byDay == null) {
            problems.add(
                    new RowProblem(line, Column.COURSE.heading, shorten(course), "There is no course with this title"));
        }
        var dayText = fields.get(Column.SESSION_DATE);
        var day = date(dayText);
        Long sessionId = null;
        if (day == null) {
            problems.add(new RowProblem(
                    line,
                    Column.SESSION_DATE.heading,
                    shorten(dayText),
                    dayText.isEmpty()
                            ? "Enter the session's date"
                            : "Enter a real date, like 2026-03-27 or 27/03/2026"));
        } else if (byDay != null) {
            var onDay = byDay.getOrDefault(day, List.of());
            if (onDay.isEmpty()) {
                problems.add(new RowProblem(
                        line, Column.SESSION_DATE.heading, dayText, "The course has no session on this date"));
            } else if (onDay.size() > 1) {
                problems.add(
                        new RowProblem(
                                line,
                                Column.SESSION_DATE.heading,
                                dayText,
                                "The course has more than one session on this date: record this attendance on the session's page"));
            } else {
                sessionId = onDay.getFirst();
            }
        }
        var attendedText = fields.getOrDefault(Column.ATTENDED, "").toLowerCase(Locale.ROOT);
        Boolean attended = switch (attendedText) {
            case "", "yes", "y", "true", "1", "attended", "completed" -> true;
            case "no", "n", "false", "0", "did not attend", "dna" -> false;
            default -> null;
        };
        if (attended == null) {
            problems.add(
                    new RowProblem(line, Column.ATTENDED.heading, shorten(attendedText), "Attended must be Yes or No"));
        }
        if (problems.size() > before) {
            return java.util.Optional.empty();
        }
        if (!seen.add(sessionId + ":" + staffId)) {
            problems.add(new RowProblem(
                    line,
                    Column.WORK_EMAIL.heading,
                    shorten(email),
                    "This person is already in the file for the same session"));
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new Row(sessionId, staffId, attended));
    }

    private static LocalDate date(String text) {
        for (var format : DATES) {
            try {
                return LocalDate.parse(text, format);
            } catch (DateTimeParseException e) {
                // the next format
            }
        }
        return null;
    }

    private static String shorten(String value) {
        return value.length() > 80 ? value.substring(0, 80) + "…" : value;
    }

    /** Active staff by lower-case work email: two queries for the whole file. */
    private Map<String, Long> staffByEmail() {
        var ids = organisation.activeStaff().stream()
                .map(OrganisationDirectory.StaffSummary::id)
                .toList();
        var byEmail = new HashMap<String, Long>();
        people.workEmails(ids).forEach((id, email) -> {
            if (email != null) {
                byEmail.put(email.toLowerCase(Locale.ROOT), id);
            }
        });
        return byEmail;
    }

    private Map<String, Map<LocalDate, List<Long>>> sessionsByCourseAndDay() {
        var found = new HashMap<String, Map<LocalDate, List<Long>>>();
        jdbc.sql(
                        "select c.title_key, s.starts_at, s.id from training_course c left join training_session s on s.course_id = c.id")
                .query(rs -> {
                    var byDay = found.computeIfAbsent(rs.getString(1), k -> new HashMap<>());
                    if (rs.getTimestamp(2) != null) {
                        byDay.computeIfAbsent(
                                        rs.getTimestamp(2).toLocalDateTime().toLocalDate(), k -> new ArrayList<>())
                                .add(rs.getLong(3));
                    }
                });
        return found;
    }
}
