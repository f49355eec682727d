package org.praxis.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.praxis.PraxisApplication;
import org.praxis.actions.Actions;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An event whose listener failed is handed to it again when Praxis next starts: the mail relay is down when an
 * action is raised, so the owner's notice is written but its e-mail is not sent; after a restart with the relay
 * back, the e-mail arrives, once.
 */
class NoticeRetriedAfterRestartIT {

    private static ConfigurableApplicationContext start(int smtpPort) {
        return new SpringApplicationBuilder(PraxisApplication.class)
                .web(WebApplicationType.NONE)
                .profiles("test")
                .run(
                        "--spring.mail.host=127.0.0.1",
                        "--spring.mail.port=" + smtpPort,
                        "--praxis.base-url=https://praxis.example.gov.uk");
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static java.util.List<jakarta.mail.internet.MimeMessage> sentFor(GreenMail smtp, String link) {
        return Arrays.stream(smtp.getReceivedMessages())
                .filter(m -> GreenMailUtil.getBody(m).contains("https://praxis.example.gov.uk" + link))
                .toList();
    }

    @Test
    void aNoticeEmailThatFailedIsSentAfterARestart() throws Exception {
        int relay = freePort();
        String link;
        try (var first = start(relay)) {
            var jdbc = first.getBean(JdbcClient.class);
            long owner = jdbc.sql("select id from user_account where username = 'practitioner'")
                    .query(Long.class)
                    .single();
            long action = first.getBean(Actions.class)
                    .raise(
                            new Actions.NewAction(
                                    "AUDIT",
                                    1,
                                    "Audit of case 1000001",
                                    "/audit",
                                    "Record the child's views",
                                    null,
                                    owner,
                                    LocalDate.now().plusDays(10)),
                            "test");
            link = "/actions/" + action;
            // The notice is in the app at once; its e-mail could not be handed to the relay, which is not running.
            await().atMost(Duration.ofSeconds(20))
                    .untilAsserted(() -> assertThat(
                                    jdbc.sql("select count(*) from notification where user_id = ? and link = ?")
                                            .params(owner, link)
                                            .query(Long.class)
                                            .single())
                            .isEqualTo(1));
            await().atMost(Duration.ofSeconds(20))
                    .untilAsserted(() -> assertThat(jdbc.sql("""
                                    select count(*) from event_publication where completion_date is null
                                    and status = 'FAILED' and serialized_event like ?""")
                                    .param("%\"" + link + "\"%")
                                    .query(Long.class)
                                    .single())
                            .isEqualTo(1));
        }

        var smtp = new GreenMail(new ServerSetup(relay, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        try (var second = start(relay)) {
            // Other e-mails that failed earlier (the demo council's, sent before any relay ran) are sent too.
            await().atMost(Duration.ofSeconds(20))
                    .untilAsserted(() -> assertThat(sentFor(smtp, link)).hasSize(1));
            assertThat(sentFor(smtp, link).getFirst().getAllRecipients()[0].toString())
                    .endsWith("@northbridge.example.gov.uk");
            var jdbc = second.getBean(JdbcClient.class);
            await().atMost(Duration.ofSeconds(20))
                    .untilAsserted(() -> assertThat(
                                    jdbc.sql("select count(*) from event_publication where completion_date is null"
                                                    + " and serialized_event like ?")
                                            .param("%\"" + link + "\"%")
                                            .query(Long.class)
                                            .single())
                            .as("nothing left to retry")
                            .isZero());
            assertThat(jdbc.sql("select count(*) from notification where link = ?")
                            .param(link)
                            .query(Long.class)
                            .single())
                    .as("the notice itself is not written twice")
                    .isEqualTo(1);
        } finally {
            smtp.stop();
        }
    }
}
