package org.praxis.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class EstimateTest {

    @Test
    void aStratifiedEstimateWithFinitePopulationCorrectionWorkedByHand() {
        // A: 100 cases, 10 audited, 6 good or better. B: 300 cases, 20 audited, 10 good or better.
        // Weights 1/4 and 3/4: share = 0.25 * 0.6 + 0.75 * 0.5 = 0.525.
        // Variance = 0.0625 * (1 - 10/100) * 0.24/9 + 0.5625 * (1 - 20/300) * 0.25/19 = 0.0084079;
        // margin = 1.96 * sqrt(0.0084079) = 0.17972.
        var e = Estimate.of(List.of(new Estimate.Stratum("A", 100, 10, 6), new Estimate.Stratum("B", 300, 20, 10)));
        assertThat(e.share()).isCloseTo(0.525, within(1e-12));
        assertThat(e.lower()).isCloseTo(0.345279, within(1e-6));
        assertThat(e.upper()).isCloseTo(0.704721, within(1e-6));
        assertThat(e.audits()).isEqualTo(30);
        assertThat(e.unreliableStrata()).isEmpty();
        assertThat(e.sentence()).isEqualTo("53% (95% interval 35% to 70%)");
    }

    @Test
    void auditingAWholeStratumLeavesNoUncertaintyInIt() {
        var e = Estimate.of(List.of(new Estimate.Stratum("All", 8, 8, 6)));
        assertThat(e.share()).isEqualTo(0.75);
        assertThat(e.lower()).isEqualTo(0.75);
        assertThat(e.upper()).isEqualTo(0.75);
    }

    @Test
    void smallStrataAreFlaggedAndStrataWithoutAuditsAreLeftOutAndCounted() {
        var e = Estimate.of(List.of(
                new Estimate.Stratum("Big", 500, 20, 10),
                new Estimate.Stratum("Small", 30, 3, 3),
                new Estimate.Stratum("Not yet", 40, 0, 0)));
        assertThat(e.unreliableStrata()).containsExactly("Small");
        assertThat(e.strataWithoutAudits()).isEqualTo(1);
        assertThat(e.strataCovered()).isEqualTo(2);
        assertThat(e.lower()).isGreaterThanOrEqualTo(0);
        assertThat(e.upper()).isLessThanOrEqualTo(1);
    }

    @Test
    void nothingAuditedGivesNoEstimate() {
        var e = Estimate.of(List.of(new Estimate.Stratum("A", 10, 0, 0)));
        assertThat(e.known()).isFalse();
        assertThat(e.sentence()).isEqualTo("No audits submitted yet");
    }
}
