package org.praxis.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.praxis.support.PraxisIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/** With SMTP configured, a notice is e-mailed once its transaction commits, and never if it is rolled back. */
@PraxisIntegrationTest
@TestPropertySource(
        properties = {
            "spring.mail.host=127.0.0.1",
            "spring.mail.port=3025",
            "praxis.base-url=https://praxis.example.gov.uk"
        })
class NoticeMailIT {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

    @Autowired
    Notices notices;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    JdbcClient jdbc;

    private long manager() {
        return jdbc.sql("select id from user_account where username = 'manager'")
                .query(Long.class)
                .single();
    }

    @Test
    void aCommittedNoticeIsEmailedWithALinkAndNoCaseDetail() throws Exception {
        transaction.executeWithoutResult(s ->
                notices.tell(List.of(manager()), "An audit of case 1002684 has been submitted.", "/audit/audits/7"));
        assertThat(smtp.waitForIncomingEmail(5000, 1)).isTrue();
        var mail = smtp.getReceivedMessages()[0];
        var body = GreenMailUtil.getBody(mail);
        assertThat(mail.getAllRecipients()[0].toString()).endsWith("@northbridge.example.gov.uk");
        assertThat(body)
                .contains("https://praxis.example.gov.uk/audit/audits/7")
                .doesNotContain("1002684");
    }

    @Test
    void aRolledBackNoticeIsNotEmailed() throws Exception {
        transaction.executeWithoutResult(s -> {
            notices.tell(List.of(manager()), "Never happened", "/audit/audits/8");
            s.setRollbackOnly();
        });
        assertThat(smtp.waitForIncomingEmail(1500, 1)).isFalse();
    }
}
