package org.praxis.workforce;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.praxis.organisation.OrganisationDirectory;
import org.praxis.register.reading.ImportFile;
import org.praxis.register.reading.ImportLimits;
import org.praxis.workforce.CsvRows.Column;
import org.praxis.workforce.CsvRows.Problem;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * HR's CSV exports: staff details (FTE, leaving date and reason, apprenticeship) or sickness absence (spells and the
 * working days they lost). Every row is checked first; staff are matched by work email, and an unknown one is listed
 * by row; if any row is wrong nothing is imported.
 */
@Service
class HrImport {

    enum Kind {
        STAFF("Staff details"),
        SICKNESS("Sickness absence");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    record Outcome(int imported, List<Problem> problems) {
        boolean done() {
            return problems.isEmpty();
        }
    }

    static final List<String> PROGRESS = List.of("On track", "Behind", "On a break", "Completed", "Withdrawn");

    static final Column EMAIL =
            Column.of("Work email", true, "email", "staffemail", "emailaddress", "workemailaddress");
    static final Column FTE = Column.of("FTE", true, "fulltimeequivalent", "wte", "hours");
    static final Column LEFT_ON = Column.of("Left on", false, "leavingdate", "leftdate", "dateleft", "enddate");
    static final Column REASON = Column.of("Leaving reason", false, "reasonforleaving", "reason");
    static final Column COHORT = Column.of("Apprentice cohort", false, "cohort");
    static final Column UNIVERSITY = Column.of("University", false, "apprenticeuniversity");
    static final Column PROGRESS_COLUMN = Column.of("Apprenticeship progress", false, "progress");
    static final Column FIRST_DAY =
            Column.of("First day", true, "startdate", "absencestart", "from", "firstdayofabsence");
    static final Column LAST_DAY = Column.of("Last day", true, "absenceend", "to", "lastdayofabsence");
    static final Column DAYS_LOST = Column.of("Days lost", true, "workingdayslost", "days", "ftedayslost");

    private final WorkforceRecords records;
    private final OrganisationDirectory organisation;
    private final ImportLimits limits;
    private final Clock clock;
    private final int maxRows;

    HrImport(
            WorkforceRecords records,
            OrganisationDirectory organisation,
            ImportLimits limits,
            Clock clock,
            @Value("${praxis.import.hr.max-rows:20000}") int maxRows) {
        this.records = records;
        this.organisation = organisation;
        this.limits = limits;
        this.clock = clock;
        this.maxRows = maxRows;
    }

    @Transactional
    Outcome importFrom(Kind kind, ImportFile file, String username) {
        var staff = StaffByEmail.of(organisation);
        var today = LocalDate.now(clock);
        var details = new ArrayList<WorkforceRecords.StaffDetails>();
        var spells = new ArrayList<WorkforceRecords.SicknessSpell>();
        var seen = new HashSet<String>();
        var columns = kind == Kind.STAFF
                ? List.of(EMAIL, FTE, LEFT_ON, REASON, COHORT, UNIVERSITY, PROGRESS_COLUMN)
                : List.of(EMAIL, FIRST_DAY, LAST_DAY, DAYS_LOST);
        var problems = CsvRows.read(file, limits, maxRows, columns, (row, cells, found) -> {
            int before = found.size();
            var email = cells.get(EMAIL);
            var person = staff.get(email.toLowerCase(Locale.ROOT));
            if (email.isEmpty()) {
                found.add(new Problem(row, EMAIL.heading(), "", "Enter the staff member's work email"));
            } else if (person == null) {
                found.add(new Problem(
                        row, EMAIL.heading(), CsvRows.shorten(email), "No staff member has this work email"));
            }
            if (kind == Kind.STAFF) {
                var d = staffRow(row, cells, person, today, found);
                if (found.size() == before && person != null) {
                    if (!seen.add(email.toLowerCase(Locale.ROOT))) {
                        found.add(new Problem(row, EMAIL.heading(), email, "This person is in the file twice"));
                    } else {
                        details.add(d);
                    }
                }
            } else {
                var s = sicknessRow(row, cells, person, today, found);
                if (found.size() == before && person != null) {
                    if (!seen.add(email.toLowerCase(Locale.ROOT) + s.firstDay())) {
                        found.add(new Problem(
                                row,
                                FIRST_DAY.heading(),
                                s.firstDay().toString(),
                                "This person's absence starting this day is in the file twice"));
                    } else {
                        spells.add(s);
                    }
                }
            }
        });
        if (!problems.isEmpty()) {
            return new Outcome(0, problems);
        }
        if (kind == Kind.STAFF) {
            records.saveStaffDetails(details, username);
            return new Outcome(details.size(), List.of());
        }
        records.saveSickness(spells, username);
        return new Outcome(spells.size(), List.of());
    }

