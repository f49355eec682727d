package org.praxis.register.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.praxis.register.indicators.IndicatorCalculation.Calculator;
import org.praxis.register.indicators.IndicatorCalculation.Counts;
import org.praxis.register.indicators.IndicatorCalculation.Row;
import org.praxis.register.indicators.IndicatorCalculation.TeamKey;

/** Each indicator worked by hand on a few cases, with bank holidays and leap years. */
class IndicatorCalculatorTest {

    private static final LocalDate AS_AT = LocalDate.of(2024, 6, 28);
    private static final TeamKey EAST = new TeamKey(1L, "Team East");
    private static final TeamKey WEST = new TeamKey(2L, "Team West");
    private static final WorkingDays CALENDAR = new WorkingDays(List.of(
            LocalDate.of(2024, 3, 29), LocalDate.of(2024, 4, 1), LocalDate.of(2024, 5, 6), LocalDate.of(2024, 5, 27)));

    private static final IndicatorThresholds.Thresholds STANDARD =
            new IndicatorThresholds.Thresholds(Map.of(), Map.of());

    private Map<Indicator, Counts> results;
    private Calculator calculator;

    @BeforeEach
    void newCalculator() {
        results = new HashMap<>();
        calculator = new Calculator(AS_AT, CALENDAR, STANDARD, results);
    }

    private void withThresholds(Map<Indicator, Threshold> set) {
        calculator = new Calculator(AS_AT, CALENDAR, new IndicatorThresholds.Thresholds(set, Map.of()), results);
    }

    private static LocalDate d(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }

    private static Row row(int list, String child, LocalDate start, LocalDate end, TeamKey team) {
        return new Row(list, child, start, end, null, null, null, null, null, team);
    }

    private int count(Indicator indicator, TeamKey team, String measure) {
        return results.getOrDefault(indicator, new Counts()).get(team, measure);
    }

    @Test
    void assessmentsWithin45WorkingDaysCountEasterAndMayHolidays() {
        // Start Mon 4 March 2024: the 45th working day is Thu 9 May (Easter and 6 May left out).
        calculator.accept(row(4, "A1", d(2024, 3, 4), d(2024, 5, 9), EAST)); // 45: in time
        calculator.accept(row(4, "A2", d(2024, 3, 4), d(2024, 5, 10), EAST)); // 46: late
        calculator.accept(row(4, "A3", d(2024, 3, 4), null, WEST)); // not authorised: not counted
        calculator.accept(row(4, "A4", d(2024, 6, 3), d(2024, 6, 4), WEST)); // 1: in time
        calculator.finish();
        assertThat(count(Indicator.ASSESSMENT_TIMELINESS, TeamKey.ALL, Indicator.MET))
                .isEqualTo(2);
        assertThat(count(Indicator.ASSESSMENT_TIMELINESS, TeamKey.ALL, Indicator.TOTAL))
                .isEqualTo(3);
        assertThat(count(Indicator.ASSESSMENT_TIMELINESS, EAST, Indicator.MET)).isEqualTo(1);
        assertThat(count(Indicator.ASSESSMENT_TIMELINESS, EAST, Indicator.TOTAL))
                .isEqualTo(2);
        assertThat(count(Indicator.ASSESSMENT_TIMELINESS, WEST, Indicator.TOTAL))
                .isEqualTo(1);
    }

    @Test
    void conferencesWithin15WorkingDaysOfTheStrategyDiscussion() {
        // Strategy Mon 13 May 2024; Mon 27 May is a bank holiday. 15 working days: 14–17 (4), 20–24 (9),
        // 28–31 (13), Mon 3 June (14), Tue 4 June (15).
        calculator.accept(new Row(5, "S1", d(2024, 5, 13), null, d(2024, 6, 4), null, null, null, null, EAST));
        calculator.accept(new Row(5, "S2", d(2024, 5, 13), null, d(2024, 6, 5), null, null, null, null, EAST));
        calculator.accept(new Row(5, "S3", d(2024, 5, 13), null, null, null, null, null, null, EAST));
        calculator.finish();
        assertThat(count(Indicator.ICPC_TIMELINESS, EAST, Indicator.MET)).isEqualTo(1);
        assertThat(count(Indicator.ICPC_TIMELINESS, EAST, Indicator.TOTAL)).isEqualTo(2);
    }

    @Test
    void reReferralsAreCountedOncePerChild() {
        // R1: two referrals 11 months apart in the list. R2: the count column says 1 earlier referral.
        // R3: one referral, none before. R4: two referrals more than 12 months apart.
        calculator.accept(new Row(3, "R1", d(2023, 8, 1), null, null, null, 0, null, null, EAST));
        calculator.accept(new Row(3, "R1", d(2024, 7, 1).minusMonths(1), null, null, null, 0, null, null, WEST));
        calculator.accept(new Row(3, "R2", d(2024, 5, 1), null, null, null, 1, null, null, EAST));
        calculator.accept(new Row(3, "R3", d(2024, 5, 1), null, null, null, 0, null, null, EAST));
        calculator.accept(new Row(3, "R4", d(2022, 2, 28), null, null, null, 0, null, null, EAST));
        calculator.accept(new Row(3, "R4", d(2023, 3, 1), null, null, null, 0, null, null, EAST));
        calculator.accept(row(4, "A1", d(2024, 6, 3), d(2024, 6, 4), WEST));
        calculator.finish();
        assertThat(count(Indicator.RE_REFERRALS, TeamKey.ALL, Indicator.TOTAL)).isEqualTo(4);
        assertThat(count(Indicator.RE_REFERRALS, TeamKey.ALL, Indicator.MET)).isEqualTo(2);
        // A child is counted under the team of their latest referral.
        assertThat(count(Indicator.RE_REFERRALS, WEST, Indicator.MET)).isEqualTo(1);
    }

