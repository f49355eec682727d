package org.praxis.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.praxis.statistics.SmallNumbers.Reading;
import org.praxis.statistics.SmallNumbers.Visibility;

class SmallNumbersTest {

    private final SmallNumbers rules = new SmallNumbers(5, 10, 10, 60, 4);

    @Test
    void aGroupIsSuppressedThenMarkedThenShownAsItGrows() {
        assertThat(rules.group(4)).isEqualTo(Visibility.SUPPRESSED);
        assertThat(rules.group(5)).isEqualTo(Visibility.MARKED);
        assertThat(rules.group(10)).isEqualTo(Visibility.SHOWN);
        assertThat(rules.estimate(3)).isEqualTo(Visibility.MARKED);
    }

    @Test
    void agreementIsJudgedFromTenModeratedPairsMarkedUnderSixtyAndShownFromThere() {
        var two = Agreement.of(spread(2), 4);
        assertThat(rules.agreement(two)).isEqualTo(Visibility.SUPPRESSED);
        assertThat(rules.agreementTooFew(two)).isEqualTo("Too few to judge (fewer than 10 moderated)");
        assertThat(rules.agreement(Agreement.of(spread(9), 4))).isEqualTo(Visibility.SUPPRESSED);
        assertThat(rules.agreement(Agreement.of(spread(10), 4))).isEqualTo(Visibility.MARKED);
        assertThat(rules.agreement(Agreement.of(spread(59), 4))).isEqualTo(Visibility.MARKED);
        assertThat(rules.agreement(Agreement.of(spread(60), 4))).isEqualTo(Visibility.SHOWN);
    }

    @Test
    void agreementIsNotJudgedWhenNearlyEveryAuditGotTheSameGradeHoweverMany() {
        // 57 of 60 graded Good by both; each grader graded only two audits otherwise
        var pairs = new ArrayList<int[]>();
        for (int i = 0; i < 57; i++) {
            pairs.add(new int[] {3, 3});
        }
        pairs.add(new int[] {3, 4});
        pairs.add(new int[] {4, 3});
        pairs.add(new int[] {2, 2});
        var sameGrade = Agreement.of(pairs, 4);
        assertThat(sameGrade.varied()).isEqualTo(2);
        assertThat(rules.agreement(sameGrade)).isEqualTo(Visibility.SUPPRESSED);
        assertThat(rules.agreementTooFew(sameGrade))
                .isEqualTo("Too few to judge (nearly every audit got the same grade: fewer than 4 graded otherwise)");
        // Two more audits graded otherwise by each: judged
        pairs.add(new int[] {2, 2});
        pairs.add(new int[] {4, 4});
        assertThat(rules.agreement(Agreement.of(pairs, 4))).isEqualTo(Visibility.SHOWN);
    }

    /** {@code n} pairs over all four grades, mostly agreeing. */
    private static List<int[]> spread(int n) {
        var pairs = new ArrayList<int[]>();
        for (int i = 0; i < n; i++) {
            int grade = 1 + i % 4;
            pairs.add(new int[] {grade, i % 5 == 0 ? Math.min(4, grade + 1) : grade});
        }
        return pairs;
    }

    @Test
    void aChangeIsImprovedOrWorseOnlyWhenTheIntervalsAreApart() {
        var improved = rules.change(Share.of(30, 60), Share.of(50, 60), "audits");
        assertThat(improved.reading()).isEqualTo(Reading.IMPROVED);
        assertThat(improved.words()).isEqualTo("Improved");
        assertThat(rules.change(Share.of(50, 60), Share.of(30, 60), "audits").words())
                .isEqualTo("Worse");
        var unclear = rules.change(Share.of(30, 60), Share.of(36, 60), "audits");
        assertThat(unclear.reading()).isEqualTo(Reading.NO_CLEAR_CHANGE);
        assertThat(unclear.words()).isEqualTo("No clear change (within what chance would give)");
        assertThat(unclear.difference().change()).isCloseTo(0.1, within(1e-12));
    }

    @Test
    void aChangeIsNeverCalledRealWhileTheTwoIntervalsOverlap() {
        // 45 of 100 (35% to 55%) then 62 of 100 (52% to 71%): Newcombe's interval of the change leaves out nil, but
        // the two intervals overlap, so a reader looking at both is not told it improved
        var before = Share.of(45, 100);
        var after = Share.of(62, 100);
        assertThat(Difference.between(before, after).lower()).isPositive();
        assertThat(after.lower()).isLessThan(before.upper());
        var change = rules.change(before, after, "audits");
        assertThat(change.reading()).isEqualTo(Reading.NO_CLEAR_CHANGE);
        assertThat(change.words()).isEqualTo("No clear change (within what chance would give)");
        assertThat(rules.change(after, before, "audits").reading()).isEqualTo(Reading.NO_CLEAR_CHANGE);
    }

    @Test
    void aChangeFromTooFewIsNotJudgedHoweverLarge() {
        var change = rules.change(Share.of(0, 6), Share.of(6, 6), "audits");
        assertThat(change.reading()).isEqualTo(Reading.TOO_FEW);
        assertThat(change.words()).isEqualTo("Too few to judge (fewer than 10 audits)");
    }

    @Test
    void newcombesDifferenceCombinesTheTwoIntervals() {
        var before = Share.of(30, 60);
        var after = Share.of(45, 60);
        var d = Difference.between(before, after);
        assertThat(d.change()).isCloseTo(0.25, within(1e-12));
        double lower = 0.25 - Math.hypot(after.value() - after.lower(), before.upper() - before.value());
        double upper = 0.25 + Math.hypot(after.upper() - after.value(), before.value() - before.lower());
        assertThat(d.lower()).isCloseTo(lower, within(1e-12)).isPositive();
        assertThat(d.upper()).isCloseTo(upper, within(1e-12)).isLessThan(0.5);
    }
}
