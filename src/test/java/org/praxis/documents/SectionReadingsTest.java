package org.praxis.documents;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.praxis.statistics.Share;
import org.praxis.statistics.SmallNumbers;

/** The words of a headline's movement, worked by hand. */
class SectionReadingsTest {

    private final SmallNumbers rules = new SmallNumbers(5, 10, 30, 60, 4);

    @Test
    void overlappingSharesAreNoClearChange() {
        // 60 of 100 against 55 of 100: the change of 5 points has a 95% interval of about -9 to +18 points
        var reading = SectionReadings.share(rules, Share.of(60, 100), Share.of(55, 100), "Q2 2026", "audits", true);
        assertThat(reading.trend()).isEqualTo(ReportSection.Trend.NO_CLEAR_CHANGE);
        assertThat(reading.words())
                .isEqualTo("No clear change from 55% in Q2 2026: the difference is within what chance would give");
    }

    @Test
    void aClearRiseIsAnImprovementOnlyWhenHigherIsBetter() {
        // 80 of 100 against 50 of 100: Newcombe's interval of the change, +16 to +42 points, leaves out no change
        var better = SectionReadings.share(rules, Share.of(80, 100), Share.of(50, 100), "Q2 2026", "audits", true);
        assertThat(better.trend()).isEqualTo(ReportSection.Trend.IMPROVED);
        assertThat(better.words())
                .isEqualTo("Up from 50% in Q2 2026, a clear change (95% interval of the change +16 to +42 percentage"
                        + " points)");
        var worse = SectionReadings.share(rules, Share.of(80, 100), Share.of(50, 100), "Q2 2026", "children", false);
        assertThat(worse.trend()).isEqualTo(ReportSection.Trend.WORSENED);
    }

    @Test
    void aChangeIsNeverCalledRealWhileTheTwoQuartersIntervalsOverlap() {
        // 62 of 100 (52% to 71%) against 45 of 100 (35% to 55%): the change's own interval leaves out nil, but the
        // quarters' intervals overlap, so the director is not told it improved
        var reading = SectionReadings.share(rules, Share.of(62, 100), Share.of(45, 100), "Q2 2026", "audits", true);
        assertThat(reading.trend()).isEqualTo(ReportSection.Trend.NO_CLEAR_CHANGE);
        assertThat(reading.words())
                .isEqualTo("No clear change from 45% in Q2 2026: the difference is within what chance would give");
    }

    @Test
    void aShareFromTooFewIsNotJudged() {
        // 9 audits: fewer than the 10 a change is judged on, however large the difference
        var reading = SectionReadings.share(rules, Share.of(9, 9), Share.of(0, 40), "Q2 2026", "audits", true);
        assertThat(reading.trend()).isEqualTo(ReportSection.Trend.NOT_ENOUGH_DATA);
        assertThat(reading.words()).isEqualTo("Against 0% in Q2 2026: too few to judge (fewer than 10 audits)");
    }

    @Test
    void nothingToCompareWithSaysSo() {
        var reading = SectionReadings.share(rules, Share.of(6, 10), Share.of(0, 0), "Q2 2026", "audits", true);
        assertThat(reading.trend()).isEqualTo(ReportSection.Trend.NOT_ENOUGH_DATA);
        assertThat(reading.words()).isEqualTo("No figure for Q2 2026 to compare with");
    }

    @Test
    void exactCountsSayWhichWayTheyWent() {
        assertThat(SectionReadings.count(12, 15L, "Q2 2026", false))
                .isEqualTo(new SectionReadings.Reading("Down from 15 in Q2 2026", ReportSection.Trend.IMPROVED));
        assertThat(SectionReadings.count(15, 15L, "Q2 2026", false))
                .isEqualTo(new SectionReadings.Reading("The same as in Q2 2026", ReportSection.Trend.NO_CLEAR_CHANGE));
        assertThat(SectionReadings.count(3, null, "Q2 2026", false).trend())
                .isEqualTo(ReportSection.Trend.NOT_ENOUGH_DATA);
    }

    @Test
    void exactFiguresThatReadTheSameAreTheSame() {
        // 22.4% against 21.6%: both read 22%, so no fall is claimed
        assertThat(SectionReadings.exact("22%", 0.224, 0.216, "22%", "Q2 2026", false))
                .isEqualTo(new SectionReadings.Reading("The same as in Q2 2026", ReportSection.Trend.NO_CLEAR_CHANGE));
        assertThat(SectionReadings.exact("28%", 0.28, 0.30, "30%", "Q2 2026", false))
                .isEqualTo(new SectionReadings.Reading("Down from 30% in Q2 2026", ReportSection.Trend.IMPROVED));
    }

    @Test
    void activityIsNeverBetterOrWorse() {
        assertThat(SectionReadings.activity(40, 10L, "Q2 2026"))
                .isEqualTo(new SectionReadings.Reading("Against 10 in Q2 2026", ReportSection.Trend.FOR_INFORMATION));
    }

    @Test
    void theBasisGivesTheDenominatorAndTheInterval() {
        // 6 of 10 with the continuity-corrected Wilson interval: 27% to 86%
        assertThat(SectionReadings.basis(Share.of(6, 10), "cases audited"))
                .isEqualTo("of 10 cases audited; 95% interval 27% to 86%");
        assertThat(SectionReadings.point("Q3 2026", Share.of(6, 10)).value()).isEqualTo(60.0);
    }
}