    @Test
    void twelveMonthsFromALeapDay() {
        // 29 Feb 2024 plus 12 months is 28 Feb 2025: a referral on 28 Feb 2025 is within, 1 March is not.
        calculator.accept(new Row(3, "L1", d(2024, 2, 29), null, null, null, 0, null, null, EAST));
        calculator.accept(new Row(3, "L1", d(2025, 2, 28), null, null, null, 0, null, null, EAST));
        calculator.accept(new Row(3, "L2", d(2024, 2, 29), null, null, null, 0, null, null, EAST));
        calculator.accept(new Row(3, "L2", d(2025, 3, 1), null, null, null, 0, null, null, EAST));
        calculator.finish();
        assertThat(count(Indicator.RE_REFERRALS, EAST, Indicator.MET)).isEqualTo(1);
        assertThat(count(Indicator.RE_REFERRALS, EAST, Indicator.TOTAL)).isEqualTo(2);
    }

    @Test
    void childProtectionPlansThatLastedTwoYearsIncludingALeapDayStart() {
        // 29 Feb 2024 + 2 years is 28 Feb 2026: ending that day has lasted 2 years; ending the 27th has not.
        calculator.accept(new Row(7, "P1", d(2024, 2, 29), d(2026, 2, 28), null, null, null, 0, null, EAST));
        calculator.accept(new Row(7, "P2", d(2024, 2, 29), d(2026, 2, 27), null, null, null, 2, null, EAST));
        calculator.accept(new Row(7, "P3", d(2022, 1, 10), d(2024, 1, 10), null, null, null, 1, null, EAST));
        calculator.accept(new Row(7, "P4", d(2024, 1, 10), null, null, d(2024, 6, 1), null, 0, null, EAST));
        calculator.finish();
        assertThat(count(Indicator.LONG_CP_PLANS, EAST, Indicator.MET)).isEqualTo(2);
        assertThat(count(Indicator.LONG_CP_PLANS, EAST, Indicator.TOTAL)).isEqualTo(3);
        assertThat(count(Indicator.REPEAT_CP_PLANS, EAST, Indicator.MET)).isEqualTo(2);
        assertThat(count(Indicator.REPEAT_CP_PLANS, EAST, Indicator.TOTAL)).isEqualTo(4);
    }

    @Test
    void daysSinceTheLastVisitFallInTheirBins() {
        // As at 28 June 2024. 42 days before is 17 May; 43 is 16 May; 84 is 5 April; 85 is 4 April;
        // 126 is 23 Feb; 127 is 22 Feb (the leap day 29 Feb lies in between and counts).
        var visits = new LocalDate[] {
            d(2024, 5, 17), d(2024, 5, 16), d(2024, 4, 5), d(2024, 4, 4), d(2024, 2, 23), d(2024, 2, 22), null
        };
        int n = 0;
        for (var visit : visits) {
            calculator.accept(new Row(7, "V" + n++, d(2023, 1, 1), null, null, visit, null, 0, null, EAST));
        }
        calculator.accept(new Row(7, "V9", d(2023, 1, 1), d(2024, 1, 1), null, d(2020, 1, 1), null, 0, null, EAST));
        calculator.finish();
        assertThat(count(Indicator.CP_VISITS, EAST, "band-1")).isEqualTo(1);
        assertThat(count(Indicator.CP_VISITS, EAST, "band-2")).isEqualTo(2);
        assertThat(count(Indicator.CP_VISITS, EAST, "band-3")).isEqualTo(2);
        assertThat(count(Indicator.CP_VISITS, EAST, "band-4")).isEqualTo(1);
        assertThat(count(Indicator.CP_VISITS, EAST, "no-visit")).isEqualTo(1);
        // The ended plan is not an open plan.
        assertThat(count(Indicator.CP_VISITS, EAST, Indicator.TOTAL)).isEqualTo(7);
    }

