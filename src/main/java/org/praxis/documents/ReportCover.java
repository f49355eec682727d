package org.praxis.documents;

import java.time.LocalDate;

/**
 * The cover of a composed report: the council's name and logo, the report's title, the period it covers, the day its
 * figures were taken and where it stands ("Draft, version 2", "Published, version 1").
 *
 * @param logoPng the council's logo as PNG bytes, or null for none
 * @param logoAltText what the logo says, for a reader who cannot see it ("Example Council logo")
 * @param periodLabel the period as people read it ("July to September 2026")
 * @param figuresTaken the day the figures were taken from Praxis
 * @param status where the report stands and its version
 */
public record ReportCover(
        String council,
        byte[] logoPng,
        String logoAltText,
        String title,
        String periodLabel,
        LocalDate figuresTaken,
        String status) {

    public ReportCover {
        logoPng = logoPng == null ? null : logoPng.clone();
    }

    @Override
    public byte[] logoPng() {
        return logoPng == null ? null : logoPng.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ReportCover c
                && java.util.Objects.equals(council, c.council)
                && java.util.Arrays.equals(logoPng, c.logoPng)
                && java.util.Objects.equals(logoAltText, c.logoAltText)
                && java.util.Objects.equals(title, c.title)
                && java.util.Objects.equals(periodLabel, c.periodLabel)
                && java.util.Objects.equals(figuresTaken, c.figuresTaken)
                && java.util.Objects.equals(status, c.status);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(
                council, java.util.Arrays.hashCode(logoPng), title, periodLabel, figuresTaken, status);
    }

    @Override
    public String toString() {
        return "ReportCover[" + council + ", " + title + ", " + periodLabel + ", " + figuresTaken + ", " + status + "]";
    }
}
