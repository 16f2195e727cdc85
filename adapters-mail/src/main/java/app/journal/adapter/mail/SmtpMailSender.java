package app.journal.adapter.mail;

import app.journal.application.port.out.MailSender;
import app.journal.application.port.out.OutgoingMail;
import app.journal.domain.user.EmailAddress;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * Sends account mail over SMTP as {@code multipart/alternative}: a plain-text part and an HTML part,
 * both carrying the link exactly as given.
 *
 * <p>A link may hold a single-use credential, so it never reaches the log: success is logged at INFO
 * with the recipient masked ({@code a***@example.org}), failure at WARN without the link, followed by
 * a {@link MailDeliveryException}.
 */
public final class SmtpMailSender implements MailSender {

    private static final Logger log = LoggerFactory.getLogger(SmtpMailSender.class);
    private static final String UTF_8 = StandardCharsets.UTF_8.name();

    private final JavaMailSender mailSender;
    private final MailSettings settings;

    public SmtpMailSender(JavaMailSender mailSender, MailSettings settings) {
        this.mailSender = Objects.requireNonNull(mailSender, "mailSender");
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /** @throws MailDeliveryException when the mail could not be prepared or handed to the SMTP server */
    @Override
    public void send(OutgoingMail mail) {
        MailLayout layout = MailLayout.of(mail);
        String recipient = mask(mail.to());
        try {
            mailSender.send(message -> write(message, mail, layout));
        } catch (MailException e) {
            log.warn("mail \"{}\" to {} could not be sent: {}", mail.subject(), recipient, describe(e, mail.link()));
            throw new MailDeliveryException("Mail to " + recipient + " could not be sent: "
                    + describe(e, mail.link()), e);
        }
        log.info("mail \"{}\" sent to {}", mail.subject(), recipient);
    }

    private void write(MimeMessage message, OutgoingMail mail, MailLayout content) throws MessagingException {
        message.setFrom(settings.fromAddress());
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(mail.to().value(), true));
        message.setSubject(mail.subject(), UTF_8);
        // RFC 3834: no vacation auto-replies to a robot.
        message.setHeader("Auto-Submitted", "auto-generated");

        MimeBodyPart text = new MimeBodyPart();
        text.setText(content.text(), UTF_8, "plain");
        MimeBodyPart html = new MimeBodyPart();
        html.setText(content.html(), UTF_8, "html");
        message.setContent(new MimeMultipart("alternative", text, html));
    }

    /** {@code ada@example.org} becomes {@code a***@example.org}: enough to correlate, not to harvest. */
    static String mask(EmailAddress address) {
        String value = address.value();
        int at = value.lastIndexOf('@');
        String local = value.substring(0, at);
        return local.substring(0, local.offsetByCodePoints(0, 1)) + "***" + value.substring(at);
    }

    /**
     * The cause chain on one line (server replies may span several), each message once, and with the
     * link cut out should a server ever echo it back.
     */
    private static String describe(Throwable failure, URI link) {
        StringBuilder out = new StringBuilder();
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String message = t.getMessage() == null ? "" : t.getMessage().replaceAll("\\s+", " ").strip();
            if (!message.isEmpty() && out.indexOf(message) >= 0) {
                continue;
            }
            if (!out.isEmpty()) {
                out.append("; caused by ");
            }
            out.append(t.getClass().getSimpleName());
            if (!message.isEmpty()) {
                out.append(": ").append(message);
            }
        }
        return out.toString().replace(link.toString(), "[link]");
    }
}
