package org.praxis.web;

import java.util.List;
import java.util.stream.Stream;

/**
 * A row of a GOV.UK summary list: a key (a link when {@code keyHref} is given), its value as one or more lines (each
 * text, a link or a tag; line breaks in a text are kept), and an optional action such as "Change".
 *
 * <p>Templates build rows with the same factories as Java does, as {@code #rows.of('Owner', owner)}, and lines as
 * {@code #cells.link('CS1', '/standards/1')} (see {@link SummaryRowsDialect}); a null row is left out of the list, which is how a row shown only when there is something
 * to show ({@link #given}) disappears.
 */
public record SummaryRow(String key, String keyHref, List<Cell> value, Cell action) {

    /** A row of text, saying "Not recorded" when there is none. */
    public static SummaryRow of(String key, String value) {
        return new SummaryRow(key, null, List.of(Cell.text(blank(value) ? "Not recorded" : value)), null);
    }

    /** A row of text, or no row at all when there is none. */
    public static SummaryRow given(String key, String value) {
        return blank(value) ? null : of(key, value);
    }

    /** A row whose value is a link; plain text when {@code href} is null (the reader may not open it). */
    public static SummaryRow link(String key, String text, String href) {
        return new SummaryRow(key, null, List.of(href == null ? Cell.text(text) : Cell.link(text, href)), null);
    }

    /** A row whose value is several lines of text, one under another ("Not recorded" when there are none). */
    public static SummaryRow lines(String key, List<String> lines) {
        var given = lines.stream().filter(line -> !blank(line)).toList();
        return given.isEmpty()
                ? of(key, null)
                : cells(key, given.stream().map(Cell::text).toList());
    }

    /** A row whose value is several lines, each text, a link or a tag. */
    public static SummaryRow cells(String key, List<Cell> cells) {
        return cells.isEmpty() ? of(key, null) : new SummaryRow(key, null, List.copyOf(cells), null);
    }

    /** A row for each "Heading: value" line, as details imported with a record are kept. */
    public static List<SummaryRow> headed(List<String> lines) {
        return lines.stream()
                .map(line -> {
                    int at = line.indexOf(": ");
                    return at < 0 ? of(line, null) : of(line.substring(0, at), line.substring(at + 2));
                })
                .toList();
    }

    /** Rows from several lists, in order: for a list whose rows come partly from a collection. */
    public static List<SummaryRow> concat(List<SummaryRow> first, List<SummaryRow> then) {
        return Stream.concat(first.stream(), then.stream()).toList();
    }

    /** The same row with its key linking to {@code href}. */
    public SummaryRow withKeyLink(String href) {
        return new SummaryRow(key, href, value, action);
    }

    /** The same row with an action link, whose hidden text names the key for screen readers ("Change team"). */
    public SummaryRow withAction(String text, String href) {
        return new SummaryRow(key, keyHref, value, Cell.link(text, href));
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
