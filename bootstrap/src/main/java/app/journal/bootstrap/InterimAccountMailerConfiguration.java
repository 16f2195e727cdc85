package app.journal.bootstrap;

import app.journal.application.port.out.AccountMail;
import app.journal.application.port.out.AccountMailer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * TEMPORARY (issue 8, until the durable mail outbox is merged): an {@link AccountMailer} that logs
 * the kind at DEBUG and drops the mail, only where no real one is defined. Delete this class when the
 * outbox's AccountMailer bean lands.
 */
@Configuration(proxyBeanMethods = false)
class InterimAccountMailerConfiguration {

    private static final Logger log = LoggerFactory.getLogger(InterimAccountMailerConfiguration.class);

    @Bean
    @ConditionalOnMissingBean(AccountMailer.class)
    AccountMailer interimAccountMailer() {
        return (AccountMail mail) -> log.debug("Account mail not sent (no outbox yet): {} for user {}",
                mail.getClass().getSimpleName(), mail.userId());
    }
}
