package org.praxis.workforce;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import org.praxis.organisation.OrganisationDirectory;
import org.praxis.register.reading.ImportFile;
import org.praxis.register.reading.ImportLimits;
import org.praxis.workforce.CsvRows.Column;
import org.praxis.workforce.CsvRows.Problem;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Supervision sessions exported from the case-management or HR system: supervisee, supervisor, date and kind. Every row
 * is checked first (unknown staff listed by row); if any is wrong nothing is imported. A session already recorded
 * (same supervisee, day and kind) is skipped, so the same export can be loaded again.
 */
@Service
class SupervisionImport {

    record Outcome(int imported, int alreadyRecorded, List<Problem> problems) {
        boolean done() {
            return problems.isEmpty();
        }
    }

    static final Column SUPERVISEE =
            Column.of("Supervisee email", true, "superviseeworkemail", "staffemail", "workeremail");
    static final Column SUPERVISOR = Column.of("Supervisor email", true, "supervisorworkemail", "manageremail");
    static final Column DATE = Column.of("Date", true, "supervisiondate", "sessiondate", "heldon");
    static final Column KIND = Column.of("Kind", false, "type", "supervisiontype", "sessiontype");

    private final WorkforceRecords records;
    private final OrganisationDirectory organisation;
    private final ImportLimits limits;
    private final Clock clock;
    private final int maxRows;
    private final org.springframework.jdbc.core.simple.JdbcClient jdbc;

    SupervisionImport(
            WorkforceRecords records,
            OrganisationDirectory organisation,
            ImportLimits limits,
            Clock clock,
            org.springframework.jdbc.core.simple.JdbcClient jdbc,
            @Value("${praxis.import.hr.max-rows:20000}") int maxRows) {
        this.records = records;
        this.organisation = organisation;
        this.limits = limits;
        this.clock = clock;
        this.jdbc = jdbc;
        this.maxRows = maxRows;
    }

    @Transactional
    Outcome importFrom(ImportFile file, String username) {
        var staff = StaffByEmail.of(organisation);
        var today = LocalDate.now(clock);
        var sessions = new ArrayList<WorkforceRecords.Session>();
        var seen = new HashSet<String>();
        var problems = CsvRows.read(
                file, limits, maxRows, List.of(SUPERVISEE, SUPERVISOR, DATE, KIND), (row, cells, found) -> {
                    int before = found.size();
                    var supervisee = person(row, SUPERVISEE, cells.get(SUPERVISEE), staff, found);
                    var supervisor = person(row, SUPERVISOR, cells.get(SUPERVISOR), staff, found);
                    if (supervisee != null && supervisor != null && supervisee.id() == supervisor.id()) {
                        found.add(new Problem(
                                row,
                                SUPERVISOR.heading(),
                                cells.get(SUPERVISOR),
                                "Someone cannot supervise themselves"));
                    }
                    var dateText = cells.get(DATE);
                    var day = CsvRows.date(dateText);
                    if (dateText.isEmpty()) {
                        found.add(new Problem(row, DATE.heading(), "", "Enter the date of the session"));
                    } else if (day == null) {
                        found.add(new Problem(
                                row,
                                DATE.heading(),
                                CsvRows.shorten(dateText),
                                "Enter a real date, like 2026-03-27 or 27/03/2026"));
                    } else if (day.isAfter(today)) {
                        found.add(new Problem(row, DATE.heading(), dateText, "The date must be today or in the past"));
                    }
                    var kindText = cells.get(KIND);
                    var kind = kindText.isEmpty()
                            ? SupervisionKind.ONE_TO_ONE
                            : SupervisionKind.parse(kindText).orElse(null);
                    if (kind == null) {
                        found.add(new Problem(
                                row,
                                KIND.heading(),
                                CsvRows.shorten(kindText),
                                "Kind must be one-to-one, group or reflective practice"));
                    }
                    if (found.size() == before) {
                        if (seen.add(supervisee.id() + ":" + day + ":" + kind)) {
                            sessions.add(
                                    new WorkforceRecords.Session(supervisee.id(), supervisor.id(), day, kind, null));
                        } else {
                            found.add(new Problem(row, DATE.heading(), dateText, "This session is in the file twice"));
                        }
                    }
                });
        if (!problems.isEmpty()) {
            return new Outcome(0, 0, problems);
        }
        var fresh = sessions.stream().filter(s -> !recorded(s)).toList();
        records.recordSessions(fresh, WorkforceRecords.Source.IMPORT, username);
        return new Outcome(fresh.size(), sessions.size() - fresh.size(), List.of());
    }

    private boolean recorded(WorkforceRecords.Session s) {
        return jdbc.sql(
                                "select count(*) from workforce_supervision where supervisee_id = ? and held_on = ? and kind = ?")
                        .params(s.superviseeId(), s.heldOn(), s.kind().name())
                        .query(Long.class)
                        .single()
                > 0;
    }

    private static OrganisationDirectory.StaffRecord person(
            int row,
            Column column,
            String email,
            java.util.Map<String, OrganisationDirectory.StaffRecord> staff,
            List<Problem> found) {
        if (email.isEmpty()) {
            found.add(new Problem(
                    row, column.heading(), "", "Enter the " + column.heading().toLowerCase(Locale.ROOT)));
            return null;
        }
        var person = staff.get(email.toLowerCase(Locale.ROOT));
        if (person == null) {
            found.add(
                    new Problem(row, column.heading(), CsvRows.shorten(email), "No staff member has this work email"));
        }
        return person;
    }
}
