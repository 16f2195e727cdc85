package app.journal.webui.api;

import java.time.Duration;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * How long to hold back when {@code 401}s come in a burst.
 *
 * <ul>
 *   <li>A renewal that follows the previous one within {@link #burstWindow()} waits first, longer each
 *       time (doubling from {@link #base()} up to {@link #max()}), with random jitter: a token the API
 *       keeps rejecting right after renewing it does not turn into a refresh storm.</li>
 *   <li>A caller whose {@code 401} was already answered by someone else's renewal retries after a
 *       small random pause up to {@link #sharedRetryJitter()}, so a burst of callers does not hit the
 *       API in the same instant again.</li>
 * </ul>
 */
public record RenewalBackoff(Duration base, Duration max, Duration burstWindow, Duration sharedRetryJitter,
        RandomGenerator random, Sleeper sleeper) {

    /** Waits; a test passes one that records instead. */
    @FunctionalInterface
    public interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;
    }

    public RenewalBackoff {
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(max, "max");
        Objects.requireNonNull(burstWindow, "burstWindow");
        Objects.requireNonNull(sharedRetryJitter, "sharedRetryJitter");
        Objects.requireNonNull(random, "random");
        Objects.requireNonNull(sleeper, "sleeper");
        if (base.isNegative() || max.compareTo(base) < 0 || burstWindow.isNegative() || sharedRetryJitter.isNegative()) {
            throw new IllegalArgumentException("need 0 <= base <= max, burstWindow >= 0 and sharedRetryJitter >= 0");
        }
    }

    /** 250 ms doubling up to 2 s for renewals less than 5 s apart; up to 50 ms before a shared retry. */
    public static RenewalBackoff standard() {
        return new RenewalBackoff(Duration.ofMillis(250), Duration.ofSeconds(2), Duration.ofSeconds(5),
                Duration.ofMillis(50), RandomGenerator.getDefault(), duration -> Thread.sleep(duration));
    }

    /**
     * The pause before a renewal.
     *
     * @param earlierInBurst how many renewals came shortly before this one; 0 means none: no pause
     */
    Duration beforeRenewal(int earlierInBurst) {
        if (earlierInBurst <= 0 || base.isZero()) {
            return Duration.ZERO;
        }
        long ceiling = base.toMillis() << Math.min(earlierInBurst - 1, 20);
        ceiling = Math.min(Math.max(ceiling, 1), max.toMillis());
        // "Equal jitter": at least half the ceiling, so the pause really grows.
        return Duration.ofMillis(ceiling / 2 + random.nextLong(ceiling / 2 + 1));
    }

    /** The pause before retrying with a token someone else's renewal brought. */
    Duration beforeSharedRetry() {
        long bound = sharedRetryJitter.toMillis();
        return bound <= 0 ? Duration.ZERO : Duration.ofMillis(random.nextLong(bound + 1));
    }

    void pause(Duration duration) {
        if (duration.isZero() || duration.isNegative()) {
            return;
        }
        try {
            sleeper.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
