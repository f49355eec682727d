package org.praxis.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.praxis.register.snapshots.SnapshotChanges;
import org.praxis.support.PraxisIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The demo council's case register is what a first-time user needs to try the register's screens. */
@PraxisIntegrationTest
class DemoRegisterIT {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SnapshotChanges snapshotChanges;

    @Test
    void theDemoCouncilsAdultsListIsInTheRegister() {
        assertThat(jdbc.sql("select count(*) from register_case c join register_snapshot s on s.id = c.snapshot_id"
                                + " where s.source = 'ADULTS' and c.team_id is not null")
                        .query(Long.class)
                        .single())
                .isGreaterThan(500);
    }

    @Test
    void theDemoWorkbookLeavesOneTeamNameToMatch() {
        assertThat(jdbc.sql("select count(*) from register_episode where team_name = 'CIN Team 1'")
                        .query(Long.class)
                        .single())
                .isPositive();
    }

    /**
     * The demo's last two Annex A snapshots, the month before and now. The demo imports the last two quarters' ends,
     * last month's and this month's, oldest first: now is the latest of them, and the month before the one imported
     * just before it.
     */
    private List<Long> demoSnapshots() {
        var demo = jdbc.sql("select id, as_at from register_snapshot where source = 'ANNEX_A' and imported_by = 'demo'"
                        + " order by id fetch first 4 rows only")
                .query((rs, n) -> new Object[] {rs.getLong(1), rs.getObject(2, java.time.LocalDate.class)})
                .list();
        int now = 0;
        for (int i = 1; i < demo.size(); i++) {
            if (((java.time.LocalDate) demo.get(i)[1]).isAfter((java.time.LocalDate) demo.get(now)[1])) {
                now = i;
            }
        }
        assertThat(now)
                .as("the demo imports this month's workbook after earlier ones")
                .isPositive();
        return List.of((Long) demo.get(now - 1)[0], (Long) demo.get(now)[0]);
    }

    @Test
    void theDemoWorkbookHoldsBackTwoRowsWithRealProblems() {
        var now = demoSnapshots().get(1);
        assertThat(jdbc.sql("""
                        select p.problem from register_problem p join register_snapshot s on s.import_id = p.import_id
                        where s.id = ? and p.quarantined = true order by p.row_number
                        """).param(now).query(String.class).list())
                .hasSize(2)
                .anySatisfy(p -> assertThat(p).contains("is not a real date"))
                .anySatisfy(p -> assertThat(p).contains("more than 40 weeks before the date of birth"));
    }

    @Test
    void theDemosTwoSnapshotsAreTheSameCouncilAMonthApart() {
        var snapshots = demoSnapshots();
        var changes = snapshotChanges.counts(snapshots.get(1), snapshots.get(0));
        long cases = jdbc.sql("select count(*) from register_case where snapshot_id = ?")
                .param(snapshots.get(1))
                .query(Long.class)
                .single();

        assertThat(changes.get(SnapshotChanges.Change.MOVED)).as("changed team").isZero();
        assertThat(changes.get(SnapshotChanges.Change.NEW)).as("new").isBetween(cases / 50, cases / 10);
        assertThat(changes.get(SnapshotChanges.Change.CLOSED))
                .as("closed")
                .isPositive()
                .isLessThan(cases / 5);
    }
}
