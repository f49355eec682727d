package org.praxis.learning;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.praxis.documents.ReportPeriod;
import org.praxis.documents.ReportSection;
import org.praxis.documents.ReportSectionSource;
import org.praxis.documents.SectionReadings;
import org.praxis.statistics.Share;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The learning reviews section of the composed reports: reviews published in the quarter, reviews still open at its
 * end, and how far the recommendations of the reviews published by then have got, their status rolled up from the
 * actions raised for them as the tracker holds them now. Three queries; no review's case is read.
 */
@Component
class LearningReportSection implements ReportSectionSource {

    static final String KEY = "learning-reviews";

    /** A review published by the quarter's end: when, and whether the QA lead has closed it since. */
    record Published(long id, LocalDate publishedOn, ReviewStatus status) {}

    private final JdbcClient jdbc;
    private final Reviews reviews;

    LearningReportSection(JdbcClient jdbc, Reviews reviews) {
        this.jdbc = jdbc;
        this.reviews = reviews;
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    public String key() {
        return KEY;
    }

    @Override
    @Transactional(readOnly = true)
    public ReportSection section(ReportPeriod period) {
        var published = jdbc.sql("""
                        select id, published_on, status from learning_review
                        where published_on is not null and published_on <= ? order by published_on, id
                        """)
                .param(period.to())
                .query((rs, n) -> new Published(
                        rs.getLong(1), rs.getObject(2, LocalDate.class), ReviewStatus.valueOf(rs.getString(3))))
                .list();
        int inProgress = jdbc.sql("""
                        select count(*) from learning_review
                        where (published_on is null or published_on > ?) and status <> 'CLOSED'
                            and coalesce(commissioned_on, cast(created_at as date)) <= ?
                        """)
                .params(period.to(), period.to())
                .query(Integer.class)
                .single();
        var progress = new EnumMap<Reviews.Progress, Integer>(Reviews.Progress.class);
        var open = published.stream()
                .filter(p -> p.status() != ReviewStatus.CLOSED)
                .map(Published::id)
                .toList();
        reviews.recommendations(open).values().stream()
                .flatMap(List::stream)
                .forEach(r -> progress.merge(r.progress(), 1, Integer::sum));
        return compose(period, published, inProgress, progress);
    }

    ReportSection compose(
            ReportPeriod period, List<Published> published, int inProgress, Map<Reviews.Progress, Integer> progress) {
        var title = "Learning from reviews";
        var beforeLabel = period.previous().shortLabel();
        long publishedNow = published.stream()
                .filter(p -> ReportPeriod.containing(p.publishedOn()).equals(period))
                .count();
        long publishedBefore = published.stream()
                .filter(p -> ReportPeriod.containing(p.publishedOn()).equals(period.previous()))
                .count();
        int recommendations =
                progress.values().stream().mapToInt(Integer::intValue).sum();
        if (published.isEmpty() && inProgress == 0) {
            return SectionReadings.nothing(
                    KEY,
                    title,
                    "No learning reviews had been published or were under way by the end of " + period.label() + ".",
                    "/learning/reviews");
        }
        int done = progress.getOrDefault(Reviews.Progress.DONE, 0);
        int overdue = progress.getOrDefault(Reviews.Progress.OVERDUE, 0);
        int noAction = progress.getOrDefault(Reviews.Progress.NO_ACTION, 0);
        long openReviews = published.stream()
                .filter(p -> p.status() != ReviewStatus.CLOSED)
                .count();
        var publishedReading = SectionReadings.activity(publishedNow, publishedBefore, beforeLabel);
        var doneShare = Share.of(done, recommendations);
        var noEarlier = "As the tracker stands now; no earlier figure is kept to compare with";
        var headlines = new ArrayList<ReportSection.Headline>();
        headlines.add(new ReportSection.Headline(
                "published",
                "Reviews published in the quarter",
                String.valueOf(publishedNow),
                openReviews + " published review" + (openReviews == 1 ? "" : "s") + " not yet closed; " + inProgress
                        + " commissioned or in progress",
                publishedReading.words(),
                publishedReading.trend(),
                "/learning/reviews"));
        headlines.add(new ReportSection.Headline(
                "recommendations-done",
                "Recommendations done",
                recommendations == 0 ? "None" : done + " of " + recommendations,
                recommendations == 0
                        ? "no recommendations in the open reviews"
                        : Share.percent(doneShare.value()) + " of the recommendations of open published reviews;"
                                + " done when every action raised for it is verified or cancelled",
                noEarlier,
                ReportSection.Trend.NOT_ENOUGH_DATA,
                "/learning/synopsis"));
        headlines.add(new ReportSection.Headline(
                "recommendations-overdue",
                "Recommendations with an overdue action",
                String.valueOf(overdue),
                "of " + recommendations + "; " + noAction + " with no action raised yet",
                noEarlier,
                ReportSection.Trend.NOT_ENOUGH_DATA,
                "/learning/synopsis"));
        var rows = new ArrayList<List<String>>();
        var points = new ArrayList<ReportSection.Chart.Point>();
        for (var p : Reviews.Progress.values()) {
            int n = progress.getOrDefault(p, 0);
            rows.add(List.of(p.label(), String.valueOf(n)));
            points.add(new ReportSection.Chart.Point(p.label(), (double) n, null, null));
        }
        var table = new ReportSection.Table(
                "Recommendations of open published reviews by progress", List.of("Progress", "Recommendations"), rows);
        var chart = new ReportSection.Chart(
                "Recommendations by progress",
                "Bar chart of the " + recommendations + " recommendations of open published reviews by progress: "
                        + done + " done, " + overdue + " with an overdue action.",
                ReportSection.Chart.Kind.BARS,
                "Recommendations",
                points,
                table);
        var summary = (publishedNow == 0 ? "No" : String.valueOf(publishedNow)) + " learning review"
                + (publishedNow == 1 ? " was" : "s were") + " published in "
                + period.label() + " (" + SectionReadings.inSentence(publishedReading.words()) + "). "
                + (recommendations == 0
                        ? "The open reviews have no recommendations yet."
                        : done + " of the " + recommendations + " recommendations of the " + openReviews
                                + " open published reviews are done and " + overdue + (overdue == 1 ? " has" : " have")
                                + " an overdue action, as the tracker stands now.");
        return new ReportSection(
                KEY,
                title,
                summary,
                "/learning/synopsis",
                headlines,
                recommendations == 0 ? List.of() : List.of(chart),
                List.of());
    }
}
