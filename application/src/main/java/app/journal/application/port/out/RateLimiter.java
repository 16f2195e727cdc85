package app.journal.application.port.out;

import java.time.Duration;

/** Counts attempts per key in a window shared by every node of Journal. */
public interface RateLimiter {

    Decision tryAcquire(String key, int limit, Duration window);

    sealed interface Decision {
        record Allowed() implements Decision {}

        record Limited(Duration retryAfter) implements Decision {}
    }
}
