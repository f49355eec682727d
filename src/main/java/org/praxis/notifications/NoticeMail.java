package org.praxis.notifications;

import java.util.List;
import org.praxis.identity.StaffAccounts;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Sends notices by e-mail when the council has set {@code spring.mail.host}: after the notice's transaction
 * commits, so a notice that was rolled back is never sent. The e-mail says only that there is a message and where;
 * what it is about stays behind sign-in. When the relay cannot take it, the failure is logged without the address and
 * the event stays unhandled, so the e-mail is sent when Praxis next starts (decision 0016).
 */
@Component
class NoticeMail {

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

    @ApplicationModuleListener
    void noticeWritten(NoticeWritten notice) {
        var mailer = sender.getIfAvailable();
        if (mailer == null) {
            return;
        }
        var address = accounts.workEmails(List.of(notice.userId())).get(notice.userId());
        if (address != null) {
            send(mailer, address, notice.link());
        }
    }

    private void send(JavaMailSender mailer, String address, String link) {
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
            // Neither the address nor the relay's answer (which may quote it) goes into the log.
            throw new NotSent(e.getClass().getSimpleName());
        }
    }

    /** Leaves the event unhandled, to be handed to this listener again on the next start. */
    static final class NotSent extends RuntimeException {
        NotSent(String reason) {
            super("A notice e-mail could not be sent (" + reason + "); it will be tried again when Praxis next starts");
        }
    }
}
