package app.journal.adapter.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.journal.application.port.out.OutgoingMail;
import app.journal.domain.user.EmailAddress;
import ch.qos.logback.classic.Level;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** Against a real SMTP server (GreenMail on a free port) through a real {@link JavaMailSenderImpl}. */
class SmtpMailSenderTest {

    @RegisterExtension
    static final GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    // Shaped like the real thing: 32 random bytes, base64url.
    private static final String TOKEN = "q7Xk2VbR9sLmT4wYc1NzPa8HdJf0GuEo3iKxW6yQvZs";
    private static final URI LINK = URI.create("https://journal.example.org/verify?token=" + TOKEN);
    private static final EmailAddress ADA = new EmailAddress("ada@example.org");

    private CapturedLog log;

    static OutgoingMail verification(URI link) {
        return new OutgoingMail(ADA, "Confirm your email for Journal",
                List.of("Hello,", "Please confirm your email address by opening this link:"), "Confirm my email", link,
                List.of("This link expires soon.", "If you did not sign up, ignore this mail.", "Journal"));
    }

    @BeforeEach
    void captureLog() {
        log = CapturedLog.start();
    }

    @AfterEach
    void releaseLog() {
        log.close();
    }

    @Test
    void delivers_to_the_recipient_a_text_and_html_mail_that_both_carry_the_exact_link() throws Exception {
        mailer(MailSettings.defaults()).send(verification(LINK));

        MimeMessage mail = onlyReceivedMail();
        assertThat(mail.getRecipients(Message.RecipientType.TO))
                .extracting(a -> ((InternetAddress) a).getAddress())
                .containsExactly("ada@example.org");
        assertThat(((InternetAddress) mail.getFrom()[0]).getAddress()).isEqualTo("no-reply@journal.invalid");
        assertThat(((InternetAddress) mail.getFrom()[0]).getPersonal()).isEqualTo("Journal");
        assertThat(mail.getSubject()).isEqualTo("Confirm your email for Journal");
        assertThat(mail.getContentType()).startsWith("multipart/alternative");

        String text = part(mail, "text/plain");
        assertThat(text)
                .contains("\n" + LINK + "\n")
                .contains("This link expires soon")
                .contains("If you did not sign up, ignore this mail");
        String html = part(mail, "text/html");
        assertThat(html)
                .contains("href=\"" + LINK + "\"")
                .contains("This link expires soon")
                .contains("If you did not sign up, ignore this mail");
    }

    @Test
    void link_with_ampersand_and_apostrophe_is_html_escaped_in_the_html_part_but_intact_in_the_text_part()
            throws Exception {
        // java.net.URI refuses a raw < > or " (they must be percent-encoded), so & and ' are the
        // HTML-special characters a link can actually carry; VerificationMailContentTest covers the rest.
        URI link = URI.create("https://journal.example.org/verify?token=" + TOKEN + "&next=%2Fentries&ref='mail'");

        mailer(MailSettings.defaults()).send(verification(link));

        MimeMessage mail = onlyReceivedMail();
        assertThat(part(mail, "text/plain")).contains("\n" + link + "\n");
        String html = part(mail, "text/html");
        assertThat(html)
                .contains("href=\"https://journal.example.org/verify?token=" + TOKEN
                        + "&amp;next=%2Fentries&amp;ref=&#39;mail&#39;\"")
                .doesNotContain(link.toString());
    }

    @Test
    void words_are_html_escaped_in_the_html_part_and_sent_as_is_in_subject_and_text() throws Exception {
        var mail = new OutgoingMail(ADA, "Journal <Beta> & \"Co\"", List.of("Device: Firefox <script>", "When: now"),
                "Review & more", LINK, List.of("Journal"));

        mailer(MailSettings.defaults()).send(mail);

        MimeMessage received = onlyReceivedMail();
        assertThat(received.getSubject()).isEqualTo("Journal <Beta> & \"Co\"");
        assertThat(part(received, "text/plain")).contains("Device: Firefox <script>\n\nWhen: now");
        assertThat(part(received, "text/html"))
                .contains("<title>Journal &lt;Beta&gt; &amp; &quot;Co&quot;</title>")
                .contains("<p>Device: Firefox &lt;script&gt;</p>")
                .contains(">Review &amp; more</a>")
                .doesNotContain("<script>");
    }

    @Test
    void logs_the_masked_recipient_at_info_and_never_the_link_or_its_token() throws Exception {
        mailer(MailSettings.defaults()).send(verification(LINK));
        onlyReceivedMail();

        assertThat(log.linesAtOrAbove(Level.INFO))
                .anyMatch(line -> line.endsWith("mail \"Confirm your email for Journal\" sent to a***@example.org"));
        assertThat(log.all()).doesNotContain(TOKEN);
        // GreenMail itself logs the address it creates a mailbox for; our code must not.
        assertThat(log.allFrom("app.journal")).doesNotContain("ada@example.org");
    }

    @Test
    void smtp_server_down_raises_MailDeliveryException_and_neither_log_nor_exception_holds_the_token()
            throws IOException {
        JavaMailSenderImpl sender = sender(portWithNothingListening());

        assertThatThrownBy(() -> new SmtpMailSender(sender, MailSettings.defaults()).send(verification(LINK)))
                .isInstanceOf(MailDeliveryException.class)
                .hasMessageContaining("a***@example.org")
                .satisfies(e -> {
                    for (Throwable t = e; t != null; t = t.getCause()) {
                        assertThat(String.valueOf(t.getMessage())).doesNotContain(TOKEN);
                    }
                });

        assertThat(log.linesAtOrAbove(Level.WARN))
                .anyMatch(line -> line.contains("to a***@example.org could not be sent"));
        assertThat(log.all()).doesNotContain(TOKEN);
        assertThat(log.linesAtOrAbove(Level.INFO)).noneMatch(line -> line.contains(" sent to "));
    }

    @Test
    void masks_all_of_the_local_part_but_its_first_character() {
        assertThat(SmtpMailSender.mask(new EmailAddress("ada.lovelace@example.org")))
                .isEqualTo("a***@example.org");
        assertThat(SmtpMailSender.mask(new EmailAddress("x@example.org"))).isEqualTo("x***@example.org");
    }

    private SmtpMailSender mailer(MailSettings settings) {
        return new SmtpMailSender(sender(smtp.getSmtp().getPort()), settings);
    }

    private static JavaMailSenderImpl sender(int port) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost(ServerSetupTest.SMTP.getBindAddress());
        sender.setPort(port);
        Properties properties = new Properties();
        properties.setProperty("mail.smtp.connectiontimeout", "5000");
        properties.setProperty("mail.smtp.timeout", "5000");
        properties.setProperty("mail.smtp.writetimeout", "5000");
        sender.setJavaMailProperties(properties);
        return sender;
    }

    private static int portWithNothingListening() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static MimeMessage onlyReceivedMail() {
        assertThat(smtp.waitForIncomingEmail(5_000, 1)).as("a mail arrived").isTrue();
        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(1);
        return received[0];
    }

    /** The decoded body of the first part of that MIME type, searched depth-first. */
    private static String part(Part part, String mimeType) throws Exception {
        String found = find(part, mimeType);
        assertThat(found).as("a %s part", mimeType).isNotNull();
        return found.replace("\r\n", "\n");
    }

    private static String find(Part part, String mimeType) throws Exception {
        if (part.isMimeType(mimeType)) {
            return (String) part.getContent();
        }
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                String found = find(multipart.getBodyPart(i), mimeType);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
