package org.praxis.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.praxis.PraxisApplication;
import org.praxis.actions.Actions;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An event whose listener failed is handed to it again: the mail relay is down when an action is raised, so the
 * owner's notice is written but its e-mail is not sent; after a restart with the relay back, the e-mail arrives,
 * once. Without a restart, the regular retry of failed events sends it too, and an e-mail an instance was sending
 * when it stopped is sent once it is found stale.
 */
class NoticeRetriedAfterRestartIT {

    private static ConfigurableApplicationContext start(int smtpPort, String... more) {
        var args = new ArrayList<>(List.of(
                "--spring.mail.host=127.0.0.1",
                "--spring.mail.port=" + smtpPort,
                "--praxis.base-url=https://praxis.example.gov.uk"));
        args.addAll(List.of(more));
        return new SpringApplicationBuilder(PraxisApplication.class)
                .web(WebApplicationType.NONE)
                .profiles("test")
                .run(args.toArray(String[]::new));
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static GreenMail relayOn(int port) {
        var smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        return smtp;
    }

    private static long practitioner(ConfigurableApplicationContext instance) {
        return instance.getBean(JdbcClient.class)
                .sql("select id from user_account where username = 'practitioner'")
                .query(Long.class)
                .single();
    }

    /** Raises an action for the practitioner; returns the link its notice and e-mail carry. */
    private static String raise(ConfigurableApplicationContext instance, String title) {
        long action = instance.getBean(Actions.class)
                .raise(
                        new Actions.NewAction(
                                "AUDIT",
                                1,
                                "Audit of case 1000001",
                                "/audit",
                                title,
                                null,
                                practitioner(instance),
                                LocalDate.now().plusDays(10)),
                        "test");
        return "/actions/" + action;
    }

    private static long unfinished(ConfigurableApplicationContext instance, String link, String status) {
        return instance.getBean(JdbcClient.class)
                .sql("select count(*) from event_publication where completion_date is null"
                        + " and serialized_event like ?" + (status == null ? "" : " and status = '" + status + "'"))
                .param("%\"" + link + "\"%")
                .query(Long.class)
                .single();
    }

    private static List<MimeMessage> sentFor(GreenMail smtp, String link) {
        return Arrays.stream(smtp.getReceivedMessages())
                .filter(m -> GreenMailUtil.getBody(m).contains("https://praxis.example.gov.uk" + link))
                .toList();
    }

    @Test
    void aNoticeEmailThatFailedIsSentAfterARestartOrByTheRetry() throws Exception {
        int relay = freePort();
        String link;
        try (var first = start(relay)) {
            link = raise(first, "Record the child's views");
            long owner = practitioner(first);
            // The notice is in the app at once; its e-mail could not be handed to the relay, which is not running.
            await().atMost(Duration.ofSeconds(20))
                    .untilAsserted(() -> assertThat(first.getBean(JdbcClient.class)
                                    .sql("select count(*) from notification where user_id = ? and link = ?")
                                    .params(owner, link)
                                    .query(Long.class)
                                    .single())
                            .isEqualTo(1));
            await().atMost(Duration.ofSeconds(20))
                    .untilAsserted(
                            () -> assertThat(unfinished(first, link, "FAILED")).isEqualTo(1));
        }

        var smtp = relayOn(relay);
        try (var second = start(
                relay,
                "--praxis.events.retry-failed-every=PT1S",
                "--praxis.events.retry-failed-after=PT0S",
                "--spring.modulith.events.staleness.processing=PT1M",
                "--spring.modulith.events.staleness.check-interval=PT1S")) {
            // Other e-mails that failed earlier (the demo council's, sent before any relay ran) are sent too.
            var up = smtp;
            await().atMost(Duration.ofSeconds(20))
                    .untilAsserted(() -> assertThat(sentFor(up, link)).hasSize(1));
            assertThat(sentFor(smtp, link).getFirst().getAllRecipients()[0].toString())
                    .endsWith("@northbridge.example.gov.uk");
            await().atMost(Duration.ofSeconds(20))
                    .untilAsserted(() -> assertThat(unfinished(second, link, null))
                            .as("nothing left to retry")
                            .isZero());
            assertThat(second.getBean(JdbcClient.class)
                            .sql("select count(*) from notification where link = ?")
                            .param(link)
                            .query(Long.class)
                            .single())
                    .as("the notice itself is not written twice")
                    .isEqualTo(1);

            // The relay goes down and comes back while the instance runs: the retry of failed events sends the e-mail.
            smtp.stop();
            var later = raise(second, "Update the chronology");
            await().atMost(Duration.ofSeconds(20))
                    .untilAsserted(() ->
                            assertThat(unfinished(second, later, "FAILED")).isEqualTo(1));
            var jdbc = second.getBean(JdbcClient.class);
            var failed = jdbc.sql("select listener_id, event_type, serialized_event from event_publication"
                            + " where completion_date is null and serialized_event like ?")
                    .param("%\"" + later + "\"%")
                    .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)})
                    .single();
            smtp = relayOn(relay);
            var back = smtp;
            await().atMost(Duration.ofSeconds(20))
                    .untilAsserted(() -> assertThat(sentFor(back, later)).hasSize(1));

            // What an instance switched off while sending a notice's e-mail an hour ago leaves behind.
            var stopped = "/notifications#stopped";
            jdbc.sql("""
                            insert into event_publication (id, listener_id, event_type, serialized_event,
                                publication_date, status, completion_attempts)
                            values (?, ?, ?, ?, ?, 'PROCESSING', 1)
                            """)
                    .params(
                            java.util.UUID.randomUUID(),
                            failed[0],
                            failed[1],
                            failed[2].replace("\"" + later + "\"", "\"" + stopped + "\""),
                            java.sql.Timestamp.from(java.time.Instant.now().minus(Duration.ofHours(1))))
                    .update();
            await().atMost(Duration.ofSeconds(20))
                    .untilAsserted(() -> assertThat(sentFor(back, stopped)).hasSize(1));
        } finally {
            smtp.stop();
        }
    }
}
