package org.praxis.notifications;

import java.util.Collection;
import java.util.List;
import org.praxis.identity.StaffAccounts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Sends notices by e-mail when the council has set {@code spring.mail.host}: after the transaction commits, so a
 * notice that was rolled back is never sent. The e-mail says only that there is a message and where; what it is
 * about stays behind sign-in. A failure is logged without the address and does not undo the notice.
 */
@Component
class NoticeMail {

    private static final Logger log = LoggerFactory.getLogger(NoticeMail.class);

    private final ObjectProvider<JavaMailSender> sender;
    private final StaffAccounts accounts;
    private final String from;
    private final String baseUrl;
    private final String council;

    NoticeMail(
            ObjectProvider<JavaMailSender> sender,
            StaffAccounts accounts,
            @Value("${praxis.mail.from:praxis@localhost}") String from,
            @Value("${praxis.base-url:http://localhost:8080}") String baseUrl,
            @Value("${praxis.council.name:Praxis}") String council) {
        this.sender = sender;
        this.accounts = accounts;
        this.from = from;
        this.baseUrl = baseUrl.replaceAll("/+$", "");
        this.council = council;
    }

    void afterCommit(Collection<Long> users, String message, String link) {
        var mailer = sender.getIfAvailable();
        if (mailer == null || users.isEmpty()) {
            return;
        }
        var recipients = List.copyOf(users);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                send(mailer, recipients, link);
            }
        });
    }

    private void send(JavaMailSender mailer, List<Long> users, String link) {
        for (var address : accounts.workEmails(users).values()) {
            var mail = new SimpleMailMessage();
            mail.setFrom(from);
            mail.setTo(address);
            mail.setSubject("You have a new message in Praxis");
            mail.setText("You have a new message in Praxis, " + council + "'s practice assurance service.\n\n"
                    + "Sign in to read it: " + baseUrl + link + "\n\n"
                    + "This e-mail does not say what the message is about, to keep case information behind sign-in.");
            try {
                mailer.send(mail);
            } catch (MailException e) {
                log.warn("A notice e-mail could not be sent: {}", e.getClass().getSimpleName());
            }
        }
    }
}
