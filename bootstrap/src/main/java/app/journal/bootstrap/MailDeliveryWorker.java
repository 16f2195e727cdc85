package app.journal.bootstrap;

import app.journal.application.port.in.account.DeliverAccountMail;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Runs {@link DeliverAccountMail} on this node every poll interval, one thread, batch after batch while
 * batches come back full. Starts after the rest of the application and stops before it: a stop lets
 * the batch in hand finish (up to 10 s); anything left stays in the outbox for the next start or
 * another node.
 */
final class MailDeliveryWorker implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(MailDeliveryWorker.class);
    private static final Duration STOP_WAIT = Duration.ofSeconds(10);

    private final DeliverAccountMail deliver;
    private final boolean enabled;
    private final Duration pollInterval;
    private final int batchSize;
    private @Nullable ScheduledExecutorService executor;
    private volatile boolean running;

    MailDeliveryWorker(DeliverAccountMail deliver, boolean enabled, Duration pollInterval, int batchSize) {
        this.deliver = deliver;
        this.enabled = enabled;
        this.pollInterval = pollInterval;
        this.batchSize = batchSize;
    }

    @Override
    public synchronized void start() {
        running = true;
        if (!enabled) {
            log.info("Account mail delivery is off on this node (journal.mail.delivery.enabled=false)");
            return;
        }
        executor = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("journal-mail").daemon(true)
                .factory());
        executor.scheduleWithFixedDelay(this::poll, pollInterval.toMillis(), pollInterval.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    private void poll() {
        try {
            while (running && deliver.deliverDue() >= batchSize) {
                // a full batch: there may be more due right now
            }
        } catch (RuntimeException e) {
            log.warn("Account mail delivery failed, will try again in {}: {}", pollInterval, e.toString());
        }
    }

    @Override
    public synchronized void stop() {
        running = false;
        var current = executor;
        executor = null;
        if (current == null) {
            return;
        }
        current.shutdown();
        try {
            if (!current.awaitTermination(STOP_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                current.shutdownNow();
            }
        } catch (InterruptedException e) {
            current.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
