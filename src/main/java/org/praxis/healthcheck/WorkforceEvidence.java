package org.praxis.healthcheck;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.praxis.statistics.Share;
import org.praxis.surveys.EmployerStandard;
import org.praxis.workforce.WorkforceFigures;
import org.praxis.workforce.WorkforceFigures.Period;
import org.springframework.stereotype.Component;

/**
 * The council's own workforce figures for each employer standard over a health check's twelve months (from the
 * workforce module, read once per page for the year and once for the year before), and how they moved. These are counts of everyone, not samples, so they carry no interval; a
 * figure that cannot be worked out (no establishment entered, nobody in post) is left out rather than shown as nil.
 */
@Component
class WorkforceEvidence {

    private static final java.time.format.DateTimeFormatter DAY =
            java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy");

    private final WorkforceFigures figures;

    WorkforceEvidence(WorkforceFigures figures) {
        this.figures = figures;
    }

    /** The council's figures over the twelve months to {@code until}; caseloads (today's) only when asked. */
    record Year(
            LocalDate until,
            WorkforceFigures.WorkforceSummary workforce,
            WorkforceFigures.SupervisionCompliance supervision,
            WorkforceFigures.Development development,
            WorkforceFigures.CaseloadSummary caseloads) {}

    Year year(LocalDate until, boolean withCaseloads) {
        var period = Period.yearTo(until);
        return new Year(
                until,
                council(figures.workforce(period)),
                councilSupervision(figures.supervision(period)),
                figures.development(period),
                withCaseloads
                        ? figures.caseloads().stream()
                                .filter(c -> c.teamId() == null)
                                .findFirst()
                                .orElse(null)
                        : null);
    }

    /** The figures for a standard in the year; caseloads only when the year has them (the latest health check). */
    List<String> evidence(EmployerStandard standard, Year year) {
        var ending = year.until().format(DAY);
        var lines = new ArrayList<String>();
        switch (standard) {
            case WORKFORCE_PLANNING -> {
                var w = year.workforce();
                if (w != null) {
                    lines.add(w.headcount() + " staff in post on " + ending + " ("
                            + w.fte().stripTrailingZeros().toPlainString() + " FTE"
                            + (w.fteAssumed() > 0
                                    ? ", " + w.fteAssumed() + " counted full time without an HR figure"
                                    : "")
                            + ").");
                    if (w.vacancyRate() != null) {
                        lines.add("Vacancies: "
                                + w.vacancies().stripTrailingZeros().toPlainString() + " FTE of "
                                + w.posts().stripTrailingZeros().toPlainString() + " funded posts ("
                                + Share.percent(w.vacancyRate()) + ").");
                    }
                    if (w.agencyAndBankShare() != null) {
                        lines.add("Agency and bank staff: " + (w.agency() + w.bank()) + " (" + w.agency() + " agency, "
                                + w.bank() + " bank), " + Share.percent(w.agencyAndBankShare()) + " of staff in post.");
                    }
                    if (w.turnover() != null) {
                        lines.add("Turnover of permanent staff: " + Share.percent(w.turnover()) + " ("
                                + w.permanentLeavers() + " leavers).");
                    }
                }
            }
            case SAFE_WORKLOADS -> {
                if (year.caseloads() == null) {
                    lines.add("Caseloads are counted from the register as it stands today, so they are on the latest"
                            + " health check only.");
                    break;
                }
                var c = year.caseloads();
                if (c.averagePerWorker() != null) {
                    lines.add("Caseloads as the register holds them now: " + c.openCases() + " open cases among "
                            + c.workers() + " allocated workers, "
                            + String.format(java.util.Locale.UK, "%.1f", c.averagePerWorker()) + " each on average; "
                            + c.workersOver() + (c.workersOver() == 1 ? " worker is" : " workers are")
                            + " over their role's threshold; " + c.unallocated() + " open cases have no worker matched"
                            + " in the register.");
                }
            }
            case WELLBEING -> {
                var w = year.workforce();
                if (w != null && w.daysLostPerFte() != null) {
                    lines.add("Sickness absence: " + w.daysLostPerFte().toPlainString() + " working days lost per FTE ("
                            + w.daysLost().stripTrailingZeros().toPlainString() + " days in spells that began in the"
                            + " twelve months to " + ending + ").");
                }
            }
            case SUPERVISION -> {
                var s = year.supervision();
                if (s != null && s.upToDateShare() != null) {
                    lines.add(Share.percent(s.upToDateShare()) + " of staff were up to date with one-to-one supervision"
                            + " on " + ending + " (" + s.upToDate() + " of " + s.staff() + ").");
                }
                if (s != null && s.heldShare() != null) {
                    lines.add(s.sessionsHeld() + " of the " + s.sessionsExpected()
                            + " one-to-one sessions the policy called for were held (" + Share.percent(s.heldShare())
                            + "), and " + s.otherSessions() + " group or reflective sessions.");
                }
            }
            case PROFESSIONAL_DEVELOPMENT -> {
                var d = year.development();
                if (d.unqualifiedStaff() > 0) {
                    lines.add(d.unqualifiedWithTraining() + " of " + d.unqualifiedStaff()
                            + " staff in unqualified roles attended training in the twelve months to " + ending + ".");
                }
            }
            case EDUCATION_PARTNERSHIPS -> {
                var d = year.development();
                lines.add(d.apprentices() + " social work apprentices in post on " + ending
                        + (d.apprenticesByProgress().isEmpty()
                                ? "."
                                : " ("
                                        + d.apprenticesByProgress().entrySet().stream()
                                                .map(e -> e.getValue() + " "
                                                        + e.getKey().toLowerCase(java.util.Locale.UK))
                                                .collect(Collectors.joining(", "))
                                        + ")."));
                lines.add(d.newlyQualified() + " newly qualified social workers in their assessed first year.");
            }
            default -> {}
        }
        return lines;
    }

