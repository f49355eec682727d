package org.praxis.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.praxis.actions.ActionRaised;
import org.praxis.audit.AuditSubmitted;
import org.praxis.identity.StaffAccounts;
import org.praxis.support.TestClockConfiguration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * The notices module started on its own against the test database: the events it listens to are published as the
 * audit and actions modules would publish them, and identity's answer to "whose case, which managers" is given by the
 * test. The people told have ids no account has (below zero), so no other test sees their notices.
 */
@ApplicationModuleTest
@ActiveProfiles("test")
@Import(TestClockConfiguration.class)
class NotificationsModuleIT {

    private static final AtomicLong NEXT_PERSON = new AtomicLong(-1_000_000 - System.nanoTime() % 1_000_000);

    @MockitoBean
    StaffAccounts accounts;

    @Autowired
    Notices notices;

    @Autowired
    JdbcClient jdbc;

    private static long somebody() {
        return NEXT_PERSON.decrementAndGet();
    }

    private List<String> messagesFor(long userId) {
        return jdbc.sql("select message || ' ' || link from notification where user_id = ? order by id")
                .param(userId)
                .query(String.class)
                .list();
    }

    @Test
    void aNewActionTellsItsOwner(Scenario scenario) {
        long owner = somebody();
        scenario.publish(new ActionRaised(41, "Update the chronology", owner, null))
                .andWaitForStateChange(() -> notices.unread(owner), unread -> unread > 0)
                .andVerify(unread -> assertThat(messagesFor(owner))
                        .containsExactly("You have a new action: Update the chronology /actions/41"));
    }

    @Test
    void aSubmittedAuditTellsThePractitionerWhoseCaseItIsAndTheTeamsManagersOnceEach(Scenario scenario) {
        long practitioner = somebody();
        long manager = somebody();
        when(accounts.accountsOf(7L)).thenReturn(List.of(practitioner));
        // The practitioner also manages the team: told once.
        when(accounts.managersOf(3L)).thenReturn(List.of(manager, practitioner));

        scenario.publish(new AuditSubmitted(52, "C-1234", 7L, 3L))
                .andWaitForStateChange(() -> notices.unread(manager), unread -> unread > 0)
                .andVerify(unread -> {
                    var told = "An audit of case C-1234 has been submitted. Read it and reply. /audit/audits/52";
                    assertThat(messagesFor(practitioner)).containsExactly(told);
                    assertThat(messagesFor(manager)).containsExactly(told);
                });
    }
}
