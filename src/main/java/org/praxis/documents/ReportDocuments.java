package org.praxis.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A composed report's sections written out for committee papers: every table as a sheet of one workbook, and the
 * whole report as a Word document (cover, then each section's narrative, headline figures, charts each followed by
 * its table, and other tables).
 */
public final class ReportDocuments {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final Pattern WHOLE = Pattern.compile("-?\\d{1,15}");
    private static final Pattern DECIMAL = Pattern.compile("-?\\d{1,12}\\.\\d{1,6}");
    private static final Pattern PERCENT = Pattern.compile("(-?\\d{1,3}(?:\\.\\d{1,3})?)%");
    private static final String FORBIDDEN_IN_SHEET_NAMES = "[]:*?/\\";

    /** The table columns of a headline figure, in the Word document and the workbook. */
    public static final List<String> HEADLINE_COLUMNS = List.of("Figure", "Value", "Basis", "Reading");

    /** The workbook of {@link #writeTables}, as bytes. */
    public static byte[] tablesToXlsx(List<ReportSection> sections) {
        var out = new ByteArrayOutputStream();
        try {
            writeTables(sections, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * Every table of the sections as a sheet of its own, in the report's order: each section's headline figures,
     * the table of each chart, then its other tables. A sheet's first row is the table's caption, its second the
     * column headings; whole numbers are stored as numbers and "57%" as the share 0.57 shown as a percentage.
     */
    public static void writeTables(List<ReportSection> sections, OutputStream out) throws IOException {
        var used = new HashSet<String>();
        try (var xlsx = new SpreadsheetWriter(out)) {
            for (var section : sections) {
                for (var table : tablesOf(section)) {
                    xlsx.startSheet(sheetName(table.caption(), used));
                    xlsx.row(List.of(table.caption()));
                    xlsx.row(table.columns());
                    for (var row : table.rows()) {
                        xlsx.row(row.stream().map(ReportDocuments::cell).toList());
                    }
                }
            }
            if (used.isEmpty()) {
                xlsx.startSheet("No tables");
                xlsx.row(List.of("The report has no tables."));
            }
        }
    }

    /** A section's tables in the order the report shows them: headline figures, charts' tables, other tables. */
    static List<ReportSection.Table> tablesOf(ReportSection section) {
        var tables = new ArrayList<ReportSection.Table>();
        if (!section.headlines().isEmpty()) {
            tables.add(headlineTable(section));
        }
        section.charts().forEach(chart -> tables.add(chart.table()));
        tables.addAll(section.tables());
        return tables;
    }

    static ReportSection.Table headlineTable(ReportSection section) {
        return new ReportSection.Table(
                section.title() + ": headline figures",
                HEADLINE_COLUMNS,
                section.headlines().stream()
                        .map(h -> List.of(text(h.label()), text(h.value()), text(h.basis()), text(h.reading())))
                        .toList());
    }

    /**
     * A sheet name Excel accepts, unique in the workbook (ignoring case): no []:*?/\, no apostrophe at either end, at
     * most 31 characters, a number added where two tables share a caption.
     */
    static String sheetName(String caption, Set<String> used) {
        var clean = new StringBuilder();
        for (char c : text(caption).toCharArray()) {
            clean.append(FORBIDDEN_IN_SHEET_NAMES.indexOf(c) >= 0 || Character.isISOControl(c) ? ' ' : c);
        }
        var base = clean.toString()
                .replaceAll("\\s+", " ")
                .strip()
                .replaceAll("^'+|'+$", "")
                .strip();
        if (base.isEmpty() || base.equalsIgnoreCase("History")) {
            base = "Table";
        }
        var name = cut(base, 31);
        for (int n = 2; !used.add(name.toLowerCase(Locale.ROOT)); n++) {
            var suffix = " (" + n + ")";
            name = cut(base, 31 - suffix.length()) + suffix;
        }
        return name;
    }

    private static String cut(String text, int length) {
        return text.length() <= length
                ? text
                : text.substring(0, length).strip().replaceAll("'+$", "");
    }

    private static Object cell(String text) {
        if (text == null) {
            return "";
        }
        var s = text.strip();
        if (WHOLE.matcher(s).matches()) {
            return Long.parseLong(s);
        }
        if (DECIMAL.matcher(s).matches()) {
            return Double.parseDouble(s);
        }
        var percent = PERCENT.matcher(s);
        if (percent.matches()) {
            return new SpreadsheetWriter.Percent(Double.parseDouble(percent.group(1)) / 100);
        }
        return text;
    }

    /**
     * The report as a Word document: the cover (logo, title, council, period, the day the figures were taken and
     * the report's status), then each section: its title as a heading, the narrative written for it (by section key),
     * its automatic summary, its headline figures as a table, each chart as an image with its alternative text
     * followed by its table, and its other tables.
     *
     * @param narrative the blocks written for each section, by the section's key; a section without is shown without
     */
    public static byte[] toWord(
            ReportCover cover, List<ReportSection> sections, Map<String, List<NarrativeBlock>> narrative) {
        var word = new WordDocument(
                cover.title() + (cover.periodLabel() == null ? "" : ", " + cover.periodLabel()), cover.council());
        if (cover.logoPng() != null) {
            word.image(
                    cover.logoPng(), cover.logoAltText() == null ? cover.council() + " logo" : cover.logoAltText(), 5);
        }
        word.title(cover.title());
        word.subtitle(text(cover.council()));
        if (cover.periodLabel() != null) {
            word.paragraph(cover.periodLabel());
        }
        if (cover.figuresTaken() != null) {
            word.paragraph("Figures taken on " + DAY.format(cover.figuresTaken()));
        }
        if (cover.status() != null) {
            word.paragraph(cover.status());
        }
        for (var section : sections) {
            word.pageBreak();
            word.heading(1, section.title());
            for (var block : narrative.getOrDefault(section.key(), List.of())) {
                switch (block.kind()) {
                    case HEADING -> word.heading(2, block.text());
                    case PARAGRAPH -> word.paragraph(block.text());
                    case BULLETS -> {
                        if (!block.text().isBlank()) {
                            word.paragraph(block.text());
                        }
                        word.bullets(block.items());
                    }
                }
            }
            if (section.summary() != null && !section.summary().isBlank()) {
                word.heading(2, "Summary of the figures");
                word.paragraph(section.summary());
            }
            if (!section.headlines().isEmpty()) {
                var headlines = headlineTable(section);
                word.heading(2, "Headline figures");
                word.table(headlines.caption(), headlines.columns(), headlines.rows());
            }
            for (var chart : section.charts()) {
                word.heading(2, chart.title());
                word.image(png(chart.pngDataUri()), altText(chart));
                word.table(
                        chart.table().caption(),
                        chart.table().columns(),
                        chart.table().rows());
            }
            for (var table : section.tables()) {
                word.table(table.caption(), table.columns(), table.rows());
            }
        }
        return word.toBytes();
    }

    /** The chart's alternative text, saying that its table follows when it does not already say so. */
    static String altText(ReportSection.Chart chart) {
        var alt = text(chart.altText()).strip();
        if (alt.isEmpty()) {
            alt = chart.title() + ".";
        }
        return alt.toLowerCase(Locale.ROOT).contains("table")
                ? alt
                : alt + (alt.endsWith(".") ? "" : ".") + " The table that follows gives the same figures.";
    }

    private static byte[] png(String dataUri) {
        return Base64.getDecoder().decode(dataUri.substring(dataUri.indexOf(',') + 1));
    }

    private static String text(String text) {
        return text == null ? "" : text;
    }

    private ReportDocuments() {}
}