    /**
     * The council's figures that moved between the year before and this one. A figure is compared only when the year
     * before has records of its kind (sickness spells, supervision sessions, leavers): a council-wide nil there means
     * records had not begun, not that nobody was ill, supervised or left.
     */
    List<String> changes(Year year, Year before) {
        var changes = new ArrayList<String>();
        var now = year.workforce();
        var then = before.workforce();
        if (now != null && then != null) {
            moved(changes, "Vacancy rate", then.vacancyRate(), now.vacancyRate());
            moved(changes, "Agency and bank staff", then.agencyAndBankShare(), now.agencyAndBankShare());
            if (then.permanentLeavers() > 0) {
                moved(changes, "Turnover of permanent staff", then.turnover(), now.turnover());
            }
            if (now.daysLostPerFte() != null
                    && then.daysLostPerFte() != null
                    && then.daysLost().signum() > 0
                    && now.daysLostPerFte().compareTo(then.daysLostPerFte()) != 0) {
                changes.add("Sickness absence: " + then.daysLostPerFte().toPlainString() + " days lost per FTE the year"
                        + " before, " + now.daysLostPerFte().toPlainString() + " this year.");
            }
        }
        var supervisionNow = year.supervision();
        var supervisionThen = before.supervision();
        if (supervisionNow != null && supervisionThen != null && supervisionThen.sessionsHeld() > 0) {
            moved(
                    changes,
                    "One-to-one supervision sessions held",
                    supervisionThen.heldShare(),
                    supervisionNow.heldShare());
        }
        return changes;
    }

    private static void moved(List<String> changes, String what, Double before, Double after) {
        if (before != null && after != null && !Share.percent(before).equals(Share.percent(after))) {
            changes.add(
                    what + ": " + Share.percent(before) + " the year before, " + Share.percent(after) + " this year.");
        }
    }

    private static WorkforceFigures.WorkforceSummary council(List<WorkforceFigures.WorkforceSummary> summaries) {
        return summaries.stream().filter(s -> s.teamId() == null).findFirst().orElse(null);
    }

    private static WorkforceFigures.SupervisionCompliance councilSupervision(
            List<WorkforceFigures.SupervisionCompliance> compliance) {
        return compliance.stream().filter(s -> s.teamId() == null).findFirst().orElse(null);
    }
}
