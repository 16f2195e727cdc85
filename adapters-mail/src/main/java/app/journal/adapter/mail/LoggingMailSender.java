package app.journal.adapter.mail;

import app.journal.application.port.out.MailSender;
import app.journal.application.port.out.OutgoingMail;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * For development without an SMTP server: writes each account mail, link included, to the log at
 * INFO so that a developer can open the link.
 *
 * <p>This is the one deliberate place where a verification token reaches the log. Never run with it
 * in production: configure {@code spring.mail.host} and the {@link SmtpMailSender} is used.
 */
public final class LoggingMailSender implements MailSender {

    private static final Logger log = LoggerFactory.getLogger(LoggingMailSender.class);

    private final MailSettings settings;

    public LoggingMailSender(MailSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
        log.warn("No SMTP server configured (spring.mail.host): account mails are written to this log, "
                + "links included, instead of being sent. Set spring.mail.host for any real deployment.");
    }

    @Override
    public void send(OutgoingMail mail) {
        MailLayout content = MailLayout.of(mail);
        log.info("""
                No SMTP server configured (spring.mail.host): mail for {} follows; \
                its link: {}
                ---------- mail not sent ----------
                From: {}
                To: {}
                Subject: {}

                {}---------- end of mail ----------""",
                mail.to().value(), mail.link(), settings.from(), mail.to().value(), mail.subject(), content.text());
    }
}
