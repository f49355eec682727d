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
    void kappaCoversTheTrueAgreementFromThePairsTheRuleShowsUpwards() {
        assertCovered(CoverageSimulation.agreement(2000, SEED, new int[] {30, 60, 120}));
    }

    private static void assertCovered(List<CoverageSimulation.Row> rows) {
        assertThat(rows)
                .allSatisfy(r -> assertThat(r.coverage())
                        .as(r.figure() + ", " + r.scenario() + ", " + r.size())
                        .isGreaterThanOrEqualTo(0.94));
    }
}
