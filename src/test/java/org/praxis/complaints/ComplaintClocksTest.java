package org.praxis.complaints;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.praxis.register.WorkingDayCalendar;

/**
 * The statutory clocks worked by hand on a calendar: December 2026, with Christmas Day (Friday 25) and Boxing Day
 * (Saturday 26, substitute Monday 28) as bank holidays, and New Year's Day (Friday 1 January 2027).
 */
class ComplaintClocksTest {

    private final WorkingDayCalendar.Counter days = WorkingDayCalendar.Counter.withHolidays(
            List.of(LocalDate.of(2026, 12, 25), LocalDate.of(2026, 12, 28), LocalDate.of(2027, 1, 1)));
    private final ComplaintClocks clocks = new ComplaintClocks(ComplaintClocks.Periods.DEFAULTS);

    @Test
    void aChildrensStageOneIsDueTenWorkingDaysAfterReceiptSkippingWeekendsAndBankHolidays() {
        // Received Friday 18 December. Working days after it: Mon 21, Tue 22, Wed 23, Thu 24 (4); Fri 25 and Mon 28
        // are bank holidays; Tue 29, Wed 30, Thu 31 (7); Fri 1 January is a bank holiday; Mon 4, Tue 5, Wed 6 (10).
        var clock = clocks.start(Procedure.CHILDREN, 1, LocalDate.of(2026, 12, 18), days);
        assertThat(clock.dueOn()).isEqualTo(LocalDate.of(2027, 1, 6));
        assertThat(clock.acknowledgeBy()).isNull();
        assertThat(days.between(LocalDate.of(2026, 12, 18), clock.dueOn())).isEqualTo(10);
    }

    @Test
    void aChildrensStageOneMayBeExtendedToTwentyWorkingDaysAndStageTwoToSixtyFive() {
        // Twenty working days after Friday 18 December: the ten above to Wednesday 6 January, then Thu 7, Fri 8,
        // Mon 11 to Fri 15 (17), Mon 18, Tue 19, Wed 20 (20).
        assertThat(clocks.longest(Procedure.CHILDREN, 1, LocalDate.of(2026, 12, 18), days))
                .isEqualTo(LocalDate.of(2027, 1, 20));
        // Stage 2 asked for on Monday 2 March 2026, no holidays near: 25 working days is five weeks, Monday 6 April;
        // 65 is thirteen weeks, Monday 1 June.
        var plain = WorkingDayCalendar.Counter.withHolidays(List.of());
        assertThat(clocks.start(Procedure.CHILDREN, 2, LocalDate.of(2026, 3, 2), plain)
                        .dueOn())
                .isEqualTo(LocalDate.of(2026, 4, 6));
        assertThat(clocks.longest(Procedure.CHILDREN, 2, LocalDate.of(2026, 3, 2), plain))
                .isEqualTo(LocalDate.of(2026, 6, 1));
        // The stage 3 panel: 30 working days, six weeks, Monday 13 April.
        assertThat(clocks.start(Procedure.CHILDREN, 3, LocalDate.of(2026, 3, 2), plain)
                        .dueOn())
                .isEqualTo(LocalDate.of(2026, 4, 13));
    }

    @Test
    void adultsAreAcknowledgedInThreeWorkingDaysAndHaveNoDueDateUntilAPlanIsAgreed() {
        // Received Wednesday 23 December: Thu 24 (1), then Tue 29 (2), Wed 30 (3).
        var clock = clocks.start(Procedure.ADULTS, 1, LocalDate.of(2026, 12, 23), days);
        assertThat(clock.acknowledgeBy()).isEqualTo(LocalDate.of(2026, 12, 30));
        assertThat(clock.dueOn()).isNull();
        assertThat(clocks.longest(Procedure.ADULTS, 1, LocalDate.of(2026, 12, 23), days))
                .isNull();
    }

    @Test
    void corporateComplaintsFollowTheCouncilsPolicyAndTheComplainantHasTwentyWorkingDaysToEscalate() {
        var plain = WorkingDayCalendar.Counter.withHolidays(List.of());
        assertThat(clocks.start(Procedure.CORPORATE, 1, LocalDate.of(2026, 3, 2), plain)
                        .dueOn())
                .isEqualTo(LocalDate.of(2026, 3, 30));
        assertThat(clocks.escalateBy(LocalDate.of(2026, 3, 2), plain)).isEqualTo(LocalDate.of(2026, 3, 30));
    }

    @Test
    void aLongestPeriodShorterThanItsPeriodIsRefusedAtStart() {
        assertThatThrownBy(() -> new ComplaintClocks(new ComplaintClocks.Periods(10, 5, 25, 65, 30, 20, 3, 20)))
                .hasMessageContaining("longest");
    }

    @Test
    void aPeriodOfNoWorkingDaysEndsTheSameDay() {
        assertThat(days.plus(LocalDate.of(2026, 12, 25), 0)).isEqualTo(LocalDate.of(2026, 12, 25));
        // From a bank holiday, the first working day after it.
        assertThat(days.plus(LocalDate.of(2026, 12, 25), 1)).isEqualTo(LocalDate.of(2026, 12, 29));
    }
}
