package org.praxis.workforce;

import java.util.ArrayList;
import java.util.List;
import org.praxis.documents.ReportPeriod;
import org.praxis.documents.ReportSection;
import org.praxis.documents.ReportSectionSource;
import org.praxis.documents.SectionReadings;
import org.praxis.statistics.Share;
import org.praxis.statistics.SmallNumbers;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The workforce section of the composed reports: supervision compliance at the quarter's end (staff in post who had
 * one-to-one supervision within their interval) with its interval, the vacancy rate and the share of agency and bank
 * staff, against the quarter before, and caseloads as the register holds them now. Council-wide figures only, from
 * {@link WorkforceFigures}; nobody is named.
 */
@Component
class WorkforceReportSection implements ReportSectionSource {

    static final String KEY = "workforce";

    private final WorkforceFigures figures;
    private final SmallNumbers rules;
    private final java.time.Clock clock;

    WorkforceReportSection(WorkforceFigures figures, SmallNumbers rules, java.time.Clock clock) {
        this.figures = figures;
        this.rules = rules;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 60;
    }

    @Override
    public String key() {
        return KEY;
    }

    @Override
    @Transactional(readOnly = true)
    public ReportSection section(ReportPeriod period) {
        // a quarter still under way is counted up to today: supervision due on a later day is not yet missed
        var today = java.time.LocalDate.now(clock);
        var now = new WorkforceFigures.Period(
                period.from(), period.to().isAfter(today) && !today.isBefore(period.from()) ? today : period.to());
        var before = new WorkforceFigures.Period(
                period.previous().from(), period.previous().to());
        return compose(
                period,
                figures.supervision(now).getFirst(),
                figures.supervision(before).getFirst(),
                figures.workforce(now).getFirst(),
                figures.workforce(before).getFirst(),
                figures.caseloads().getFirst());
    }

