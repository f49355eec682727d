package org.praxis.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import org.junit.jupiter.api.Test;
import org.praxis.register.imports.AnnexA;
import org.praxis.register.reading.Headings;

/** Headings are compared as a person reads them. */
class HeadingsTest {

    private static AnnexA.Column column(int list, AnnexA.Role role) {
        return AnnexA.list(list).orElseThrow().column(role).orElseThrow();
    }

    @Test
    void variantsOfAHeadingMatchTheSameColumn() {
        var referralDate = column(3, AnnexA.Role.START_DATE);
        assertThat(referralDate.matches(Headings.key("Date of Referral"))).isTrue();
        assertThat(referralDate.matches(Headings.key(" date of referral\u00A0")))
                .isTrue();
        var age = column(3, AnnexA.Role.AGE);
        assertThat(age.matches(Headings.key("Age"))).isTrue();
        assertThat(age.matches(Headings.key("AGE OF CHILD (YEARS)"))).isTrue();
        var visit = column(7, AnnexA.Role.LAST_VISIT_DATE);
        assertThat(visit.matches(Headings.key("Date of Last Statutory Visit"))).isTrue();
        assertThat(visit.matches(Headings.key("Date of the last statutory visit?")))
                .isTrue();
        var legalStatus = AnnexA.list(8).orElseThrow().columns().stream()
                .filter(c -> c.heading().equals("Child's Legal Status"))
                .findFirst()
                .orElseThrow();
        assertThat(legalStatus.matches(Headings.key("Child’s Legal Status"))).isTrue();
        // Seen in a council's workbook: a stray closing bracket.
        var uasc = column(8, AnnexA.Role.UASC);
        assertThat(uasc.matches(
                        Headings.key("Unaccompanied Asylum Seeking Child (UASC) within the Last 12 Months (Y/N))")))
                .isTrue();
    }

    @Test
    void noTwoColumnsOfAListReadAlike() {
        for (var list : AnnexA.LISTS) {
            var keys = new HashSet<String>();
            for (var column : list.columns()) {
                assertThat(keys.add(Headings.key(column.heading())))
                        .as("%s: %s", list.name(), column.heading())
                        .isTrue();
            }
        }
    }

    @Test
    void listsAreKnownByTheirSheetOrFileName() {
        assertThat(AnnexA.identify("List_3").orElseThrow().number()).isEqualTo(3);
        assertThat(AnnexA.identify("List 3: Referral").orElseThrow().number()).isEqualTo(3);
        assertThat(AnnexA.identify("annex-a list-10 adoption.csv").orElseThrow().number())
                .isEqualTo(10);
        assertThat(AnnexA.identify("List_1").orElseThrow().number()).isEqualTo(1);
        assertThat(AnnexA.identify("Front_Sheet")).isEmpty();
        assertThat(AnnexA.identify("List 12")).isEmpty();
    }
}
