package org.praxis.complaints;

import org.praxis.documents.ReportSection;

/** What the trends page needs to draw a section's chart (public, for the template's expressions). */
public final class ReportsView {

    /** The chart as an SVG data: address for an img element. */
    public static String svgDataUri(ReportSection.Chart chart) {
        return "data:image/svg+xml;base64,"
                + java.util.Base64.getEncoder()
                        .encodeToString(chart.svg(640).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private ReportsView() {}
}
