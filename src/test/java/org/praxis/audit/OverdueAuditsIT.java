package org.praxis.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.praxis.support.DemoUsers;
import org.praxis.support.PraxisIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Overdue audits: the auditor is reminded once (not again the same week), QA leads hear once a week has passed. */
@PraxisIntegrationTest
class OverdueAuditsIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers demo;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AuditProgrammes programmes;

    @Autowired
    OverdueAudits overdue;

    private long notices(String username, String link, String startsWith) {
        return jdbc.sql("select count(*) from notification n join user_account u on u.id = n.user_id"
                        + " where u.username = ? and n.link = ? and n.message like ?")
                .params(username, link, startsWith + "%")
                .query(Long.class)
                .single();
    }

    @Test
    void theAuditorIsRemindedOnceAndTheQaLeadsHearOfLongOverdueAuditsOnce() throws Exception {
        long programme = AuditFixture.programme(programmes, jdbc, mvc, demo, 2);
        long audit = AuditFixture.firstAudit(jdbc, programme);
        // The programme was due 10 days ago (the test's own programme; nothing else is changed).
        jdbc.sql("update audit_programme set due_date = ? where id = ?")
                .params(LocalDate.now().minusDays(10), programme)
                .update();
        var first = overdue.remind();
        assertThat(first.reminded()).isPositive();
        assertThat(first.escalated()).isPositive();
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            assertThat(notices("leader", "/audit/audits/" + audit, "Your audit of case"))
                    .isOne();
            assertThat(notices("qa.lead", "/audit/programmes/" + programme, "2 audits of "))
                    .isOne();
        });
        var again = overdue.remind();
        assertThat(again.escalated()).as("each audit escalates once").isZero();
        assertThat(jdbc.sql("select count(*) from audit_overdue_notice where audit_id = ? and kind = 'REMINDER'")
                        .param(audit)
                        .query(Long.class)
                        .single())
                .as("not reminded twice in a week")
                .isOne();
        assertThat(notices("leader", "/audit/audits/" + audit, "Your audit of case"))
                .isOne();
    }
}