    @Test
    void lookedAfterVisitsAndPlacementStabilityCountChildrenStillInCare() {
        calculator.accept(new Row(8, "C1", d(2020, 1, 1), null, null, d(2024, 6, 1), null, null, 3, WEST));
        calculator.accept(new Row(8, "C2", d(2020, 1, 1), null, null, d(2024, 3, 1), null, null, 2, WEST));
        calculator.accept(new Row(8, "C3", d(2020, 1, 1), null, null, d(2024, 6, 20), null, null, null, WEST));
        calculator.accept(new Row(8, "C4", d(2020, 1, 1), d(2024, 2, 1), null, d(2024, 1, 1), null, null, 5, WEST));
        calculator.finish();
        assertThat(count(Indicator.PLACEMENT_STABILITY, WEST, Indicator.MET)).isEqualTo(1);
        assertThat(count(Indicator.PLACEMENT_STABILITY, WEST, Indicator.TOTAL)).isEqualTo(2);
        assertThat(count(Indicator.LAC_VISITS, WEST, "band-1")).isEqualTo(2);
        assertThat(count(Indicator.LAC_VISITS, WEST, "band-3")).isEqualTo(1);
        assertThat(count(Indicator.LAC_VISITS, WEST, Indicator.TOTAL)).isEqualTo(3);
    }

    @Test
    void childProtectionVisitsInBandsOfTenWorkingDays() {
        // As at Fri 28 June 2024, bands of 10 working days. Visit Fri 14 June: 10 working days (17–21, 24–28).
        // Thu 13 June: 11. Fri 31 May: 20; Thu 30 May: 21. Mon 27 May is a bank holiday: Fri 17 May is 29 working
        // days before (not 30); Thu 16 May is 30; Wed 15 May is 31.
        withThresholds(Map.of(Indicator.CP_VISITS, new Threshold(10, ThresholdUnit.WORKING_DAYS)));
        var visits = new LocalDate[] {
            d(2024, 6, 14), d(2024, 6, 13), d(2024, 5, 31), d(2024, 5, 30), d(2024, 5, 16), d(2024, 5, 15)
        };
        int n = 0;
        for (var visit : visits) {
            calculator.accept(new Row(7, "W" + n++, d(2023, 1, 1), null, null, visit, null, 0, null, EAST));
        }
        calculator.finish();
        assertThat(count(Indicator.CP_VISITS, EAST, "band-1")).isEqualTo(1);
        assertThat(count(Indicator.CP_VISITS, EAST, "band-2")).isEqualTo(2);
        assertThat(count(Indicator.CP_VISITS, EAST, "band-3")).isEqualTo(2);
        assertThat(count(Indicator.CP_VISITS, EAST, "band-4")).isEqualTo(1);
        assertThat(Indicator.visitBandLabels(new Threshold(10, ThresholdUnit.WORKING_DAYS)))
                .containsExactly(
                        "10 working days or fewer",
                        "11 to 20 working days",
                        "21 to 30 working days",
                        "More than 30 working days",
                        "No visit recorded");
    }

    @Test
    void assessmentsCountedInCalendarDaysWhenTheCouncilSaysSo() {
        // 20 calendar days: Mon 3 June to Sun 23 June is 20 (in time, though only 14 working days); Mon 24 June is 21.
        withThresholds(Map.of(Indicator.ASSESSMENT_TIMELINESS, new Threshold(20, ThresholdUnit.DAYS)));
        calculator.accept(row(4, "A1", d(2024, 6, 3), d(2024, 6, 23), EAST));
        calculator.accept(row(4, "A2", d(2024, 6, 3), d(2024, 6, 24), EAST));
        calculator.finish();
        assertThat(count(Indicator.ASSESSMENT_TIMELINESS, EAST, Indicator.MET)).isEqualTo(1);
        assertThat(count(Indicator.ASSESSMENT_TIMELINESS, EAST, Indicator.TOTAL))
                .isEqualTo(2);
    }

    @Test
    void longPlansRepeatPlansAndPlacementsFollowTheirThresholds() {
        withThresholds(Map.of(
                Indicator.LONG_CP_PLANS, new Threshold(18, ThresholdUnit.MONTHS),
                Indicator.REPEAT_CP_PLANS, new Threshold(2, ThresholdUnit.PLANS),
                Indicator.PLACEMENT_STABILITY, new Threshold(4, ThresholdUnit.PLACEMENTS)));
        // 18 months from 31 August 2022 is 29 February 2024 (no 31st; a leap year): ending that day is long, the
        // 28th is not.
        calculator.accept(new Row(7, "P1", d(2022, 8, 31), d(2024, 2, 29), null, null, null, 1, null, EAST));
        calculator.accept(new Row(7, "P2", d(2022, 8, 31), d(2024, 2, 28), null, null, null, 2, null, EAST));
        calculator.accept(new Row(8, "C1", d(2020, 1, 1), null, null, d(2024, 6, 1), null, null, 3, EAST));
        calculator.accept(new Row(8, "C2", d(2020, 1, 1), null, null, d(2024, 6, 1), null, null, 4, EAST));
        calculator.finish();
        assertThat(count(Indicator.LONG_CP_PLANS, EAST, Indicator.MET)).isEqualTo(1);
        assertThat(count(Indicator.REPEAT_CP_PLANS, EAST, Indicator.MET)).isEqualTo(1);
        assertThat(count(Indicator.PLACEMENT_STABILITY, EAST, Indicator.MET)).isEqualTo(1);
        assertThat(count(Indicator.PLACEMENT_STABILITY, EAST, Indicator.TOTAL)).isEqualTo(2);
    }
}
