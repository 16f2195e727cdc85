package app.journal.bootstrap;

import app.journal.application.port.out.AccountTokens;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Deletes reset and email-change tokens past their expiry (one DELETE, every hour). An expired token
 * is refused anyway (every lookup says {@code expires_at > now}); this only keeps the table small.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class AccountTokenHousekeeping {

    private static final Logger log = LoggerFactory.getLogger(AccountTokenHousekeeping.class);

    private final AccountTokens tokens;
    private final Clock clock;

    AccountTokenHousekeeping(AccountTokens tokens, Clock clock) {
        this.tokens = tokens;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT3M")
    void scheduledPurge() {
        try {
            int purged = tokens.purgeExpired(clock.instant());
            log.debug("Purged {} expired account link tokens", purged);
        } catch (RuntimeException e) {
            log.warn("Could not purge expired account link tokens: {}", e.getMessage());
        }
    }
}
