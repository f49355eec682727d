package org.praxis.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.praxis.support.PraxisIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The demo council's audit history is what the issue promised a first-time user would find. */
@PraxisIntegrationTest
class DemoAuditsIT {

    @Autowired
    JdbcClient jdbc;

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    @Test
    void twoCompletedProgrammesOneUnderWaySomeModeratedAndActionsInEveryState() {
        assertThat(count("""
                        select count(*) from audit_programme p where created_by = 'demo' and not exists
                            (select 1 from audit a where a.programme_id = p.id and a.status in ('ASSIGNED', 'IN_PROGRESS'))
                        """)).isEqualTo(2);
        assertThat(count("""
                        select count(*) from audit_programme p where created_by = 'demo' and exists
                            (select 1 from audit a where a.programme_id = p.id and a.status = 'ASSIGNED') and exists
                            (select 1 from audit a where a.programme_id = p.id and a.status = 'SUBMITTED')
                        """)).isEqualTo(1);
        assertThat(count("select count(*) from audit_moderation where final_grade is not null"))
                .isGreaterThanOrEqualTo(5);
        assertThat(count("select count(distinct status) from action_item where created_by = 'Demo QA lead'"))
                .isEqualTo(5);
        assertThat(count("select count(*) from action_item where created_by = 'Demo QA lead'"
                        + " and status in ('OPEN', 'IN_PROGRESS') and due_date < current_date"))
                .as("some actions are overdue")
                .isGreaterThanOrEqualTo(2);
        assertThat(count("select count(distinct t.service) from audit_programme p join audit_template_version v"
                        + " on v.id = p.template_version_id join audit_template t on t.id = v.template_id"))
                .as("both demo templates are in use")
                .isEqualTo(2);
    }
}
