package app.journal.bootstrap;

import app.journal.adapter.mail.LoggingMailSender;
import app.journal.adapter.mail.MailSettings;
import app.journal.adapter.mail.SmtpMailSender;
import app.journal.adapter.persistence.JooqAccountMailOutbox;
import app.journal.application.port.in.account.DeliverAccountMail;
import app.journal.application.port.out.AccountMailer;
import app.journal.application.port.out.MailEvents;
import app.journal.application.port.out.MailSender;
import app.journal.application.port.out.UnitOfWork;
import app.journal.application.port.out.VerificationTokens;
import app.journal.application.service.account.AccountLinks;
import app.journal.application.service.account.DeliverAccountMailService;
import app.journal.application.service.LinkTokens;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import org.jooq.DSLContext;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * Account mail: the outbox in PostgreSQL (queued in the caller's transaction), the worker that
 * delivers it on every node, and the sender: real SMTP when {@code spring.mail.host} is set (Spring
 * Boot then provides the JavaMailSender), otherwise, for development, the log.
 *
 * @see "docs/decisions/0005-durable-account-mail.md"
 */
@Configuration(proxyBeanMethods = false)
class MailConfiguration {

    @Bean
    MailSettings mailSettings(JournalProperties properties) {
        return MailSettings.defaults().withFrom(properties.mail().from());
    }

    @Bean
    MailSender accountMailSender(ObjectProvider<JavaMailSender> mailSender, MailSettings settings) {
        var sender = mailSender.getIfAvailable();
        return sender == null ? new LoggingMailSender(settings) : new SmtpMailSender(sender, settings);
    }

    @Bean
    JooqAccountMailOutbox accountMailOutbox(DSLContext dsl, Clock clock) {
        return new JooqAccountMailOutbox(dsl, clock);
    }

    @Bean
    MicrometerMailEvents mailEvents(MeterRegistry registry, JooqAccountMailOutbox outbox) {
        return new MicrometerMailEvents(registry, outbox::waiting);
    }

    /** What the use cases get: the outbox, counting what it queues once the transaction commits. */
    @Bean
    @Primary
    AccountMailer accountMailer(JooqAccountMailOutbox outbox, MailEvents events) {
        return new CountingAccountMailer(outbox, events);
    }

    @Bean
    DeliverAccountMail deliverAccountMail(JooqAccountMailOutbox outbox, MailSender sender, VerificationTokens tokens,
            LinkTokens linkTokens, MailEvents events, MailSettings settings, JournalProperties properties,
            UnitOfWork unitOfWork, Clock clock) {
        var delivery = properties.mail().delivery();
        return new DeliverAccountMailService(outbox, sender, tokens, linkTokens, new AccountLinks(properties.publicBaseUrl()),
                settings.productName(), events,
                new DeliverAccountMailService.Settings(delivery.batchSize(), delivery.maxAttempts(),
                        delivery.backoffBase(), delivery.lease()),
                unitOfWork, clock);
    }

    @Bean
    MailDeliveryWorker mailDeliveryWorker(DeliverAccountMail deliver, JournalProperties properties) {
        var delivery = properties.mail().delivery();
        return new MailDeliveryWorker(deliver, delivery.enabled(), delivery.pollInterval(), delivery.batchSize());
    }
}
