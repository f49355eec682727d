package org.praxis.complaints;

import java.util.ArrayList;
import java.util.List;
import org.praxis.documents.ReportPeriod;
import org.praxis.documents.ReportSection;
import org.praxis.documents.ReportSectionSource;
import org.praxis.documents.SectionReadings;
import org.praxis.statistics.Share;
import org.praxis.statistics.SmallNumbers;
import org.springframework.stereotype.Component;

/**
 * The complaints section of the composed reports: complaints per 1,000 open cases, the share answered in time (with
 * its denominator and interval), the upheld share and compliments for the quarter; the category mix with its table;
 * and a summary that calls a change real only when the statistics toolkit's reading does.
 */
@Component
class ComplaintsSection implements ReportSectionSource {

    static final String KEY = "complaints";

    private final ComplaintFigures figures;
    private final SmallNumbers smallNumbers;

    ComplaintsSection(ComplaintFigures figures, SmallNumbers smallNumbers) {
        this.figures = figures;
        this.smallNumbers = smallNumbers;
    }

    @Override
    public int order() {
        return 70;
    }

    @Override
    public String key() {
        return KEY;
    }

    private static int socialCare(ComplaintFigures.Quarter quarter) {
        return quarter.received().getOrDefault(Procedure.CHILDREN, 0)
                + quarter.received().getOrDefault(Procedure.ADULTS, 0);
    }

    @Override
    public ReportSection section(ReportPeriod period) {
        var quarters = figures.quarters(period.lastQuarters(8));
        var now = quarters.getLast();
        var before = quarters.get(quarters.size() - 2);
        var headlines = new ArrayList<ReportSection.Headline>();
        headlines.add(new ReportSection.Headline(
                "complaints-per-thousand",
                "Social care complaints per 1,000 open cases",
                ComplaintFigures.rate(now.perThousand()),
                socialCare(now) + " children’s and adults’ social care complaints received; "
                        + now.openCasesInWords().substring(0, 1).toLowerCase(java.util.Locale.UK)
                        + now.openCasesInWords().substring(1),
                before.perThousand() == null
                        ? "No rate for " + before.period().shortLabel() + ": "
                                + java.util.Objects.requireNonNullElse(
                                        before.missingSnapshot(), "its snapshots have no open cases")
                        : "Was " + ComplaintFigures.rate(before.perThousand()) + " in "
                                + before.period().shortLabel(),
                ReportSection.Trend.FOR_INFORMATION,
                "/complaints/trends"));
        var inTime = smallNumbers.change(before.inTime(), now.inTime(), "responses due");
        var upheld = SectionReadings.share(
                smallNumbers,
                now.upheldShare(),
                before.upheldShare(),
                before.period().shortLabel(),
                "complaints decided",
                false);
        headlines.add(new ReportSection.Headline(
                "complaints-in-time",
                "Stage 1 responses in time",
                now.answerDue() == 0 ? "None due" : Share.percent(now.inTime().value()),
                now.answerDue() == 0
                        ? "No stage 1 response was due"
                        : "of " + now.answerDue() + " responses due; 95% interval "
                                + Share.percent(now.inTime().lower()) + " to "
                                + Share.percent(now.inTime().upper()),
                inTime.words(),
                trend(inTime.reading()),
                "/complaints/trends"));
        headlines.add(new ReportSection.Headline(
                "complaints-upheld",
                "Complaints upheld in whole or in part",
                now.decided() == 0
                        ? "None decided"
                        : Share.percent(now.upheldShare().value()),
                "of " + now.decided() + " decided",
                upheld.words(),
                // fewer upheld is not plainly better (a service may uphold more as it listens more): a clear change
                // is reported, never judged
                upheld.trend() == ReportSection.Trend.IMPROVED || upheld.trend() == ReportSection.Trend.WORSENED
                        ? ReportSection.Trend.FOR_INFORMATION
                        : upheld.trend(),
                "/complaints/trends"));
        headlines.add(new ReportSection.Headline(
                "compliments",
                "Compliments",
                String.valueOf(now.compliments()),
                "received in " + period.shortLabel(),
                "Was " + before.compliments() + " in " + before.period().shortLabel(),
                ReportSection.Trend.FOR_INFORMATION,
                "/complaints/trends"));
        var changes = figures.mixChanges(quarters);
        return new ReportSection(
                KEY,
                "Complaints and compliments",
                summary(period, now, inTime, changes),
                "/complaints/trends",
                headlines,
                List.of(figures.mixChart(quarters)),
                List.of(figures.rateTable(quarters), mixTable(changes)));
    }

    static ReportSection.Trend trend(SmallNumbers.Reading reading) {
        return switch (reading) {
            case IMPROVED -> ReportSection.Trend.IMPROVED;
            case WORSE -> ReportSection.Trend.WORSENED;
            case NO_CLEAR_CHANGE -> ReportSection.Trend.NO_CLEAR_CHANGE;
            case TOO_FEW -> ReportSection.Trend.NOT_ENOUGH_DATA;
        };
    }

    static ReportSection.Table mixTable(List<ComplaintFigures.MixChange> changes) {
        return new ReportSection.Table(
                "How the mix of categories changed: the latest four quarters against the four before",
                List.of("Category", "Four quarters before", "Latest four quarters", "Change"),
                changes.stream()
                        .map(c -> List.of(
                                c.category(),
                                Share.percent(c.before().value()) + " of "
                                        + c.before().size(),
                                Share.percent(c.after().value()) + " of "
                                        + c.after().size(),
                                c.words()))
                        .toList());
    }

    /** Plain words: a change is called real only when its interval leaves out no change. */
    static String summary(
            ReportPeriod period,
            ComplaintFigures.Quarter now,
            SmallNumbers.Change inTime,
            List<ComplaintFigures.MixChange> changes) {
        var words = new StringBuilder();
        words.append(now.complaints())
                .append(now.complaints() == 1 ? " complaint and " : " complaints and ")
                .append(now.compliments())
                .append(now.compliments() == 1 ? " compliment were" : " compliments were")
                .append(" received in ")
                .append(period.label())
                .append(". ");
        if (now.answerDue() > 0) {
            words.append(Share.percent(now.inTime().value()))
                    .append(" of the ")
                    .append(now.answerDue())
                    .append(" stage 1 responses due were sent in time; against the quarter before: ")
                    .append(inTime.words().toLowerCase(java.util.Locale.UK))
                    .append(". ");
        }
        var real = changes.stream()
                .filter(c -> c.change().reading() == org.praxis.statistics.SmallNumbers.Reading.IMPROVED
                        || c.change().reading() == org.praxis.statistics.SmallNumbers.Reading.WORSE)
                .toList();
        if (changes.isEmpty()) {
            words.append("There are not yet two years of complaints to compare the mix of categories.");
        } else if (real.isEmpty()) {
            words.append("The mix of categories over the last year is within what chance would give against the year"
                    + " before: no category’s share clearly changed.");
        } else {
            words.append("Over the last year, against the year before, ");
            for (int i = 0; i < real.size(); i++) {
                var c = real.get(i);
                words.append(i == 0 ? "" : i == real.size() - 1 ? " and " : ", ")
                        .append(c.category().toLowerCase(java.util.Locale.UK))
                        .append(
                                c.change().reading() == org.praxis.statistics.SmallNumbers.Reading.IMPROVED
                                        ? " rose from "
                                        : " fell from ")
                        .append(Share.percent(c.before().value()))
                        .append(" to ")
                        .append(Share.percent(c.after().value()));
            }
            words.append(" of complaints: more than chance would give. Other categories show no clear change.");
        }
        return words.toString();
    }
}
