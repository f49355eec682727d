package org.praxis.documents;

import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Rectangle2D;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.svg.SVGGraphics2D;

/**
 * A horizontal bar chart drawn on the server as SVG, for a page, a PDF or print alike. Pages show it as an image
 * (a data: address, which the content security policy allows) with its data table beside it: the table is what
 * screen readers use, so the image's alternative text says so.
 */
public final class BarChart {

    public record Bar(String label, double value) {}

    private static final Color BLUE = new Color(0x1d, 0x70, 0xb8);
    private static final Color TEXT = new Color(0x0b, 0x0c, 0x0c);

    /** The chart as SVG markup. */
    public static String svg(List<Bar> bars, String valueAxis, int width) {
        var chart = chart(bars, valueAxis);
        int height = height(bars);
        var g = new SVGGraphics2D(width, height);
        chart.draw(g, new Rectangle2D.Double(0, 0, width, height));
        return g.getSVGDocument();
    }

    /** The chart as a PNG data: address, for PDF reports (their renderer draws images, not SVG). */
    public static String pngDataUri(List<Bar> bars, String valueAxis) {
        try {
            var png = org.jfree.chart.ChartUtils.encodeAsPNG(
                    chart(bars, valueAxis).createBufferedImage(1280, height(bars) * 2));
            return "data:image/png;base64," + Base64.getEncoder().encodeToString(png);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static int height(List<Bar> bars) {
        return 60 + 36 * Math.max(1, bars.size());
    }

    private static JFreeChart chart(List<Bar> bars, String valueAxis) {
        var data = new DefaultCategoryDataset();
        for (var bar : bars) {
            data.addValue(bar.value(), valueAxis, bar.label());
        }
        var categories = new CategoryAxis();
        categories.setTickLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 14));
        categories.setTickLabelPaint(TEXT);
        categories.setMaximumCategoryLabelWidthRatio(0.45f);
        var values = new NumberAxis(valueAxis);
        values.setLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 14));
        values.setTickLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        values.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        var renderer = new BarRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setSeriesPaint(0, BLUE);
        renderer.setMaximumBarWidth(0.12);
        var plot = new CategoryPlot(data, categories, values, renderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xb1, 0xb4, 0xb6));
        plot.setOutlineVisible(false);
        var chart = new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, false);
        chart.setBackgroundPaint(Color.WHITE);
        return chart;
    }

    /** The chart as a data: address for an img element. */
    public static String dataUri(List<Bar> bars, String valueAxis) {
        return "data:image/svg+xml;base64,"
                + Base64.getEncoder().encodeToString(svg(bars, valueAxis, 640).getBytes(StandardCharsets.UTF_8));
    }

    private BarChart() {}
}
