package org.praxis.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.praxis.support.PraxisIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The demo council's two Practice Weeks: last year's, timetabled, written up and reported on; and the coming one, with
 * slots offered and availability in from everyone but the demo visitor, ready for the QA lead to build the timetable.
 * The module's own tests make weeks of their own; this is where what the demo's weeks hold is tested, once.
 */
@PraxisIntegrationTest
class DemoPracticeWeeksIT {

    @Autowired
    JdbcClient jdbc;

    private long count(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }

    private long demoWeek(int which) {
        return jdbc.sql("select id from practice_week where name like 'Practice Week, %' order by first_day")
                .query(Long.class)
                .list()
                .get(which);
    }

    @Test
    void lastYearsWeekIsTimetabledWrittenUpAndHeardFromFamilies() {
        assertThat(count("select count(*) from practice_week where name like 'Practice Week, %'"))
                .isEqualTo(2);
        long past = demoWeek(0);
        assertThat(jdbc.sql("select first_day from practice_week where id = ?")
                        .param(past)
                        .query(LocalDate.class)
                        .single())
                .isBefore(LocalDate.now().minusMonths(10));
        assertThat(count("select count(*) from visit_slot where week_id = ?", past))
                .isEqualTo(22);
        long visits = count(
                "select count(*) from visit_assignment a join visit_slot s on s.id = a.slot_id where s.week_id = ?",
                past);
        long recorded = count(
                "select count(*) from visit_record r join visit_slot s on s.id = r.slot_id"
                        + " where s.week_id = ? and r.status = 'SUBMITTED'",
                past);
        assertThat(recorded).as("most visits written up, not all").isPositive().isLessThan(visits);
        assertThat(jdbc.sql("""
                        select distinct a.status from visit_suggested_action a join visit_record r on r.id = a.record_id
                        join visit_slot s on s.id = r.slot_id where s.week_id = ?
                        """).param(past).query(String.class).list())
                .as("suggested actions accepted and declined")
                .contains("ACCEPTED", "DECLINED");
        assertThat(count("select count(*) from family_feedback where week_id = ?", past))
                .isEqualTo(4);
        assertThat(count("select count(*) from family_feedback where week_id = ? and quote_approved = true", past))
                .isEqualTo(2);
    }

    @Test
    void theComingWeekAwaitsItsTimetableAndTheDemoVisitorsAnswer() {
        long coming = demoWeek(1);
        assertThat(jdbc.sql("select first_day from practice_week where id = ?")
                        .param(coming)
                        .query(LocalDate.class)
                        .single())
                .isAfter(LocalDate.now());
        assertThat(count("select count(*) from visit_slot where week_id = ?", coming))
                .isEqualTo(22);
        assertThat(count(
                        "select count(*) from visit_assignment a join visit_slot s on s.id = a.slot_id where s.week_id = ?",
                        coming))
                .as("not timetabled yet")
                .isZero();
        assertThat(jdbc.sql("""
                        select u.username from week_visitor v join user_account u on u.id = v.user_id
                        where v.week_id = ? and v.answered_at is null
                        """).param(coming).query(String.class).list())
                .as("only the demo visitor has not answered")
                .containsExactly("visitor");
        assertThat(count(
                        "select count(*) from week_visitor v join user_account u on u.id = v.user_id"
                                + " where v.week_id = ? and u.username = 'leader' and v.answered_at is not null",
                        coming))
                .isEqualTo(1);
    }
}
