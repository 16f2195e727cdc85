package app.journal.bootstrap;

import app.journal.adapter.persistence.JooqRateLimiter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/** Deletes rate-limit windows that have ended, so the counter table stays small. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class RateLimitHousekeeping {

    private static final Logger log = LoggerFactory.getLogger(RateLimitHousekeeping.class);

    private final JooqRateLimiter rateLimiter;

    RateLimitHousekeeping(JooqRateLimiter rateLimiter) {
        this.rateLimiter = rateLimiter;
    }

    @Scheduled(fixedDelayString = "PT10M", initialDelayString = "PT1M")
    void purge() {
        try {
            int purged = rateLimiter.purgeExpired();
            log.debug("Purged {} ended rate-limit windows", purged);
        } catch (RuntimeException e) {
            log.warn("Could not purge rate-limit windows: {}", e.getMessage());
        }
    }
}
