package org.praxis.surveys;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * E-mails a single-use survey link to a person without an account, when the council has set
 * {@code spring.mail.host}. A link that could not be sent is handed back to be given out by hand.
 */
@Component
class SurveyLinkMail {

    private static final Logger log = LoggerFactory.getLogger(SurveyLinkMail.class);

    private final ObjectProvider<JavaMailSender> sender;
    private final String from;
    private final String baseUrl;
    private final String council;

    SurveyLinkMail(
            ObjectProvider<JavaMailSender> sender,
            @Value("${praxis.mail.from:praxis@localhost}") String from,
            @Value("${praxis.base-url:http://localhost:8080}") String baseUrl,
            @Value("${praxis.council.name:Praxis}") String council) {
        this.sender = sender;
        this.from = from;
        this.baseUrl = baseUrl.replaceAll("/+$", "");
        this.council = council;
    }

    /** The staff (by id) whose link was sent. */
    Set<Long> send(Surveys.Survey survey, Map<Long, String> links, Map<Long, String> emails) {
        var mailer = sender.getIfAvailable();
        var sent = new HashSet<Long>();
        if (mailer == null) {
            return sent;
        }
        links.forEach((staffId, link) -> {
            var address = emails.get(staffId);
            if (address == null || address.isBlank()) {
                return;
            }
            var mail = new SimpleMailMessage();
            mail.setFrom(from);
            mail.setTo(address);
            mail.setSubject("A staff survey: " + survey.title());
            mail.setText(council + " asks you to answer a staff survey, \"" + survey.title() + "\", by "
                    + survey.closesOn().format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy"))
                    + ".\n\nYour answers are anonymous: nobody can see which answers are yours.\n\n"
                    + "Answer here (the link works once, and only for you): " + baseUrl + link + "\n");
            try {
                mailer.send(mail);
                sent.add(staffId);
            } catch (MailException e) {
                // Neither the address nor the relay's answer (which may quote it) goes into the log.
                log.warn(
                        "A survey link could not be e-mailed ({}); it is shown to be handed out",
                        e.getClass().getSimpleName());
            }
        });
        return sent;
    }
}