    ReportSection compose(
            ReportPeriod period,
            WorkforceFigures.SupervisionCompliance supervision,
            WorkforceFigures.SupervisionCompliance supervisionBefore,
            WorkforceFigures.WorkforceSummary workforce,
            WorkforceFigures.WorkforceSummary workforceBefore,
            WorkforceFigures.CaseloadSummary caseloads) {
        var title = "Workforce health";
        if (supervision.staff() == 0 && workforce.headcount() == 0) {
            return SectionReadings.nothing(
                    KEY,
                    title,
                    "No staff were in post at the end of " + period.label() + " in the workforce records.",
                    "/workforce/picture");
        }
        var beforeLabel = period.previous().shortLabel();
        var upToDate = Share.of(supervision.upToDate(), supervision.staff());
        // a quarter before with no session recorded has no figure to compare with (see below)
        var upToDateBefore = supervisionBefore.sessionsHeld() == 0
                ? Share.of(0, 0)
                : Share.of(supervisionBefore.upToDate(), supervisionBefore.staff());
        var supervisionReading = SectionReadings.share(rules, upToDate, upToDateBefore, beforeLabel, "staff", true);
        var headlines = new ArrayList<ReportSection.Headline>();
        // No session recorded at all is a gap in the records (before supervision was kept in Praxis, or not
        // imported), not a finding that nobody was supervised: say so rather than show 0%.
        boolean noneRecorded = supervision.sessionsHeld() == 0;
        if (noneRecorded) {
            headlines.add(new ReportSection.Headline(
                    "supervision",
                    "Staff supervised within their expected interval",
                    "No sessions recorded",
                    "none of the " + supervision.sessionsExpected() + " expected sessions of " + supervision.staff()
                            + " staff in post is recorded in Praxis for the quarter",
                    "Nothing to compare: supervision is not recorded for this quarter",
                    ReportSection.Trend.NOT_ENOUGH_DATA,
                    "/workforce/supervision"));
        } else {
            headlines.add(new ReportSection.Headline(
                    "supervision",
                    "Staff supervised within their expected interval",
                    Share.percent(upToDate.value()),
                    SectionReadings.basis(upToDate, "staff in post at the quarter's end")
                            + (supervision.sessionsExpected() == 0
                                    ? ""
                                    : "; " + supervision.sessionsHeld() + " of " + supervision.sessionsExpected()
                                            + " expected sessions held"),
                    supervisionReading.words(),
                    supervisionReading.trend(),
                    "/workforce/supervision"));
        }
        var vacancy = workforce.vacancyRate();
        if (vacancy != null) {
            var was = workforceBefore.vacancyRate();
            var reading = SectionReadings.exact(
                    Share.percent(vacancy), vacancy, was, was == null ? "" : Share.percent(was), beforeLabel, false);
            headlines.add(new ReportSection.Headline(
                    "vacancies",
                    "Vacancy rate",
                    Share.percent(vacancy),
                    workforce.vacancies().stripTrailingZeros().toPlainString() + " FTE vacant of "
                            + workforce.posts().stripTrailingZeros().toPlainString() + " funded posts",
                    reading.words(),
                    reading.trend(),
                    "/workforce/picture"));
        }
        var agency = workforce.agencyAndBankShare();
        if (agency != null) {
            var was = workforceBefore.agencyAndBankShare();
            var reading = SectionReadings.exact(
                    Share.percent(agency), agency, was, was == null ? "" : Share.percent(was), beforeLabel, false);
            headlines.add(new ReportSection.Headline(
                    "agency",
                    "Agency and bank staff",
                    Share.percent(agency),
                    (workforce.agency() + workforce.bank()) + " of " + workforce.headcount() + " staff in post",
                    reading.words(),
                    reading.trend(),
                    "/workforce/picture"));
        }
        var average = caseloads.averagePerWorker();
        if (average != null) {
            headlines.add(new ReportSection.Headline(
                    "caseloads",
                    "Average open cases per worker (now)",
                    String.format(java.util.Locale.UK, "%.1f", average),
                    caseloads.openCases() + " open cases across " + caseloads.workers() + " workers; "
                            + caseloads.workersOver() + " over their role's threshold",
                    "The register holds today's cases only, so there is no earlier figure to compare with",
                    ReportSection.Trend.NOT_ENOUGH_DATA,
                    "/workforce/caseloads"));
        }
        var rows = List.of(
                List.of(
                        "Staff in post",
                        String.valueOf(workforce.headcount()),
                        String.valueOf(workforceBefore.headcount())),
                List.of(
                        "Supervised within their interval",
                        SectionReadings.cell(upToDate),
                        SectionReadings.cell(upToDateBefore)),
                List.of("Vacancy rate", percent(workforce.vacancyRate()), percent(workforceBefore.vacancyRate())),
                List.of("Agency and bank staff", percent(agency), percent(workforceBefore.agencyAndBankShare())),
                List.of(
                        "Permanent leavers in the quarter",
                        String.valueOf(workforce.permanentLeavers()),
                        String.valueOf(workforceBefore.permanentLeavers())),
                List.of(
                        "Working days lost to sickness per FTE",
                        plain(workforce.daysLostPerFte()),
                        plain(workforceBefore.daysLostPerFte())));
        var table = new ReportSection.Table(
                "The workforce, " + period.shortLabel() + " against " + beforeLabel,
                List.of("Figure", period.shortLabel(), beforeLabel),
                rows);
        var summary = (noneRecorded
                        ? "No supervision session is recorded in Praxis for " + period.label() + "."
                        : Share.percent(upToDate.value()) + " of the " + supervision.staff()
                                + " staff in post at the end of " + period.label()
                                + " had had one-to-one supervision within their expected interval ("
                                + SectionReadings.inSentence(supervisionReading.words()) + ").")
                + (vacancy == null ? "" : " The vacancy rate was " + Share.percent(vacancy) + ".")
                + (agency == null ? "" : " Agency and bank staff were " + Share.percent(agency) + " of those in post.");
        return new ReportSection(KEY, title, summary, "/workforce/picture", headlines, List.of(), List.of(table));
    }

    private static String percent(Double share) {
        return share == null ? "–" : Share.percent(share);
    }

    private static String plain(java.math.BigDecimal value) {
        return value == null ? "–" : value.toPlainString();
    }
}
