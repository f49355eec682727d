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

    @Test
    void eachFigureIsDrawnWithItsIntervalAndAStarredLabelKeepsItsStar() {
        var svg = TrendChart.svg(
                List.of(
                        new TrendChart.Point("Spring audit", 62.0, 55.0, 69.0),
                        new TrendChart.Point("* Small audit", 40.0, 12.0, 74.0),
                        new TrendChart.Point("Not yet", null, null, null),
                        new TrendChart.Point("Autumn audit", 71.0, 64.0, 77.5)),
                "Estimated % good or better",
                640);
        // One pale bar per figure, for its 95% interval; none for the programme without one
        assertThat(java.util.regex.Pattern.compile("<rect[^>]*style='fill:rgb\\(210,226,241\\)'")
                        .matcher(svg)
                        .results()
                        .count())
                .isEqualTo(3);
        assertThat(svg).contains("* Small audit").contains("Autumn audit");
    }
}
