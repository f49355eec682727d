package org.praxis.surveys;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.praxis.documents.ReportPeriod;
import org.praxis.documents.ReportSection;
import org.praxis.statistics.Share;
import org.praxis.statistics.SmallNumbers;

class SurveyReportSectionTest {

    private static final SmallNumbers RULES = new SmallNumbers(5, 10, 30, 60, 4);

    private static Surveys.Survey survey(LocalDate closes, int invited, int responded) {
        return new Surveys.Survey(
                7,
                "Social work health check 2026",
                1,
                1,
                "v1",
                closes.minusDays(20),
                closes,
                new Surveys.Audience(Set.of(), Set.of(), Set.of()),
                new Surveys.Groups(false, false, false, false),
                10,
                "qa.lead",
                LocalDateTime.of(2026, 1, 1, 9, 0),
                invited,
                responded,
                0);
    }

    private static SurveyResults.Figure standard(EmployerStandard s, int agree, int of, Share before) {
        var now = Share.of(agree, of);
        return new SurveyResults.Figure(
                new SurveyResults.Item("S" + s.number(), s.label(), s, null),
                now,
                List.of(),
                before,
                before == null ? null : RULES.change(before, now, "staff"),
                null);
    }

    private static SurveyResults.Results results(List<SurveyResults.Figure> standards, String previous) {
        return new SurveyResults.Results(
                7, "Social work health check 2026", true, null, 120, 10, List.of(), standards, List.of(), previous);
    }

    @Test
    void namesTheStandardLeastAgreedWithAndCountsOnlyClearChanges() {
        var section = SurveyReportSection.compose(
                new ReportPeriod(2026, 4),
                survey(LocalDate.of(2026, 11, 10), 200, 120),
                results(
                        List.of(
                                // 90 of 120 against 60 of 120: clearly better
                                standard(EmployerStandard.FRAMEWORK, 90, 120, Share.of(60, 120)),
                                // 40 of 120 against 42 of 120: within chance
                                standard(EmployerStandard.SAFE_WORKLOADS, 40, 120, Share.of(42, 120)),
                                // 50 of 120 against 80 of 120: clearly worse
                                standard(EmployerStandard.WORKFORCE_PLANNING, 50, 120, Share.of(80, 120))),
                        "Social work health check 2025"));

        var headlines = section.headlines();
        assertThat(headlines)
                .extracting(ReportSection.Headline::key)
                .containsExactly("respondents", "lowest-agreement", "clear-changes");
        assertThat(headlines.get(0).value()).isEqualTo("120");
        assertThat(headlines.get(0).basis()).startsWith("of 200 asked (60%)");
        assertThat(headlines.get(1).label()).isEqualTo("Least agreed with: " + EmployerStandard.SAFE_WORKLOADS.label());
        assertThat(headlines.get(1).value()).isEqualTo("33%");
        assertThat(headlines.get(1).trend()).isEqualTo(ReportSection.Trend.NO_CLEAR_CHANGE);
        assertThat(headlines.get(2).value()).isEqualTo("1 better, 1 worse");
        assertThat(headlines.get(2).trend()).isEqualTo(ReportSection.Trend.FOR_INFORMATION);
        assertThat(section.summary())
                .startsWith("120 staff answered Social work health check 2026, which closed on" + " 10 November 2026.");
        assertThat(section.charts().getFirst().table().rows()).hasSize(3);
        assertThat(section.summary())
                .endsWith("1 employer standard clearly better and 1 clearly worse than the survey" + " before.");
    }

    @Test
    void aQuarterWithoutItsOwnSurveySaysWhichSurveyItRepeats() {
        var section = SurveyReportSection.compose(
                new ReportPeriod(2026, 3),
                survey(LocalDate.of(2026, 3, 22), 0, 30),
                results(List.of(standard(EmployerStandard.FRAMEWORK, 20, 30, null)), null));

        assertThat(section.summary()).contains("which closed on 22 March 2026 (no survey closed in Q3 2026)");
        assertThat(section.headlines().get(2).trend()).isEqualTo(ReportSection.Trend.NOT_ENOUGH_DATA);
        assertThat(section.summary()).endsWith("There is no earlier survey to compare with.");
    }
}
