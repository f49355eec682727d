package org.praxis.documents;

import java.util.List;

/**
 * One module's part of a composed report (the quarterly practice assurance report, the director's page): its
 * headline figures, its charts (each with the table it draws), its other tables, and a short automatic summary in
 * plain words. Plain data and text only, so a published report can be stored exactly as it was and drawn again
 * years later; no personal data, only figures about groups.
 *
 * @param key stable name of the section ("audit-findings"), used to keep the narrative with its section
 * @param title the section's heading
 * @param summary a few sentences a councillor can read; never calls a change real when the intervals overlap
 * @param detailPath the page in Praxis where the figures come from, for a reader who wants more
 * @param headlines the figures the director's page shows
 */
public record ReportSection(
        String key,
        String title,
        String summary,
        String detailPath,
        List<Headline> headlines,
        List<Chart> charts,
        List<Table> tables) {

    public ReportSection {
        headlines = List.copyOf(headlines);
        charts = List.copyOf(charts);
        tables = List.copyOf(tables);
    }

    /**
     * A headline figure: what it is, its value in words ("62%"), what it is out of or its interval ("of 180 audited
     * cases; 95% interval 55% to 69%"), how it moved ("no clear change from 58% in Q2 2026: the intervals
     * overlap"), and the page with its detail.
     *
     * @param trend which way the figure moved, judged by the module's own rule (intervals, not raw difference)
     */
    public record Headline(
            String key, String label, String value, String basis, String reading, Trend trend, String detailPath) {}

    /** How a headline moved against the period before: only IMPROVED or WORSENED when the change is clear. */
    public enum Trend {
        IMPROVED,
        WORSENED,
        NO_CLEAR_CHANGE,
        NOT_ENOUGH_DATA,
        /** A count that is neither better nor worse when it moves (open cases, reviews published). */
        FOR_INFORMATION;

        public String words() {
            return switch (this) {
                case IMPROVED -> "Improved";
                case WORSENED -> "Worse";
                case NO_CLEAR_CHANGE -> "No clear change";
                case NOT_ENOUGH_DATA -> "Not enough data";
                case FOR_INFORMATION -> "For information";
            };
        }
    }

    /** A table with a caption; every cell is text as it should be read ("57%", "12 of 21"). */
    public record Table(String caption, List<String> columns, List<List<String>> rows) {
        public Table {
            columns = List.copyOf(columns);
            rows = rows.stream().map(List::copyOf).toList();
        }
    }

    /**
     * A chart and the table of what it draws (every chart has one, for screen readers and for the XLSX).
     *
     * @param kind a trend over time (percentages with intervals) or bars (counts or shares)
     * @param altText a sentence saying what the chart shows, for the page and the tagged PDF
     */
    public record Chart(String title, String altText, Kind kind, String valueAxis, List<Point> points, Table table) {
        public Chart {
            points = List.copyOf(points);
        }

        public enum Kind {
            TREND,
            BARS
        }

        /** A point or bar: a percentage (with its 95% interval, where known) for a trend, a value for bars. */
        public record Point(String label, Double value, Double lower, Double upper) {}

        /** The chart as SVG markup for a page. */
        public String svg(int width) {
            return kind == Kind.TREND
                    ? TrendChart.svg(trendPoints(), valueAxis, width)
                    : BarChart.svg(bars(), valueAxis, width);
        }

        /** The chart as a data: address for a page's img element. */
        public String dataUri() {
            return ChartStyle.svgDataUri(svg(640));
        }

        /** The chart as a PNG data: address, for PDFs. */
        public String pngDataUri() {
            return kind == Kind.TREND
                    ? TrendChart.pngDataUri(trendPoints(), valueAxis)
                    : BarChart.pngDataUri(bars(), valueAxis);
        }

        private List<TrendChart.Point> trendPoints() {
            return points.stream()
                    .map(p -> new TrendChart.Point(p.label(), p.value(), p.lower(), p.upper()))
                    .toList();
        }

        private List<BarChart.Bar> bars() {
            return points.stream()
                    .map(p -> new BarChart.Bar(p.label(), p.value() == null ? 0 : p.value()))
                    .toList();
        }
    }
}
