package org.praxis.documents;

import java.util.List;
import java.util.Locale;
import org.praxis.statistics.Share;
import org.praxis.statistics.SmallNumbers;

/**
 * The plain words of a report headline's movement against the quarter before, in one place for every section: a
 * share is judged by the statistics toolkit's one reading of "has it changed?" (a change is called only when the 95%
 * intervals of the two quarters do not overlap, and never from too few cases); an exact count of the whole population
 * (overdue actions, reviews published) is simply compared, since it has no interval to overlap.
 */
public final class SectionReadings {

    /** A headline's reading and the trend it gives. */
    public record Reading(String words, ReportSection.Trend trend) {}

    /**
     * A share this quarter against the one before.
     *
     * @param before the earlier share (unknown when it rests on nothing)
     * @param beforeLabel the earlier period as a reader says it ("Q2 2026")
     * @param cases what the shares count ("audits", "staff")
     * @param higherIsBetter whether a rise is an improvement
     */
    public static Reading share(
            SmallNumbers rules, Share now, Share before, String beforeLabel, String cases, boolean higherIsBetter) {
        if (!now.known()) {
            return new Reading("No figure for this quarter", ReportSection.Trend.NOT_ENOUGH_DATA);
        }
        if (!before.known()) {
            return new Reading(
                    "No figure for " + beforeLabel + " to compare with", ReportSection.Trend.NOT_ENOUGH_DATA);
        }
        var change = rules.change(before, now, cases);
        var was = Share.percent(before.value()) + " in " + beforeLabel;
        return switch (change.reading()) {
            case TOO_FEW ->
                new Reading(
                        "Against " + was + ": " + change.words().toLowerCase(Locale.UK),
                        ReportSection.Trend.NOT_ENOUGH_DATA);
            case NO_CLEAR_CHANGE ->
                new Reading(
                        "No clear change from " + was + ": the difference is within what chance would give",
                        ReportSection.Trend.NO_CLEAR_CHANGE);
            case IMPROVED, WORSE -> {
                boolean up = change.reading() == SmallNumbers.Reading.IMPROVED;
                var words = (up ? "Up" : "Down") + " from " + was + ", a clear change (95% interval of the change "
                        + points(change.difference().lower()) + " to "
                        + points(change.difference().upper())
                        + " percentage points)";
                yield new Reading(
                        words, up == higherIsBetter ? ReportSection.Trend.IMPROVED : ReportSection.Trend.WORSENED);
            }
        };
    }

    /**
     * An exact count of the whole population this quarter against the one before (null when there is none to
     * compare with): any difference is real, but the words only say which way it went.
     */
    public static Reading count(long now, Long before, String beforeLabel, boolean higherIsBetter) {
        return exact(
                String.valueOf(now),
                now,
                before == null ? null : before.doubleValue(),
                String.valueOf(before),
                beforeLabel,
                higherIsBetter);
    }

    /**
     * An exact figure of the whole population (a vacancy rate from HR's records, not an estimate from a sample)
     * against the one before, each as the reader sees it ("14%"); null when there is none to compare with. Figures
     * that read the same are the same: 22.4% against 21.6% is not called a fall.
     */
    public static Reading exact(
            String nowWords,
            double now,
            Double before,
            String beforeWords,
            String beforeLabel,
            boolean higherIsBetter) {
        if (before == null) {
            return new Reading(
                    "No figure for " + beforeLabel + " to compare with", ReportSection.Trend.NOT_ENOUGH_DATA);
        }
        if (now == before || nowWords.equals(beforeWords)) {
            return new Reading("The same as in " + beforeLabel, ReportSection.Trend.NO_CLEAR_CHANGE);
        }
        boolean up = now > before;
        return new Reading(
                (up ? "Up" : "Down") + " from " + beforeWords + " in " + beforeLabel,
                up == higherIsBetter ? ReportSection.Trend.IMPROVED : ReportSection.Trend.WORSENED);
    }

    /** A section with nothing to show for the quarter: its summary says so plainly, in place of figures. */
    public static ReportSection nothing(String key, String title, String summary, String detailPath) {
        return new ReportSection(key, title, summary, detailPath, List.of(), List.of(), List.of());
    }

    /** Words that open a sentence, to be used inside one: "no clear change …". */
    public static String inSentence(String words) {
        return words.isEmpty() ? words : Character.toLowerCase(words.charAt(0)) + words.substring(1);
    }

    /**
     * A count that is neither better nor worse when it moves (open cases, actions raised): the words give both
     * figures, and the trend never claims an improvement or a decline.
     */
    public static Reading activity(long now, Long before, String beforeLabel) {
        if (before == null) {
            return new Reading(
                    "No figure for " + beforeLabel + " to compare with", ReportSection.Trend.NOT_ENOUGH_DATA);
        }
        return new Reading(
                now == before ? "The same as in " + beforeLabel : "Against " + before + " in " + beforeLabel,
                ReportSection.Trend.FOR_INFORMATION);
    }

    /** "of 180; 95% interval 55% to 69%", the basis of a share. */
    public static String basis(Share share, String of) {
        if (!share.known()) {
            return "none " + of;
        }
        return "of " + share.size() + " " + of + "; 95% interval " + Share.percent(share.lower()) + " to "
                + Share.percent(share.upper());
    }

    /** A trend chart's point for a share, in percent as the chart draws it, with its interval; a gap when unknown. */
    public static ReportSection.Chart.Point point(String label, Share share) {
        return share.known()
                ? new ReportSection.Chart.Point(label, 100 * share.value(), 100 * share.lower(), 100 * share.upper())
                : new ReportSection.Chart.Point(label, null, null, null);
    }

    /** "57% (of 21)", a share as a table cell, or a dash. */
    public static String cell(Share share) {
        return share.known() ? Share.percent(share.value()) + " (of " + share.size() + ")" : "–";
    }

    private static String points(double change) {
        long p = Math.round(change * 100);
        return (p > 0 ? "+" : "") + p;
    }

    private SectionReadings() {}
}
