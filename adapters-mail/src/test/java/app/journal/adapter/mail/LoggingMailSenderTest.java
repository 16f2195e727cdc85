package app.journal.adapter.mail;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import java.net.URI;
import org.junit.jupiter.api.Test;

class LoggingMailSenderTest {

    private static final URI LINK =
            URI.create("https://journal.example.org/verify?token=q7Xk2VbR9sLmT4wYc1NzPa8HdJf0GuEo3iKxW6yQvZs");

    @Test
    void writes_recipient_and_link_to_the_log_at_info_under_a_banner_that_says_why() {
        try (CapturedLog log = CapturedLog.start()) {
            LoggingMailSender mailer = new LoggingMailSender(MailSettings.defaults());

            mailer.send(SmtpMailSenderTest.verification(LINK));

            assertThat(log.linesAtOrAbove(Level.INFO)).anyMatch(line -> line.contains(
                    "No SMTP server configured (spring.mail.host): mail for ada@example.org follows; "
                            + "its link: " + LINK + "\n"));
            assertThat(log.linesAtOrAbove(Level.INFO)).anyMatch(line -> line.contains("Subject: Confirm your email for Journal")
                    && line.contains("If you did not sign up, ignore this mail"));
        }
    }

    @Test
    void warns_once_when_created_that_mails_go_to_the_log_instead_of_being_sent() {
        try (CapturedLog log = CapturedLog.start()) {
            new LoggingMailSender(MailSettings.defaults());

            assertThat(log.linesAtOrAbove(Level.WARN))
                    .singleElement()
                    .asString()
                    .contains("account mails are written to this log");
        }
    }
}
