package org.praxis.learning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.praxis.statistics.Share;
import org.praxis.statistics.SmallNumbers;

/** A finding's reading claims no more than its measures allow, whatever mix of them it has. */
class EvidenceOfChangeTest {

    private static final SmallNumbers RULES = new SmallNumbers(5, 10, 30, 60, 4);
    private static final LocalDate PUBLISHED = LocalDate.of(2026, 3, 1);

    private static EvidenceOfChange.Measure measure(
            String label, int goodBefore, int before, int goodAfter, int after) {
        var b = Share.of(goodBefore, before);
        var a = Share.of(goodAfter, after);
        return new EvidenceOfChange.Measure(label, false, b, a, RULES.change(b, a, "audits"));
    }

    private static String words(EvidenceOfChange.Measure... measures) {
        return EvidenceOfChange.reading(PUBLISHED, List.of(measures)).words();
    }

    @Test
    void improvedOnlyWhenEveryMeasureThatCanBeJudgedImproved() {
        var improved = measure("CS5", 10, 40, 35, 40);
        assertThat(improved.change().reading()).isEqualTo(SmallNumbers.Reading.IMPROVED);
        assertThat(words(improved)).isEqualTo("Improved");
        assertThat(words(improved, measure("CS1", 3, 8, 6, 8)))
                .as("one measure rests on too few audits")
                .isEqualTo("Improved (where there are enough audits to judge)");
        assertThat(words(improved, measure("CS3", 20, 40, 22, 40)))
                .isEqualTo("Improved on CS5; no clear change yet on CS3");
    }

    @Test
    void aChangeWithinChanceIsNotCalledAnImprovementAndAnyWorseningIsNamed() {
        assertThat(words(measure("CS3", 20, 40, 25, 40))).isEqualTo("No clear change yet: the intervals overlap");
        assertThat(words(measure("CS5", 10, 40, 35, 40), measure("AS1", 35, 40, 10, 40)))
                .isEqualTo("Worse since the review on AS1");
    }

    @Test
    void tooFewUnpublishedOrUnlinkedSayWhyNothingCanBeSaid() {
        assertThat(words(measure("CS5", 1, 4, 4, 4))).isEqualTo("Too few audits to judge yet");
        assertThat(EvidenceOfChange.reading(null, List.of()).words())
                .isEqualTo("Not published yet: nothing to compare");
        assertThat(EvidenceOfChange.reading(PUBLISHED, List.of()).words())
                .isEqualTo("Not linked to a practice standard or audit question: nothing to measure");
    }
}
