package app.journal.adapter.mail;

import app.journal.application.port.out.VerificationMailer;
import app.journal.domain.user.EmailAddress;
import java.net.URI;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * For development without an SMTP server: writes the verification mail, link included, to the log at
 * INFO so that a developer can open the link.
 *
 * <p>This is the one deliberate place where a verification token reaches the log. Never run with it
 * in production: configure {@code spring.mail.host} and the {@link SmtpVerificationMailer} is used.
 */
public final class LoggingVerificationMailer implements VerificationMailer {

    private static final Logger log = LoggerFactory.getLogger(LoggingVerificationMailer.class);

    private final MailSettings settings;

    public LoggingVerificationMailer(MailSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
        log.warn("No SMTP server configured (spring.mail.host): verification mails are written to this log, "
                + "links included, instead of being sent. Set spring.mail.host for any real deployment.");
    }

    @Override
    public void sendVerification(EmailAddress to, URI link) {
        VerificationMailContent content = VerificationMailContent.of(settings, link);
        log.info("""
                No SMTP server configured (spring.mail.host): verification mail for {} follows; \
                open this link to verify: {}
                ---------- mail not sent ----------
                From: {}
                To: {}
                Subject: {}

                {}---------- end of mail ----------""",
                to.value(), link, settings.from(), to.value(), content.subject(), content.text());
    }
}
