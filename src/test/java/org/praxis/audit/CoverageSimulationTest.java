package org.praxis.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The promise "95% interval", checked: seeded draws from fixed councils, sampled by Praxis's own sampler, must put
 * the truth inside the interval at least 94% of the time (the allowance is for chance in the draws), and the
 * interval must not buy that by being wastefully wide. More draws: bench/coverage.sh.
 */
class CoverageSimulationTest {

    private static final long SEED = 20261201L;

    @Test
    void stratifiedSharesCoverTheTrueShareInEveryCouncilAtEverySize() {
        var rows = CoverageSimulation.stratified(800, SEED);
        assertThat(rows).hasSize(12);
        assertCovered(rows);
        // Not wastefully wide: with 120 audits of a strong council, well under a third of the scale.
        assertThat(rows)
                .filteredOn(r -> r.size() == 120)
                .allSatisfy(r -> assertThat(r.medianWidth()).isLessThan(0.2));
    }

    @Test
    void simpleSharesCoverTheTrueShareNearZeroNearOneAndBetween() {
        assertCovered(CoverageSimulation.simple(2000, SEED));
    }

    @Test
    void differencesBetweenTwoProgrammesOrTwoSurveysCoverTheTrueChange() {
        assertCovered(CoverageSimulation.differences(500, SEED));
    }

    @Test
    void kappaCoversTheTrueAgreementWhereverThePageShowsIt() {
        // As shipped: from 10 moderated pairs, unless nearly every audit got one grade. Many draws, since the worst
        // lines sit near 94.5% (kappa is cheap to compute: a few seconds in all).
        var rules = CoverageSimulation.shippedRules();
        assertThat(rules.fewestPairsShown()).isEqualTo(10);
        var rows = CoverageSimulation.agreement(20_000, SEED, new int[] {10, 20, 30, 60}, rules);
        assertCovered(rows);
        // The rule must not buy coverage by hiding kappa from ordinary councils: at 20 pairs it is shown in almost
        // every draw unless nearly every audit is graded Good.
        assertThat(rows)
                .filteredOn(r -> r.size() == 20 && !r.scenario().startsWith("Nine in ten Good"))
                .allSatisfy(r -> assertThat(r.shown()).as(r.scenario()).isGreaterThan(0.9));
    }

    private static void assertCovered(List<CoverageSimulation.Row> rows) {
        assertThat(rows)
                .allSatisfy(r -> assertThat(r.coverage())
                        .as(r.figure() + ", " + r.scenario() + ", " + r.size())
                        .isGreaterThanOrEqualTo(0.94));
    }
}