    private static WorkforceRecords.StaffDetails staffRow(
            int row,
            Map<Column, String> cells,
            OrganisationDirectory.StaffRecord person,
            LocalDate today,
            List<Problem> found) {
        var fteText = cells.get(FTE);
        var fte = CsvRows.number(fteText);
        if (fteText.isEmpty()) {
            found.add(new Problem(row, FTE.heading(), "", "Enter the FTE, like 1 or 0.6"));
        } else if (fte == null || fte.signum() <= 0 || fte.compareTo(BigDecimal.ONE) > 0 || fte.scale() > 2) {
            found.add(new Problem(
                    row, FTE.heading(), CsvRows.shorten(fteText), "The FTE must be a number from 0.01 to 1, like 0.6"));
        }
        var leftText = cells.get(LEFT_ON);
        LocalDate leftOn = null;
        if (!leftText.isEmpty()) {
            leftOn = CsvRows.date(leftText);
            if (leftOn == null) {
                found.add(new Problem(
                        row,
                        LEFT_ON.heading(),
                        CsvRows.shorten(leftText),
                        "Enter a real date, like 2026-03-27 or 27/03/2026"));
            } else if (leftOn.isAfter(today)) {
                found.add(
                        new Problem(row, LEFT_ON.heading(), leftText, "The leaving date must be today or in the past"));
            } else if (person != null && person.startDate() != null && leftOn.isBefore(person.startDate())) {
                found.add(new Problem(
                        row, LEFT_ON.heading(), leftText, "The leaving date is before the day they started"));
            }
        }
        var reason = cells.get(REASON);
        if (reason.length() > 200) {
            found.add(new Problem(
                    row, REASON.heading(), CsvRows.shorten(reason), "The reason must be 200 characters or fewer"));
        }
        var cohort = cells.get(COHORT);
        if (cohort.length() > 40) {
            found.add(new Problem(
                    row, COHORT.heading(), CsvRows.shorten(cohort), "The cohort must be 40 characters or fewer"));
        }
        var university = cells.get(UNIVERSITY);
        if (university.length() > 200) {
            found.add(new Problem(
                    row,
                    UNIVERSITY.heading(),
                    CsvRows.shorten(university),
                    "The university must be 200 characters or fewer"));
        }
        var progressText = cells.get(PROGRESS_COLUMN);
        var progress = PROGRESS.stream()
                .filter(p -> p.equalsIgnoreCase(progressText))
                .findFirst()
                .orElse(null);
        if (!progressText.isEmpty() && progress == null) {
            found.add(new Problem(
                    row,
                    PROGRESS_COLUMN.heading(),
                    CsvRows.shorten(progressText),
                    "Progress must be one of: " + String.join(", ", PROGRESS)));
        }
        return new WorkforceRecords.StaffDetails(
                person == null ? 0 : person.id(),
                fte,
                leftOn,
                blankToNull(reason),
                blankToNull(cohort),
                blankToNull(university),
                progress);
    }

    private static WorkforceRecords.SicknessSpell sicknessRow(
            int row,
            Map<Column, String> cells,
            OrganisationDirectory.StaffRecord person,
            LocalDate today,
            List<Problem> found) {
        var first = day(row, FIRST_DAY, cells.get(FIRST_DAY), found);
        var last = day(row, LAST_DAY, cells.get(LAST_DAY), found);
        if (first != null && first.isAfter(today)) {
            found.add(new Problem(
                    row, FIRST_DAY.heading(), cells.get(FIRST_DAY), "The first day must be today or in the past"));
        }
        if (first != null && last != null && last.isBefore(first)) {
            found.add(new Problem(
                    row, LAST_DAY.heading(), cells.get(LAST_DAY), "The last day must be on or after the first day"));
        }
        var daysText = cells.get(DAYS_LOST);
        var days = CsvRows.number(daysText);
        if (daysText.isEmpty()) {
            found.add(new Problem(row, DAYS_LOST.heading(), "", "Enter the working days lost, like 3 or 2.5"));
        } else if (days == null
                || days.signum() <= 0
                || days.compareTo(new BigDecimal("366")) > 0
                || days.scale() > 1) {
            found.add(new Problem(
                    row,
                    DAYS_LOST.heading(),
                    CsvRows.shorten(daysText),
                    "Days lost must be a number more than 0 and at most 366, with at most one decimal place"));
        } else if (first != null
                && last != null
                && !last.isBefore(first)
                && days.compareTo(BigDecimal.valueOf(first.until(last).getDays() + 1L)) > 0) {
            found.add(new Problem(
                    row,
                    DAYS_LOST.heading(),
                    daysText,
                    "Days lost is more than the days from the first day to the last"));
        }
        return new WorkforceRecords.SicknessSpell(person == null ? 0 : person.id(), first, last, days);
    }

    private static LocalDate day(int row, Column column, String text, List<Problem> found) {
        if (text.isEmpty()) {
            found.add(new Problem(
                    row, column.heading(), "", "Enter the " + column.heading().toLowerCase(Locale.ROOT)));
            return null;
        }
        var day = CsvRows.date(text);
        if (day == null) {
            found.add(new Problem(
                    row, column.heading(), CsvRows.shorten(text), "Enter a real date, like 2026-03-27 or 27/03/2026"));
        }
        return day;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
