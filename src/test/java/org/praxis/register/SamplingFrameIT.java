package org.praxis.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.praxis.support.PraxisIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The population a programme samples from: the copy of the latest snapshot held in memory must give exactly what the
 * database gives, filter by filter, in the same order.
 */
@PraxisIntegrationTest
class SamplingFrameIT {

    @Autowired
    SamplingFrame frame;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    org.springframework.test.web.servlet.MockMvc mvc;

    @Autowired
    org.praxis.support.DemoUsers users;

    private void samePopulation(SamplingFrame.Criteria criteria, Set<String> leaveOut, boolean withCaseTypes) {
        var held = frame.population(criteria, leaveOut, withCaseTypes).orElseThrow();
        var read =
                frame.populationFromDatabase(criteria, leaveOut, withCaseTypes).orElseThrow();
        assertThat(held.snapshotId()).isEqualTo(read.snapshotId());
        assertThat(held.asAt()).isEqualTo(read.asAt());
        assertThat(held.caseIds()).as("cases, in order").containsExactly(read.caseIds());
        assertThat(held.teamIds()).containsExactly(read.teamIds());
        assertThat(held.leftOut()).isEqualTo(read.leftOut());
        if (withCaseTypes) {
            assertThat(held.caseTypes()).containsExactly(read.caseTypes());
        }
    }

    private long latestChildrensSnapshot() {
        return jdbc.sql("select max(id) from register_snapshot where source = 'ANNEX_A' and id in "
                        + org.praxis.register.snapshots.CaseRegister.LIVE)
                .query(Long.class)
                .single();
    }

    @Test
    void theHeldCopyGivesWhatTheDatabaseGivesForEveryFilter() throws Exception {
        // Cases of the test's own in two known teams: another test may have left a register whose teams match none.
        new ChildrensRegister()
                .childProtection(4, "Child Protection Team East")
                .childrenInNeed(3, "Child Protection Team West")
                .imported(mvc, users.as("qa.lead"));
        long snapshot = latestChildrensSnapshot();
        var everyCase = frame.population(new SamplingFrame.Criteria(false, null, null, null, null), Set.of(), true)
                .orElseThrow();
        assertThat(everyCase.size())
                .as("the whole snapshot")
                .isEqualTo(jdbc.sql("select count(*) from register_case where snapshot_id = ?")
                        .param(snapshot)
                        .query(Integer.class)
                        .single());
        assertThat(everyCase.size()).isPositive();

        var teams = jdbc.sql("select distinct team_id from register_case where snapshot_id = ? and team_id is not null"
                        + " order by team_id fetch first 2 rows only")
                .param(snapshot)
                .query(Long.class)
                .list();
        long serviceArea = jdbc.sql("select service_area_id from team where id = ?")
                .param(teams.get(0))
                .query(Long.class)
                .single();
        var references = jdbc.sql("select case_reference from register_case where snapshot_id = ? and team_id = ?"
                        + " order by case_reference fetch first 3 rows only")
                .param(snapshot)
                .param(teams.get(0))
                .query(String.class)
                .list();

        samePopulation(new SamplingFrame.Criteria(false, null, null, null, null), Set.of(), true);
        samePopulation(new SamplingFrame.Criteria(false, serviceArea, null, null, null), Set.of(), false);
        samePopulation(new SamplingFrame.Criteria(false, null, null, teams, null), Set.of(), false);
        samePopulation(
                new SamplingFrame.Criteria(
                        false, serviceArea, List.of("CHILD_PROTECTION", "CHILD_IN_NEED"), teams, null),
                Set.of(),
                true);
        samePopulation(new SamplingFrame.Criteria(false, null, List.of("NO_SUCH_TYPE"), null, null), Set.of(), false);
        samePopulation(
                new SamplingFrame.Criteria(false, null, null, teams, null),
                java.util.stream.Stream.concat(references.stream(), java.util.stream.Stream.of("NOT-A-REFERENCE"))
                        .collect(java.util.stream.Collectors.toSet()),
                false);

        var leavingOut = frame.population(
                        new SamplingFrame.Criteria(false, null, null, List.of(teams.get(0)), null),
                        Set.copyOf(references),
                        false)
                .orElseThrow();
        assertThat(references).isNotEmpty();
        assertThat(leavingOut.leftOut()).isEqualTo(references.size());
    }
}
