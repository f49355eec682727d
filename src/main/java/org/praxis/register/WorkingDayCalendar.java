package org.praxis.register;

import java.time.LocalDate;
import org.praxis.register.indicators.BankHolidays;
import org.praxis.register.indicators.WorkingDays;
import org.springframework.stereotype.Service;

/**
 * Working days as the register counts them (Monday to Friday, less the bank holidays an administrator keeps), for
 * other modules' statutory clocks: the complaints procedures count their periods the same way as the register's
 * timeliness indicators.
 */
@Service
public class WorkingDayCalendar {

    /** The calendar as held when it was read: count many dates with one read of the bank holidays. */
    public static final class Counter {
        private final WorkingDays days;

        private Counter(WorkingDays days) {
            this.days = days;
        }

        /** A calendar with these bank holidays, for hand-worked tests of another module's clocks. */
        public static Counter withHolidays(java.util.Collection<LocalDate> bankHolidays) {
            return new Counter(WorkingDays.of(bankHolidays));
        }

        /** The day {@code workingDays} working days after {@code from}: the last day of a period starting then. */
        public LocalDate plus(LocalDate from, int workingDays) {
            return days.plus(from, workingDays);
        }

        /** Working days after {@code from} up to and including {@code to} (negative when {@code to} is earlier). */
        public int between(LocalDate from, LocalDate to) {
            return days.between(from, to);
        }
    }

    private final BankHolidays holidays;

    WorkingDayCalendar(BankHolidays holidays) {
        this.holidays = holidays;
    }

    /** The working days with the bank holidays held now. */
    public Counter now() {
        return new Counter(holidays.workingDays());
    }
}
