package org.praxis.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.praxis.statistics.Share;
import org.praxis.statistics.SmallNumbers;

/** The programme's estimate as a reader sees it; the arithmetic itself is worked by hand in ShareTest. */
class EstimateTest {

    private static final SmallNumbers RULES = new SmallNumbers(5, 10, 30, 60, 4);

    @Test
    void theSentenceGivesTheShareAndItsKornAndGraubardInterval() {
        // Worked in ShareTest: 52.5%, 95% interval 33.5% to 71.0%. (The normal approximation said 35% to 70%.)
        var e = Estimate.of(List.of(new Share.Stratum("A", 100, 10, 6), new Share.Stratum("B", 300, 20, 10)), RULES);
        assertThat(e.audits()).isEqualTo(30);
        assertThat(e.marked()).isFalse();
        assertThat(e.unreliableStrata()).isEmpty();
        assertThat(e.sentence()).isEqualTo("53% (95% interval 33% to 71%)");
    }

    @Test
    void anEstimateFromFewerAuditsThanTheRuleIsMarked() {
        var e = Estimate.of(List.of(new Share.Stratum("A", 100, 4, 3)), RULES);
        assertThat(e.marked()).isTrue();
        assertThat(e.sentence()).endsWith(": fewer than 10 audits, so treat with care");
    }

    @Test
    void smallStrataAreFlaggedAndStrataWithoutAuditsAreLeftOutAndCounted() {
        var e = Estimate.of(
                List.of(
                        new Share.Stratum("Big", 500, 20, 10),
                        new Share.Stratum("Small", 30, 3, 3),
                        new Share.Stratum("Not yet", 40, 0, 0)),
                RULES);
        assertThat(e.unreliableStrata()).containsExactly("Small");
        assertThat(e.strataWithoutAudits()).isEqualTo(1);
        assertThat(e.strataCovered()).isEqualTo(2);
        assertThat(e.lower()).isGreaterThanOrEqualTo(0);
        assertThat(e.upper()).isLessThanOrEqualTo(1);
    }

    @Test
    void nothingAuditedGivesNoEstimate() {
        var e = Estimate.of(List.of(new Share.Stratum("A", 10, 0, 0)), RULES);
        assertThat(e.known()).isFalse();
        assertThat(e.sentence()).isEqualTo("No audits submitted yet");
    }
}
