package org.praxis.register.indicators;

import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** England and Wales bank holidays, held as data so an admin can add next year's (or a one-off) without a release. */
@Service
public class BankHolidays {

    record BankHoliday(LocalDate date, String name) {}

    private final JdbcClient jdbc;

    BankHolidays(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The working days as held now, for counting statutory periods (read once, then used for many dates). */
    @Transactional(readOnly = true)
    public WorkingDays workingDays() {
        return new WorkingDays(jdbc.sql("select holiday_date from bank_holiday")
                .query(LocalDate.class)
                .list());
    }

    @Transactional(readOnly = true)
    public List<BankHoliday> all() {
        return jdbc.sql("select holiday_date, name from bank_holiday order by holiday_date desc")
                .query((rs, n) -> new BankHoliday(rs.getObject(1, LocalDate.class), rs.getString(2)))
                .list();
    }

    /** Returns false when the date is already held. */
    @Transactional
    public boolean add(LocalDate date, String name) {
        if (jdbc.sql("select count(*) from bank_holiday where holiday_date = ?")
                        .param(date)
                        .query(Long.class)
                        .single()
                > 0) {
            return false;
        }
        jdbc.sql("insert into bank_holiday (holiday_date, name) values (?, ?)")
                .params(date, name)
                .update();
        return true;
    }

    @Transactional
    public boolean remove(LocalDate date) {
        return jdbc.sql("delete from bank_holiday where holiday_date = ?")
                        .param(date)
                        .update()
                > 0;
    }
}
