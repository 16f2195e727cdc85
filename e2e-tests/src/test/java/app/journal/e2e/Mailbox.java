package app.journal.e2e;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A real SMTP server (GreenMail) on a free loopback port that the application sends its mail to, and
 * that the test reads like an inbox.
 */
final class Mailbox implements AutoCloseable {

    private static final Pattern VERIFY_LINK = Pattern.compile("https?://\\S+/verify\\?token=[A-Za-z0-9._~%-]+");

    private final GreenMail greenMail;

    private Mailbox(GreenMail greenMail) {
        this.greenMail = greenMail;
    }

    static Mailbox start() {
        GreenMail greenMail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
        greenMail.start();
        return new Mailbox(greenMail);
    }

    int smtpPort() {
        return greenMail.getSmtp().getPort();
    }

    /** The program arguments that make the application send its mail here. */
    List<String> applicationArguments() {
        return List.of("--spring.mail.host=127.0.0.1", "--spring.mail.port=" + smtpPort());
    }

    /** The link of the newest verification mail to {@code recipient}, waiting up to {@code timeout} for one. */
    URI awaitVerificationLink(String recipient, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (true) {
            Optional<URI> link = newestMailTo(recipient).map(Mailbox::verificationLink);
            if (link.isPresent()) {
                return link.get();
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("No verification mail to " + recipient + " within " + timeout.toSeconds()
                        + " s; the inbox holds mail to " + recipients());
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted", e);
            }
        }
    }

    /** A received mail as a person reads it: subject and plain text (decoded). */
    record Mail(String subject, String text) {}

    /** Every mail to {@code recipient} received so far, oldest first. */
    List<Mail> mailTo(String recipient) {
        List<Mail> mails = new ArrayList<>();
        for (MimeMessage message : greenMail.getReceivedMessages()) {
            if (isTo(message, recipient)) {
                try {
                    mails.add(new Mail(String.valueOf(message.getSubject()), plainText(message).orElse("")));
                } catch (MessagingException e) {
                    throw new IllegalStateException("Unreadable mail in the test inbox", e);
                }
            }
        }
        return mails;
    }

    /** The mails to {@code recipient} whose subject contains {@code subject}, oldest first. */
    List<Mail> mailTo(String recipient, String subject) {
        return mailTo(recipient).stream().filter(mail -> mail.subject().contains(subject)).toList();
    }

    /**
     * Waits up to {@code timeout} until {@code count} mails to {@code recipient} with {@code subject} in
     * their subject arrived, and answers the newest.
     */
    Mail awaitMail(String recipient, String subject, int count, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (true) {
            List<Mail> mails = mailTo(recipient, subject);
            if (mails.size() >= count) {
                return mails.getLast();
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("Expected " + count + " mail(s) to " + recipient + " about '" + subject + "' within "
                        + timeout.toSeconds() + " s, got " + mails.size() + "; mail to that address: "
                        + mailTo(recipient).stream().map(Mail::subject).toList());
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted", e);
            }
        }
    }

    private Optional<MimeMessage> newestMailTo(String recipient) {
        MimeMessage newest = null;
        for (MimeMessage message : greenMail.getReceivedMessages()) {
            if (isTo(message, recipient)) {
                newest = message;
            }
        }
        return Optional.ofNullable(newest);
    }

    private static boolean isTo(MimeMessage message, String recipient) {
        try {
            Address[] to = message.getRecipients(Message.RecipientType.TO);
            if (to == null) {
                return false;
            }
            for (Address address : to) {
                if (address instanceof InternetAddress internet && recipient.equalsIgnoreCase(internet.getAddress())) {
                    return true;
                }
            }
            return false;
        } catch (MessagingException e) {
            throw new IllegalStateException("Unreadable mail in the test inbox", e);
        }
    }

    private List<String> recipients() {
        List<String> all = new ArrayList<>();
        for (MimeMessage message : greenMail.getReceivedMessages()) {
            try {
                for (Address address : message.getAllRecipients()) {
                    all.add(address.toString());
                }
            } catch (MessagingException e) {
                all.add("(unreadable: " + e.getMessage() + ")");
            }
        }
        return all;
    }

    /** The link in the plain-text part, decoded (the part may travel quoted-printable). */
    private static URI verificationLink(MimeMessage message) {
        String text = plainText(message).orElseThrow(() -> new AssertionError("The verification mail has no text part"));
        Matcher link = VERIFY_LINK.matcher(text);
        if (!link.find()) {
            throw new AssertionError("The verification mail carries no /verify?token= link:\n" + text);
        }
        return URI.create(link.group());
    }

    private static Optional<String> plainText(Part part) {
        try {
            if (part.isMimeType("text/plain")) {
                return Optional.of((String) part.getContent());
            }
            if (part.isMimeType("multipart/*")) {
                Multipart multipart = (Multipart) part.getContent();
                for (int i = 0; i < multipart.getCount(); i++) {
                    Optional<String> text = plainText(multipart.getBodyPart(i));
                    if (text.isPresent()) {
                        return text;
                    }
                }
            }
            return Optional.empty();
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException("Unreadable mail in the test inbox", e);
        }
    }

    @Override
    public void close() {
        greenMail.stop();
    }
}
