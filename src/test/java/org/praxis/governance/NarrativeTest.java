package org.praxis.governance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.praxis.documents.NarrativeBlock;

/** What the principal social worker types becomes headings, paragraphs and lists, and nothing else. */
class NarrativeTest {

    @Test
    void headingsParagraphsAndListsAsAWordUserTypesThem() {
        var narrative = Narrative.parse("## What audits found\nMost cases were good.\nThe rest were not.\n\n"
                + "- Voice of the child\n- Chronologies\n\nA closing line with <b>markup</b> kept as text.");
        assertThat(narrative.blocks())
                .containsExactly(
                        NarrativeBlock.heading("What audits found"),
                        NarrativeBlock.paragraph("Most cases were good. The rest were not."),
                        NarrativeBlock.bullets(List.of("Voice of the child", "Chronologies")),
                        NarrativeBlock.paragraph("A closing line with <b>markup</b> kept as text."));
    }

    @Test
    void nothingWrittenIsEmpty() {
        assertThat(Narrative.parse("  \n\n ").isEmpty()).isTrue();
        assertThat(Narrative.parse(null).isEmpty()).isTrue();
    }
}
