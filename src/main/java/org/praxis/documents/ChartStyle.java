package org.praxis.documents;

import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Rectangle2D;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.svg.SVGGraphics2D;

/** What every chart shares: GOV.UK colours and type, a white plot with grey grid lines, and how it is drawn. */
final class ChartStyle {

    static final Color BLUE = new Color(0x1d, 0x70, 0xb8);
    static final Color LIGHT_BLUE = new Color(0xd2, 0xe2, 0xf1);
    static final Color TEXT = new Color(0x0b, 0x0c, 0x0c);
    private static final Color GRID = new Color(0xb1, 0xb4, 0xb6);

    static CategoryAxis categories() {
        var axis = new CategoryAxis();
        axis.setTickLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 14));
        axis.setTickLabelPaint(TEXT);
        return axis;
    }

    static NumberAxis values(String label) {
        var axis = new NumberAxis(label);
        axis.setLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 14));
        axis.setLabelPaint(TEXT);
        axis.setTickLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        axis.setTickLabelPaint(TEXT);
        axis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        return axis;
    }

    /** A chart of the plot on white, without a title or legend (the page's heading and table say what it is). */
    static JFreeChart chart(CategoryPlot plot) {
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(GRID);
        plot.setOutlineVisible(false);
        var chart = new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, false);
        chart.setBackgroundPaint(Color.WHITE);
        return chart;
    }

    static String svg(JFreeChart chart, int width, int height) {
        var g = new SVGGraphics2D(width, height);
        chart.draw(g, new Rectangle2D.Double(0, 0, width, height));
        return g.getSVGDocument();
    }

    /** SVG as a data: address for an img element, which the content security policy allows. */
    static String svgDataUri(String svg) {
        return "data:image/svg+xml;base64," + Base64.getEncoder().encodeToString(svg.getBytes(StandardCharsets.UTF_8));
    }

    /** The chart as a PNG data: address, for PDF reports (their renderer draws images, not SVG). */
    static String pngDataUri(JFreeChart chart, int width, int height) {
        try {
            var png = org.jfree.chart.ChartUtils.encodeAsPNG(chart.createBufferedImage(width, height));
            return "data:image/png;base64," + Base64.getEncoder().encodeToString(png);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private ChartStyle() {}
}
