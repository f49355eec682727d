package org.praxis.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.praxis.support.PraxisIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The demo council's case register is what a first-time user needs to try the register's screens. */
@PraxisIntegrationTest
class DemoRegisterIT {

    @Autowired
    JdbcClient jdbc;

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
}
