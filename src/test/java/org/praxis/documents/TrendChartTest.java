package org.praxis.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TrendChartTest {

    @Test
    void theAxisFitsTheFiguresAndTheirIntervalsToTheTens() {
        var points = List.of(
                new TrendChart.Point("Q1", 62.0, 55.0, 69.0),
                new TrendChart.Point("Q2", null, null, null),
                new TrendChart.Point("Q3", 71.0, 64.0, 77.5));
        assertThat(TrendChart.fittedRange(points)).containsExactly(50, 80);
    }

    @Test
    void aNarrowSpreadStillGetsTwentyPointsAndNeverLeavesNoughtToAHundred() {
        assertThat(TrendChart.fittedRange(List.of(new TrendChart.Point("a", 95.0, 91.0, 98.0))))
                .containsExactly(80, 100);
        assertThat(TrendChart.fittedRange(List.of(new TrendChart.Point("a", 3.0, 1.0, 6.0))))
                .containsExactly(0, 20);
        assertThat(TrendChart.fittedRange(List.of(new TrendChart.Point("a", null, null, null))))
                .containsExactly(0, 100);
    }
}
