package org.praxis.documents;

import java.util.List;

/**
 * One block of the narrative a person writes for a report section: a heading, a paragraph or a bulleted list, in
 * the order written. Plain text, so it reads the same in the page, the PDF and the Word document.
 *
 * @param text the heading or paragraph; for a list, an optional line introducing it (may be blank)
 * @param items the list's items; empty for a heading or paragraph
 */
public record NarrativeBlock(Kind kind, String text, List<String> items) {

    public enum Kind {
        HEADING,
        PARAGRAPH,
        BULLETS
    }

    public NarrativeBlock {
        text = text == null ? "" : text;
        items = items == null ? List.of() : List.copyOf(items);
    }

    public boolean heading() {
        return kind == Kind.HEADING;
    }

    public boolean paragraph() {
        return kind == Kind.PARAGRAPH;
    }

    public boolean bullets() {
        return kind == Kind.BULLETS;
    }

    public static NarrativeBlock heading(String text) {
        return new NarrativeBlock(Kind.HEADING, text, List.of());
    }

    public static NarrativeBlock paragraph(String text) {
        return new NarrativeBlock(Kind.PARAGRAPH, text, List.of());
    }

    public static NarrativeBlock bullets(List<String> items) {
        return new NarrativeBlock(Kind.BULLETS, "", items);
    }
}
