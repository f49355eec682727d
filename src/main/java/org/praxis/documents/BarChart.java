package org.praxis.documents;

import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * A horizontal bar chart drawn on the server as SVG, for a page, a PDF or print alike. Pages show it as an image
 * (a data: address, which the content security policy allows) with its data table beside it: the table is what
 * screen readers use, so the image's alternative text says so.
 */
public final class BarChart {

    public record Bar(String label, double value) {}

    /** The chart as SVG markup. */
    public static String svg(List<Bar> bars, String valueAxis, int width) {
        return ChartStyle.svg(chart(bars, valueAxis), width, height(bars));
    }

    /** The chart as a PNG data: address, for PDF reports (their renderer draws images, not SVG). */
    public static String pngDataUri(List<Bar> bars, String valueAxis) {
        return ChartStyle.pngDataUri(chart(bars, valueAxis), 1280, height(bars) * 2);
    }

    private static int height(List<Bar> bars) {
        return 60 + 36 * Math.max(1, bars.size());
    }

    private static JFreeChart chart(List<Bar> bars, String valueAxis) {
        var data = new DefaultCategoryDataset();
        for (var bar : bars) {
            data.addValue(bar.value(), valueAxis, bar.label());
        }
        var categories = ChartStyle.categories();
        categories.setMaximumCategoryLabelWidthRatio(0.45f);
        var renderer = new BarRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setSeriesPaint(0, ChartStyle.BLUE);
        renderer.setMaximumBarWidth(0.12);
        var plot = new CategoryPlot(data, categories, ChartStyle.values(valueAxis), renderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        return ChartStyle.chart(plot);
    }

    /**
     * The chart's alternative text: what it shows, bar by bar, and that the table after it gives the same figures
     * ("Bar chart of audits by overall grade: Good 12, Inadequate 2. The table that follows gives the same
     * figures.").
     */
    public static String altText(String subject, List<Bar> bars) {
        var text = new StringBuilder("Bar chart of ").append(subject);
        for (int i = 0; i < bars.size(); i++) {
            var value = bars.get(i).value();
            text.append(i == 0 ? ": " : ", ")
                    .append(bars.get(i).label())
                    .append(' ')
                    .append(value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value));
        }
        return text.append(". The table that follows gives the same figures.").toString();
    }

    /** The chart as a data: address for an img element. */
    public static String dataUri(List<Bar> bars, String valueAxis) {
        return ChartStyle.svgDataUri(svg(bars, valueAxis, 640));
    }

    private BarChart() {}
}
