package org.praxis.documents;

import java.awt.BasicStroke;
import java.util.HashMap;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.IntervalBarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.category.DefaultIntervalCategoryDataset;

/**
 * A percentage over time (one point per date, oldest first) as a line, each point with its 95% interval as a pale
 * bar behind it, drawn on the server as SVG like {@link BarChart}. Pages show it as an image with its data table
 * beside it; a point without a figure is a gap in the line.
 */
public final class TrendChart {

    /** One point: its label on the axis, and the percentage with its interval, or nulls when there is no figure. */
    public record Point(String label, Double percent, Double lower, Double upper) {}

    private static final int WIDTH = 640;
    private static final int HEIGHT = 320;

    /** The chart as SVG markup. */
    public static String svg(List<Point> points, String valueAxis, int width) {
        return ChartStyle.svg(chart(points, valueAxis), width, HEIGHT);
    }

    /** The chart as a data: address for an img element. */
    public static String dataUri(List<Point> points, String valueAxis) {
        return ChartStyle.svgDataUri(svg(points, valueAxis, WIDTH));
    }

    /** The chart as a PNG data: address, for PDF reports. */
    public static String pngDataUri(List<Point> points, String valueAxis) {
        return ChartStyle.pngDataUri(chart(points, valueAxis), WIDTH * 2, HEIGHT * 2);
    }

    private static JFreeChart chart(List<Point> points, String valueAxis) {
        var keys = uniqueLabels(points);
        var line = new DefaultCategoryDataset();
        var lower = new Number[1][points.size()];
        var upper = new Number[1][points.size()];
        for (int i = 0; i < points.size(); i++) {
            var p = points.get(i);
            line.addValue(p.percent(), valueAxis, keys[i]);
            lower[0][i] = p.lower();
            upper[0][i] = p.upper();
        }
        var categories = ChartStyle.categories();
        if (points.size() > 6) {
            categories.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        }
        var values = ChartStyle.values(valueAxis);
        var range = fittedRange(points);
        values.setRange(range[0], range[1]);
        var renderer = new LineAndShapeRenderer(true, true);
        renderer.setSeriesPaint(0, ChartStyle.BLUE);
        renderer.setSeriesStroke(0, new BasicStroke(3f));
        var plot = new CategoryPlot(line, categories, values, renderer);
        var intervals = new IntervalBarRenderer();
        intervals.setBarPainter(new StandardBarPainter());
        intervals.setShadowVisible(false);
        intervals.setSeriesPaint(0, ChartStyle.LIGHT_BLUE);
        intervals.setMaximumBarWidth(0.05);
        plot.setDataset(
                1, new DefaultIntervalCategoryDataset(new Comparable<?>[] {"95% interval"}, keys, lower, upper));
        plot.setRenderer(1, intervals);
        return ChartStyle.chart(plot);
    }

    /**
     * The axis fits the figures and their intervals, to the tens around them (at least 20 points tall), so a
     * change of a few points is visible; with no figures, 0 to 100.
     */
    static double[] fittedRange(List<Point> points) {
        double low = 100;
        double high = 0;
        for (var p : points) {
            for (var v : new Double[] {p.percent(), p.lower(), p.upper()}) {
                if (v != null) {
                    low = Math.min(low, v);
                    high = Math.max(high, v);
                }
            }
        }
        if (low > high) {
            return new double[] {0, 100};
        }
        low = Math.max(0, Math.floor(low / 10) * 10);
        high = Math.min(100, Math.ceil(high / 10) * 10);
        if (high - low < 20) {
            high = Math.min(100, low + 20);
            low = Math.max(0, high - 20);
        }
        return new double[] {low, high};
    }

    /** Two points may share a label (two snapshots as at one date); the chart needs each to be its own. */
    private static String[] uniqueLabels(List<Point> points) {
        var seen = new HashMap<String, Integer>();
        var keys = new String[points.size()];
        for (int i = 0; i < points.size(); i++) {
            var label = points.get(i).label();
            int n = seen.merge(label, 1, Integer::sum);
            keys[i] = n == 1 ? label : label + " (" + n + ")";
        }
        return keys;
    }

    private TrendChart() {}
}
