package org.praxis.web;

/** One cell of a GOV.UK table, or one line of a summary list's value: text, a link, a number (right-aligned) or a tag. */
public record Cell(String text, String href, boolean numeric, String tagColour) {

    public static Cell text(String text) {
        return new Cell(text == null ? "" : text, null, false, null);
    }

    public static Cell link(String text, String href) {
        return new Cell(text, href, false, null);
    }

    public static Cell number(long value) {
        return new Cell(String.valueOf(value), null, true, null);
    }

    public static Cell tag(String text, String colour) {
        return new Cell(text, null, false, colour);
    }
}
