package app.journal.bootstrap;

import app.journal.application.port.out.SecurityActivity;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/** Deletes security activity older than {@code journal.activity.retention} (one DELETE, every hour). */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class ActivityHousekeeping {

    private static final Logger log = LoggerFactory.getLogger(ActivityHousekeeping.class);

    private final SecurityActivity activity;
    private final JournalProperties properties;
    private final Clock clock;

    ActivityHousekeeping(SecurityActivity activity, JournalProperties properties, Clock clock) {
        this.activity = activity;
        this.properties = properties;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT2M")
    void scheduledPurge() {
        try {
            purge();
        } catch (RuntimeException e) {
            log.warn("Could not purge old security activity: {}", e.getMessage());
        }
    }

    /** @return how many rows were deleted */
    int purge() {
        int purged = activity.purgeOlderThan(clock.instant().minus(properties.activity().retention()));
        log.debug("Purged {} security activity rows past their retention", purged);
        return purged;
    }
}
