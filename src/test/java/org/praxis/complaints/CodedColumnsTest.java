package org.praxis.complaints;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The words the import page lists for each coded column are the words the import reads, and nothing is lost. */
class CodedColumnsTest {

    @Test
    void everyWordListedIsReadAsItsValue() {
        for (var coded : ComplaintImport.CODED) {
            coded.words().forEach((value, words) -> {
                for (var word : words) {
                    assertThat(coded.read(word)).as(word).isEqualTo(value);
                    assertThat(coded.read(word.toUpperCase(java.util.Locale.UK)))
                            .as(word)
                            .isEqualTo(value);
                    assertThat(coded.described()).contains(word);
                }
            });
        }
    }

    @Test
    void everyValueIsListedWithItsLabelAndTheShortFormsAFileMayHold() {
        for (var channel : Channel.values()) {
            assertThat(ComplaintImport.CHANNEL.read(channel.label())).isEqualTo(channel);
            assertThat(ComplaintImport.CHANNEL.read(channel.name())).isEqualTo(channel);
        }
        assertThat(ComplaintImport.CHANNEL.described())
                .isEqualTo("Email, Phone, Letter, Online form, In person or Through a councillor or MP (or Councillor"
                        + " or MP)");
        assertThat(ComplaintImport.PROCEDURE.read("Children's")).isEqualTo(Procedure.CHILDREN);
        assertThat(ComplaintImport.PROCEDURE.read("CHILDRENS")).isEqualTo(Procedure.CHILDREN);
        assertThat(ComplaintImport.PROCEDURE.read("adult")).isEqualTo(Procedure.ADULTS);
        assertThat(ComplaintImport.PROCEDURE.read("Adults’ social care")).isEqualTo(Procedure.ADULTS);
        assertThat(ComplaintImport.TYPE.read("Enquiry")).isEqualTo(ComplaintKind.ENQUIRY);
        assertThat(ComplaintImport.OUTCOMES.read("partly_upheld")).isEqualTo(Outcome.PARTLY_UPHELD);
        assertThat(ComplaintImport.OUTCOMES.described()).isEqualTo("Upheld, Partly upheld or Not upheld");
        assertThat(ComplaintImport.CHANNEL.read("Fax")).isNull();
    }
}
