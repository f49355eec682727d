package org.praxis.accesslog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.praxis.support.TestClockConfiguration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The access log started on its own (no other module's beans, no demo council) against the test database: entries
 * belong to the caller's transaction, refusals to their own. Each test logs a record id of its own.
 */
@ApplicationModuleTest
@ActiveProfiles("test")
@Import(TestClockConfiguration.class)
class AccessLogModuleIT {

    @Autowired
    AccessLog accessLog;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    JdbcClient jdbc;

    private static String newRecordId() {
        return UUID.randomUUID().toString();
    }

    private long entries(String action, String recordId) {
        return jdbc.sql("select count(*) from access_log where username = 'dpo.slice' and action = :a"
                        + " and record_type = 'SLICE' and record_id = :id")
                .param("a", action)
                .param("id", recordId)
                .query(Long.class)
                .single();
    }

    @Test
    void anEntryCannotBeWrittenOutsideTheReadsTransaction() {
        assertThatThrownBy(() -> accessLog.viewed("STAFF", 1)).isInstanceOf(IllegalTransactionStateException.class);
    }

    @Test
    @WithMockUser("dpo.slice")
    void aViewIsWrittenWithTheReadThatCommits() {
        var id = newRecordId();
        new TransactionTemplate(transactions).executeWithoutResult(status -> accessLog.viewed("SLICE", id));
        assertThat(entries("VIEWED", id))
                .as("written under the signed-in user's name")
                .isOne();
    }

    @Test
    @WithMockUser("dpo.slice")
    void aViewIsUndoneWithAReadThatFailsButARefusalOutlivesIt() {
        var id = newRecordId();
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            accessLog.viewed("SLICE", id);
            accessLog.denied("SLICE", id);
            status.setRollbackOnly();
        });
        assertThat(entries("VIEWED", id)).isZero();
        assertThat(entries("DENIED", id)).isOne();
    }
}
