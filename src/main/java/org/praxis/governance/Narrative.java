package org.praxis.governance;

import java.util.ArrayList;
import java.util.List;
import org.praxis.documents.NarrativeBlock;

/**
 * What the principal social worker writes for a section, as plain text with two marks a Word user knows: a line
 * starting "## " is a heading, lines starting "- " are a bulleted list; paragraphs are separated by a blank line.
 * Kept as text, drawn as blocks, so no markup from the page ever reaches a report.
 */
record Narrative(List<NarrativeBlock> blocks) {

    static Narrative parse(String body) {
        var blocks = new ArrayList<NarrativeBlock>();
        var paragraph = new StringBuilder();
        var items = new ArrayList<String>();
        for (var raw : (body == null ? "" : body).split("\\R", -1)) {
            var line = raw.strip();
            if (line.startsWith("- ") || line.startsWith("* ") || line.startsWith("• ")) {
                flushParagraph(blocks, paragraph);
                items.add(line.substring(2).strip());
                continue;
            }
            flushList(blocks, items);
            if (line.isEmpty()) {
                flushParagraph(blocks, paragraph);
            } else if (line.startsWith("#")) {
                flushParagraph(blocks, paragraph);
                var heading = line.replaceFirst("^#+", "").strip();
                if (!heading.isEmpty()) {
                    blocks.add(NarrativeBlock.heading(heading));
                }
            } else {
                if (!paragraph.isEmpty()) {
                    paragraph.append(' ');
                }
                paragraph.append(line);
            }
        }
        flushList(blocks, items);
        flushParagraph(blocks, paragraph);
        return new Narrative(List.copyOf(blocks));
    }

    boolean isEmpty() {
        return blocks.isEmpty();
    }

    private static void flushParagraph(List<NarrativeBlock> blocks, StringBuilder paragraph) {
        if (!paragraph.isEmpty()) {
            blocks.add(NarrativeBlock.paragraph(paragraph.toString()));
            paragraph.setLength(0);
        }
    }

    private static void flushList(List<NarrativeBlock> blocks, List<String> items) {
        if (!items.isEmpty()) {
            blocks.add(NarrativeBlock.bullets(items));
            items.clear();
        }
    }
}
