package org.praxis.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class ShareTest {

    @Test
    void simpleSharesUseWilsonsIntervalWithContinuityCorrectionAsNewcombePublishedIt() {
        // Newcombe (1998), Statistics in Medicine 17:857-872, table I, method 4.
        var a = Share.of(81, 263);
        assertThat(a.lower()).isCloseTo(0.2535, within(0.00006));
        assertThat(a.upper()).isCloseTo(0.3682, within(0.00006));
        var b = Share.of(15, 148);
        assertThat(b.lower()).isCloseTo(0.0598, within(0.00006));
        assertThat(b.upper()).isCloseTo(0.1644, within(0.00006));
        var none = Share.of(0, 20);
        assertThat(none.lower()).isZero();
        assertThat(none.upper()).isCloseTo(0.2005, within(0.00006));
    }

    @Test
    void clopperPearsonMatchesTheBetaDistributionsPublishedPoints() {
        // 6 of 10: the exact interval 0.2624 to 0.8784 (Clopper and Pearson's charts; any statistics package).
        var interval = Intervals.clopperPearson(6, 10);
        assertThat(interval[0]).isCloseTo(0.26238, within(0.00001));
        assertThat(interval[1]).isCloseTo(0.87844, within(0.00001));
        assertThat(Intervals.student95(10)).isCloseTo(2.228139, within(1e-5));
    }

    @Test
    void aStratifiedShareWorkedByHandOnKishsEffectiveSize() {
        // A: 100 cases, 10 sampled, 6 counted. B: 300 cases, 20 sampled, 10 counted. Weights 1/4 and 3/4:
        // share = 0.25 * 0.6 + 0.75 * 0.5 = 0.525.
        // Variance = 0.0625 * (1 - 10/100) * 0.24/9 + 0.5625 * (1 - 20/300) * 0.25/19 = 0.0084079;
        // effective size = 0.525 * 0.475 / 0.0084079 = 29.66, so the interval is Clopper and Pearson's for
        // 15.57 of 29.66: the 2.5% point of Beta(15.57, 15.09) and the 97.5% point of Beta(16.57, 14.09), which
        // SciPy 1.17 gives as 0.334526 and 0.710294.
        var s = Share.stratified(List.of(new Share.Stratum("A", 100, 10, 6), new Share.Stratum("B", 300, 20, 10)));
        assertThat(s.value()).isCloseTo(0.525, within(1e-12));
        assertThat(s.effectiveSize()).isCloseTo(29.660, within(0.001));
        assertThat(s.lower()).isCloseTo(0.334526, within(0.000001));
        assertThat(s.upper()).isCloseTo(0.710294, within(0.000001));
        assertThat(s.size()).isEqualTo(30);
    }

    @Test
    void teamsWhoseFewAuditsWereAllGoodStillLeaveUncertainty() {
        // Every audit good: the old normal interval said 100% to 100%. The effective size is the audits made.
        var s = Share.stratified(List.of(new Share.Stratum("A", 40, 3, 3), new Share.Stratum("B", 60, 5, 5)));
        assertThat(s.value()).isEqualTo(1.0);
        assertThat(s.upper()).isEqualTo(1.0);
        assertThat(s.lower()).isCloseTo(Math.pow(0.025, 1.0 / 8), within(1e-6));
    }

    @Test
    void auditingAWholeStratumLeavesNoUncertaintyInIt() {
        var s = Share.stratified(List.of(new Share.Stratum("All", 8, 8, 6)));
        assertThat(s.value()).isEqualTo(0.75);
        assertThat(s.lower()).isEqualTo(0.75);
        assertThat(s.upper()).isEqualTo(0.75);
    }

    @Test
    void nothingSampledGivesNoShare() {
        assertThat(Share.stratified(List.of(new Share.Stratum("A", 10, 0, 0))).known())
                .isFalse();
        assertThat(Share.of(0, 0).known()).isFalse();
        assertThat(Share.percent(Double.NaN)).isEqualTo("–");
    }
}
