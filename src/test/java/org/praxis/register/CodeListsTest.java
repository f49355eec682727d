package org.praxis.register;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.praxis.register.CodeLists.Field;

class CodeListsTest {

    @Test
    void ethnicityCodesReadAsTheirDfeLabelsInEveryFormCouncilsSend() {
        assertThat(CodeLists.label(Field.ETHNICITY, "WBRI")).isEqualTo("White British");
        assertThat(CodeLists.label(Field.ETHNICITY, "a) WBRI")).isEqualTo("White British");
        assertThat(CodeLists.label(Field.ETHNICITY, "abAN")).isEqualTo("Bangladeshi");
        assertThat(CodeLists.label(Field.ETHNICITY, "Asian or Asian British - Bangladeshi"))
                .isEqualTo("Bangladeshi");
        assertThat(CodeLists.label(Field.ETHNICITY, "NOBT")).isEqualTo("Information not yet obtained");
    }

    @Test
    void synonymsFoldIntoOneGroup() {
        for (var no : new String[] {"N", "No", "b) No", "no ", "FALSE"}) {
            assertThat(CodeLists.label(Field.DISABILITY, no)).as(no).isEqualTo("No");
        }
        assertThat(CodeLists.label(Field.GENDER, "c) Not stated/recorded (or unborn)"))
                .isEqualTo(CodeLists.label(Field.GENDER, "Not stated/recorded"));
        assertThat(CodeLists.label(Field.CATEGORY_OF_NEED, "N1 - Abuse or neglect"))
                .isEqualTo("N1: Abuse or neglect");
        assertThat(CodeLists.label(Field.LEGAL_STATUS, "C2: FCO")).isEqualTo("C2: Full care order");
    }

    @Test
    void blanksAreNotRecordedAndUnknownValuesAreShownAsRecorded() {
        assertThat(CodeLists.label(Field.ETHNICITY, null)).isEqualTo("Not recorded");
        assertThat(CodeLists.label(Field.ETHNICITY, "  ")).isEqualTo("Not recorded");
        assertThat(CodeLists.label(Field.ETHNICITY, "Martian")).isEqualTo("Martian");
        assertThat(CodeLists.known(Field.ETHNICITY, "Martian")).isEmpty();
    }

    @Test
    void headingsNameTheirCodeList() {
        assertThat(CodeLists.forHeading("Latest Category of Abuse")).contains(Field.CATEGORY_OF_ABUSE);
        assertThat(CodeLists.forHeading("Child's Legal Status")).contains(Field.LEGAL_STATUS);
        assertThat(CodeLists.forHeading("Start date of current legal status")).isEmpty();
        assertThat(CodeLists.forHeading("Primary Need Code")).contains(Field.CATEGORY_OF_NEED);
    }
}
