package org.praxis.governance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What the principal social worker types becomes headings, paragraphs and lists, and nothing else. */
class NarrativeTest {

    @Test
    void headingsParagraphsAndListsAsAWordUserTypesThem() {
        var narrative = Narrative.parse("## What audits found\nMost cases were good.\nThe rest were not.\n\n"
                + "- Voice of the child\n- Chronologies\n\nA closing line with <b>markup</b> kept as text.");
        assertThat(narrative.blocks())
                .containsExactly(
                        new Narrative.Block(Narrative.Kind.HEADING, "What audits found", List.of()),
                        new Narrative.Block(
                                Narrative.Kind.PARAGRAPH, "Most cases were good. The rest were not.", List.of()),
                        new Narrative.Block(Narrative.Kind.LIST, null, List.of("Voice of the child", "Chronologies")),
                        new Narrative.Block(
                                Narrative.Kind.PARAGRAPH,
                                "A closing line with <b>markup</b> kept as text.",
                                List.of()));
    }

    @Test
    void nothingWrittenIsEmpty() {
        assertThat(Narrative.parse("  \n\n ").isEmpty()).isTrue();
        assertThat(Narrative.parse(null).isEmpty()).isTrue();
    }
}
