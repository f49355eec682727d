package org.praxis.register.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Working days counted by hand on a calendar, bank holidays and leap years included. */
class WorkingDaysTest {

    private static final WorkingDays ENGLAND_2024 = new WorkingDays(List.of(
            LocalDate.of(2024, 1, 1),
            LocalDate.of(2024, 3, 29), // Good Friday
            LocalDate.of(2024, 4, 1), // Easter Monday
            LocalDate.of(2024, 5, 6),
            LocalDate.of(2024, 5, 27),
            LocalDate.of(2024, 8, 26),
            LocalDate.of(2024, 12, 25),
            LocalDate.of(2024, 12, 26),
            LocalDate.of(2025, 1, 1)));

    private static LocalDate day(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }

    @Test
    void fridayToMondayIsOneWorkingDay() {
        assertThat(ENGLAND_2024.between(day(2024, 11, 15), day(2024, 11, 18))).isEqualTo(1);
    }

    @Test
    void theSameDayIsNoWorkingDaysAndAWeekIsFive() {
        assertThat(ENGLAND_2024.between(day(2024, 11, 18), day(2024, 11, 18))).isZero();
        assertThat(ENGLAND_2024.between(day(2024, 11, 18), day(2024, 11, 25))).isEqualTo(5);
        assertThat(ENGLAND_2024.between(day(2024, 11, 16), day(2024, 11, 17))).isZero();
    }

    @Test
    void easterTakesTwoDaysOut() {
        // Thu 28 March to Thu 4 April 2024: Fri 29 (Good Friday) and Mon 1 (Easter Monday) are holidays,
        // leaving Tue 2, Wed 3, Thu 4.
        assertThat(ENGLAND_2024.between(day(2024, 3, 28), day(2024, 4, 4))).isEqualTo(3);
    }

    @Test
    void christmasAndNewYear() {
        // Mon 23 Dec 2024 to Fri 3 Jan 2025: Tue 24, Fri 27, Mon 30, Tue 31, Thu 2, Fri 3 = 6.
        assertThat(ENGLAND_2024.between(day(2024, 12, 23), day(2025, 1, 3))).isEqualTo(6);
    }

    @Test
    void aLeapDayIsAWorkingDayWhenItIsAWeekday() {
        // Thu 29 February 2024 counts: Wed 28 Feb to Fri 1 Mar is 2 working days.
        assertThat(ENGLAND_2024.between(day(2024, 2, 28), day(2024, 3, 1))).isEqualTo(2);
        // In 2023 there is no 29th: Tue 28 Feb to Wed 1 Mar is 1.
        assertThat(ENGLAND_2024.between(day(2023, 2, 28), day(2023, 3, 1))).isEqualTo(1);
    }

    @Test
    void fortyFiveWorkingDaysAcrossEaster() {
        // From Mon 4 March 2024: 18 working days to Thu 28 March, Easter's two holidays, 24 more to Fri 3 May,
        // the early May bank holiday (Mon 6 May), then Tue 7, Wed 8 and Thu 9 May: the 45th working day.
        var start = day(2024, 3, 4);
        assertThat(ENGLAND_2024.between(start, day(2024, 3, 28))).isEqualTo(18);
        assertThat(ENGLAND_2024.between(start, day(2024, 5, 9))).isEqualTo(45);
        assertThat(ENGLAND_2024.between(start, day(2024, 5, 10))).isEqualTo(46);
    }

    @Test
    void aHolidayOnAWeekendIsNotCountedTwice() {
        var withSaturday = new WorkingDays(List.of(day(2024, 11, 16)));
        assertThat(withSaturday.between(day(2024, 11, 15), day(2024, 11, 18))).isEqualTo(1);
    }
}
