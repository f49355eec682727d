package org.praxis.complaints;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.praxis.documents.ReportPeriod;
import org.praxis.register.SamplingFrame;
import org.praxis.statistics.Share;
import org.praxis.statistics.SmallNumbers;

/** The section's plain words call a change in the mix of categories real only when the toolkit's reading does. */
class ComplaintsSectionTest {

    private final SmallNumbers rules = new SmallNumbers(5, 10, 10, 30, 4);
    private final ReportPeriod period = new ReportPeriod(2026, 3);
    private final ComplaintFigures.Quarter quarter = new ComplaintFigures.Quarter(
            period, Map.of(Procedure.CHILDREN, 40), Map.of(), 40, 30, 10, 40, 12, 800L, 200L);

    private ComplaintFigures.MixChange change(String name, int before, int after) {
        var b = Share.of(before, 200);
        var a = Share.of(after, 200);
        return new ComplaintFigures.MixChange(name, b, a, rules.change(b, a, "complaints"));
    }

    @Test
    void aShiftWithinChanceIsNotCalledAChange() {
        // 40 of 200 against 46 of 200: 20% and 23%, the interval of the difference spans no change.
        var words = ComplaintsSection.summary(
                period,
                quarter,
                rules.change(Share.of(30, 40), Share.of(30, 40), "responses"),
                List.of(change("Delay", 40, 46)));
        assertThat(words)
                .contains("within what chance would give")
                .doesNotContain("rose")
                .doesNotContain("fell");
    }

    @Test
    void aShiftBeyondChanceIsNamedWithItsDirection() {
        // Not getting back: 80 of 200 (40%) to 30 of 200 (15%); decisions 20 (10%) to 70 (35%). Both intervals of the
        // difference leave out no change.
        var words = ComplaintsSection.summary(
                period,
                quarter,
                rules.change(Share.of(30, 40), Share.of(30, 40), "responses"),
                List.of(
                        change("Communication or not getting back", 80, 30),
                        change("Decision or eligibility", 20, 70)));
        assertThat(words)
                .contains("communication or not getting back fell from 40% to 15%")
                .contains("decision or eligibility rose from 10% to 35%")
                .contains("more than chance would give");
    }

    /**
     * The register's first snapshots were taken in the quarter to December 2026: the quarter before has no count of
     * open cases, so no rate, and says so; a later snapshot is never borrowed for it.
     */
    @Test
    void aQuarterWithNoRegisterSnapshotHasNoRateAndSaysWhy() {
        var counts = List.of(
                new SamplingFrame.OpenCaseCount(false, java.time.LocalDate.of(2026, 11, 2), 900),
                new SamplingFrame.OpenCaseCount(false, java.time.LocalDate.of(2026, 12, 2), 1000),
                new SamplingFrame.OpenCaseCount(true, java.time.LocalDate.of(2026, 12, 2), 250));
        var december = new ReportPeriod(2026, 4);
        assertThat(ComplaintFigures.openIn(counts, false, december)).isEqualTo(1000L);
        assertThat(ComplaintFigures.openIn(counts, true, december)).isEqualTo(250L);
        assertThat(ComplaintFigures.openIn(counts, false, period)).isNull();
        assertThat(ComplaintFigures.openIn(counts, true, period)).isNull();

        var none = new ComplaintFigures.Quarter(
                period, Map.of(Procedure.CHILDREN, 40), Map.of(), 40, 30, 10, 40, 12, null, null);
        assertThat(none.perThousand()).isNull();
        assertThat(none.perThousand(Procedure.CHILDREN)).isNull();
        var childrenOnly = new ComplaintFigures.Quarter(
                period, Map.of(Procedure.CHILDREN, 40), Map.of(), 40, 30, 10, 40, 12, 800L, null);
        assertThat(childrenOnly.perThousand())
                .as("adults' complaints over children's cases")
                .isNull();
        assertThat(childrenOnly.perThousand(Procedure.CHILDREN)).isEqualTo(50.0);
        assertThat(childrenOnly.openCasesInWords()).contains("no adults’ register snapshot for this quarter");

        var figures = new ComplaintFigures(null, null, rules, null, null);
        var row = figures.rateTable(List.of(none)).rows().getFirst();
        assertThat(row.get(2)).as("children's rate").isEqualTo("–");
        assertThat(row.get(6)).as("social care rate").isEqualTo("–");
        assertThat(row.get(7)).isEqualTo("No register snapshot for this quarter");
    }

    @Test
    void theRatePerThousandOpenCasesCountsSocialCareOnly() {
        assertThat(quarter.perThousand()).isEqualTo(40.0);
        assertThat(quarter.perThousand(Procedure.CHILDREN)).isEqualTo(50.0);
        assertThat(quarter.inTime().value()).isEqualTo(0.75);
    }
}
