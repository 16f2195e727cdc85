package app.journal.bootstrap;

import app.journal.adapter.mail.LoggingVerificationMailer;
import app.journal.adapter.mail.MailSettings;
import app.journal.adapter.mail.SmtpVerificationMailer;
import app.journal.application.port.out.VerificationMailer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * Real SMTP when {@code spring.mail.host} is set (Spring Boot then provides the JavaMailSender);
 * otherwise, for development, the mail and its link go to the log.
 */
@Configuration(proxyBeanMethods = false)
class MailConfiguration {

    private static final Logger log = LoggerFactory.getLogger(MailConfiguration.class);

    @Bean
    VerificationMailer verificationMailer(ObjectProvider<JavaMailSender> mailSender, JournalProperties properties) {
        var settings = MailSettings.defaults().withFrom(properties.mail().from());
        var sender = mailSender.getIfAvailable();
        if (sender == null) {
            log.warn("No SMTP server configured (spring.mail.host): verification mails are written to the log");
            return new LoggingVerificationMailer(settings);
        }
        return new SmtpVerificationMailer(sender, settings);
    }
}
