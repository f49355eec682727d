package org.praxis.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AgreementTest {

    private static final List<int[]> FIVE =
            List.of(new int[] {4, 4}, new int[] {3, 3}, new int[] {3, 2}, new int[] {2, 2}, new int[] {1, 2});

    @Test
    void quadraticWeightedKappaWorkedByHand() {
        // Auditor, moderator: (4,4) (3,3) (3,2) (2,2) (1,2). Weights 1 - d^2/9.
        // Observed: (1 + 1 + 8/9 + 1 + 8/9) / 5 = 43/45.
        // Auditor marginals 4:1 3:2 2:1 1:1; moderator 4:1 3:1 2:3.
        // Expected: sum of w(i,j) * row(i) * col(j) / 25 = 61/75.
        // Kappa: (43/45 - 61/75) / (1 - 61/75) = 16/21.
        var a = Agreement.of(FIVE, 4);
        assertThat(a.pairs()).isEqualTo(5);
        assertThat(a.exact()).isEqualTo(3);
        assertThat(a.exactShare()).isEqualTo(0.6);
        assertThat(a.kappa()).isCloseTo(16.0 / 21, within(1e-12));
        assertThat(a.strength()).isEqualTo("Substantial");
    }

    @Test
    void theIntervalHoldsKappaStaysInsideTheScaleAndNarrowsWithMorePairs() {
        var few = Agreement.of(FIVE, 4);
        var many = new ArrayList<int[]>();
        for (int i = 0; i < 20; i++) {
            many.addAll(FIVE);
        }
        var more = Agreement.of(many, 4);
        assertThat(more.kappa()).isCloseTo(few.kappa(), within(1e-12));
        assertThat(few.lower()).isBetween(-1.0, few.kappa());
        assertThat(few.upper()).isBetween(few.kappa(), 1.0);
        assertThat(more.upper() - more.lower()).isLessThan((few.upper() - few.lower()) / 2);
        assertThat(more.lower()).isGreaterThan(few.lower());
    }

    @Test
    void perfectAgreementIsOneAndSystematicDisagreementIsNegative() {
        var perfect = Agreement.of(List.of(new int[] {1, 1}, new int[] {2, 2}, new int[] {3, 3}, new int[] {4, 4}), 4);
        assertThat(perfect.kappa()).isCloseTo(1.0, within(1e-12));
        var reversed = Agreement.of(List.of(new int[] {1, 4}, new int[] {2, 3}, new int[] {3, 2}, new int[] {4, 1}), 4);
        assertThat(reversed.kappa()).isCloseTo(-1.0, within(1e-12));
        assertThat(reversed.strength()).isEqualTo("Poor");
    }

    @Test
    void everyPairGradedTheSameClaimsNoCertaintyItDoesNotHave() {
        // Leaving out any pair still gives kappa 1: the jackknife sees no variation at all, which says nothing about
        // how sure kappa is (an interval of 1 to 1 missed the truth in one draw in seven at ten pairs)
        var pairs = new ArrayList<int[]>();
        for (int i = 0; i < 12; i++) {
            pairs.add(new int[] {2 + i % 3, 2 + i % 3});
        }
        var same = Agreement.of(pairs, 4);
        assertThat(same.kappa()).isCloseTo(1.0, within(1e-12));
        assertThat(same.lower()).isEqualTo(-1.0);
        assertThat(same.upper()).isEqualTo(1.0);
    }

    @Test
    void variedCountsTheFewerPairsEitherGraderGaveOtherThanTheirUsualGrade() {
        // Auditor: 4, 3, 3, 2, 1 (usual 3, twice: 3 otherwise). Moderator: 4, 3, 2, 2, 2 (usual 2, three times: 2
        // otherwise).
        assertThat(Agreement.of(FIVE, 4).varied()).isEqualTo(2);
        assertThat(Agreement.of(List.of(new int[] {3, 3}, new int[] {3, 4}), 4).varied())
                .isZero();
    }

    @Test
    void oneGradeForEverythingOrNoPairsGivesNoKappa() {
        assertThat(Agreement.of(List.of(new int[] {3, 3}, new int[] {3, 3}), 4).kappa())
                .isNaN();
        assertThat(Agreement.of(List.of(), 4).strength()).isEqualTo("Not enough variation to say");
    }
}
