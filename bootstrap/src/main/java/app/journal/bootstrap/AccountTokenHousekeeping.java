package app.journal.bootstrap;

import app.journal.application.port.out.AccountTokens;
import app.journal.application.port.out.PasskeyCeremonies;
import app.journal.application.port.out.PendingSecondSteps;
import app.journal.application.port.out.TrustedBrowsers;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Deletes reset and email-change tokens, pending second steps, trusted-browser marks and passkey ceremonies past
 * their expiry
 * (one DELETE each, every hour). Expired ones are refused anyway (every lookup says {@code expires_at > now});
 * this only keeps the tables small.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class AccountTokenHousekeeping {

    private static final Logger log = LoggerFactory.getLogger(AccountTokenHousekeeping.class);

    private final AccountTokens tokens;
    private final PendingSecondSteps secondSteps;
    private final TrustedBrowsers browsers;
    private final PasskeyCeremonies ceremonies;
    private final Clock clock;

    AccountTokenHousekeeping(AccountTokens tokens, PendingSecondSteps secondSteps, TrustedBrowsers browsers,
            PasskeyCeremonies ceremonies, Clock clock) {
        this.ceremonies = ceremonies;
        this.tokens = tokens;
        this.secondSteps = secondSteps;
        this.browsers = browsers;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT3M")
    void scheduledPurge() {
        try {
            var now = clock.instant();
            int purged = tokens.purgeExpired(now);
            int steps = secondSteps.purgeExpired(now);
            int marks = browsers.purgeExpired(now);
            int begun = ceremonies.purgeExpired(now);
            log.debug("Purged {} expired account link tokens, {} second steps, {} trusted browsers, {} passkey "
                    + "ceremonies", purged, steps, marks, begun);
        } catch (RuntimeException e) {
            log.warn("Could not purge expired account link tokens: {}", e.getMessage());
        }
    }
}
