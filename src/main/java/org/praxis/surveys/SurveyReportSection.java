package org.praxis.surveys;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.praxis.documents.ReportPeriod;
import org.praxis.documents.ReportSection;
import org.praxis.documents.ReportSectionSource;
import org.praxis.documents.SectionReadings;
import org.praxis.statistics.Share;
import org.praxis.statistics.SmallNumbers;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The staff survey's part of the composed reports, beside workforce health: the latest staff survey that had closed
 * by the quarter's end (surveys are yearly, so a quarter usually repeats the last one and says so), how many answered,
 * the standard staff agree with least, and which figures clearly moved since the survey before. Only what the
 * results page itself would show: groups under the survey's minimum never appear.
 */
@Component
class SurveyReportSection implements ReportSectionSource {

    static final String KEY = "staff-survey";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final JdbcClient jdbc;
    private final Surveys surveys;
    private final SurveyResults results;

    SurveyReportSection(JdbcClient jdbc, Surveys surveys, SurveyResults results) {
        this.jdbc = jdbc;
        this.surveys = surveys;
        this.results = results;
    }

    @Override
    public int order() {
        return 65;
    }

    @Override
    public String key() {
        return KEY;
    }

    @Override
    @Transactional(readOnly = true)
    public ReportSection section(ReportPeriod period) {
        var title = "Staff survey";
        var latest = jdbc.sql("""
                        select id from survey where sent_at is not null and closes_on <= ? and closes_on < ?
                        order by closes_on desc, id desc fetch first 1 rows only
                        """)
                .params(period.to(), surveys.today())
                .query(Long.class)
                .optional()
                .flatMap(surveys::survey);
        if (latest.isEmpty()) {
            return SectionReadings.nothing(
                    KEY, title, "No staff survey had closed by the end of " + period.label() + ".", "/surveys");
        }
        var survey = latest.get();
        return compose(period, survey, results.results(survey));
    }

    static ReportSection compose(ReportPeriod period, Surveys.Survey survey, SurveyResults.Results results) {
        var title = "Staff survey";
        var detail = "/surveys/" + survey.id() + "/results";
        var when = survey.title() + ", which closed on " + survey.closesOn().format(DAY)
                + (survey.closesOn().isBefore(period.from())
                        ? " (no survey closed in " + period.shortLabel() + ")"
                        : "");
        if (!results.available()) {
            return SectionReadings.nothing(
                    KEY, title, "The latest staff survey is " + when + ". " + results.reason(), detail);
        }
        var headlines = new ArrayList<ReportSection.Headline>();
        headlines.add(new ReportSection.Headline(
                "respondents",
                "Staff who answered the survey",
                String.valueOf(results.respondents()),
                survey.invited() == 0
                        ? survey.title()
                        : "of " + survey.invited() + " asked (" + survey.responseRate() + "); " + survey.title(),
                "Closed on " + survey.closesOn().format(DAY),
                ReportSection.Trend.FOR_INFORMATION,
                detail));
        // the employer standards where the survey has them, otherwise its agreement questions
        var figures = results.standards().isEmpty() ? results.figures() : results.standards();
        var known = figures.stream()
                .filter(f -> f.agreeing() != null && f.agreeing().known())
                .toList();
        known.stream()
                .min(Comparator.comparingDouble(f -> f.agreeing().value()))
                .ifPresent(f -> headlines.add(new ReportSection.Headline(
                        "lowest-agreement",
                        "Least agreed with: " + f.label(),
                        Share.percent(f.agreeing().value()),
                        SectionReadings.basis(f.agreeing(), "staff who answered it"),
                        f.change() == null
                                ? "No earlier survey to compare with"
                                : f.change().words(),
                        trend(f.change()),
                        detail)));
        long better = count(known, SmallNumbers.Reading.IMPROVED);
        long worse = count(known, SmallNumbers.Reading.WORSE);
        boolean compared = known.stream().anyMatch(f -> f.change() != null);
        var of = results.standards().isEmpty() ? "questions" : "employer standards";
        headlines.add(new ReportSection.Headline(
                "clear-changes",
                "Clear changes since the survey before",
                compared ? better + " better, " + worse + " worse" : "–",
                "of " + known.size() + " " + of
                        + (results.previousTitle() == null ? "" : ", against " + results.previousTitle()),
                compared
                        ? (better + worse == 0
                                ? "No figure moved by more than chance would give"
                                : "The rest moved by no more than chance would give")
                        : "No earlier survey to compare with",
                !compared
                        ? ReportSection.Trend.NOT_ENOUGH_DATA
                        : better + worse == 0
                                ? ReportSection.Trend.NO_CLEAR_CHANGE
                                : worse == 0
                                        ? ReportSection.Trend.IMPROVED
                                        : better == 0
                                                ? ReportSection.Trend.WORSENED
                                                : ReportSection.Trend.FOR_INFORMATION,
                detail));
        var rows = figures.stream()
                .map(f -> List.of(
                        f.label(),
                        f.agreeing() == null ? "–" : SectionReadings.cell(f.agreeing()),
                        f.agreeing() == null ? "–" : f.intervalText(),
                        f.before() == null ? "–" : f.beforeText(),
                        f.change() == null ? "No earlier survey" : f.change().words(),
                        f.national() == null ? "–" : f.nationalText()))
                .toList();
        var table = new ReportSection.Table(
                "Staff agreeing, " + survey.title(),
                List.of("Standard or question", "Agreeing", "95% interval", "Survey before", "Change", "National"),
                rows);
        var chart = new ReportSection.Chart(
                "Staff agreeing, by " + (results.standards().isEmpty() ? "question" : "employer standard"),
                "Bar chart of the share of staff agreeing with each " + of.replaceFirst("s$", "") + " in "
                        + survey.title() + ": "
                        + known.stream()
                                .map(f -> f.label() + " "
                                        + Share.percent(f.agreeing().value()))
                                .reduce((a, b) -> a + "; " + b)
                                .orElse("none")
                        + ".",
                ReportSection.Chart.Kind.BARS,
                "Staff agreeing (%)",
                known.stream()
                        .map(f -> SectionReadings.point(f.label(), f.agreeing()))
                        .toList(),
                table);
        var summary = results.respondents() + " staff answered " + when + ". "
                + headlines.get(1).label() + " (" + headlines.get(1).value() + " agreeing). "
                + (compared
                        ? better + worse == 0
                                ? "No figure changed by more than chance would give since the survey before."
                                : counted(better, of) + " clearly better and " + worse
                                        + " clearly worse than the survey before."
                        : "There is no earlier survey to compare with.");
        return new ReportSection(KEY, title, summary, detail, headlines, List.of(chart), List.of());
    }

    /** "1 employer standard", "2 questions". */
    private static String counted(long n, String plural) {
        return n + " " + (n == 1 ? plural.replaceFirst("s$", "") : plural);
    }

    private static long count(List<SurveyResults.Figure> figures, SmallNumbers.Reading reading) {
        return figures.stream()
                .filter(f -> f.change() != null && f.change().reading() == reading)
                .count();
    }

    private static ReportSection.Trend trend(SmallNumbers.Change change) {
        if (change == null) {
            return ReportSection.Trend.NOT_ENOUGH_DATA;
        }
        return switch (change.reading()) {
            case IMPROVED -> ReportSection.Trend.IMPROVED;
            case WORSE -> ReportSection.Trend.WORSENED;
            case NO_CLEAR_CHANGE -> ReportSection.Trend.NO_CLEAR_CHANGE;
            case TOO_FEW -> ReportSection.Trend.NOT_ENOUGH_DATA;
        };
    }
}
