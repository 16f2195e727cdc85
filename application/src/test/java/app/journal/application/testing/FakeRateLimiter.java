package app.journal.application.testing;

import app.journal.application.port.out.RateLimiter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * A real fixed-window {@link RateLimiter} in memory, on the supplied {@link Clock}: a key's window
 * opens at its first attempt and lasts {@code window}; within it the first {@code limit} attempts are
 * allowed and every further one is limited (and counted) until the window is over, when the count
 * starts again. So a test hits a limit by trying {@code limit + 1} times, and leaves it by moving its
 * clock past the window. Thread-safe.
 */
public final class FakeRateLimiter implements RateLimiter {

    private final Clock clock;
    private final Map<String, Window> windows = new HashMap<>();

    public FakeRateLimiter(Clock clock) {
        this.clock = clock;
    }

    @Override
    public synchronized Decision tryAcquire(String key, int limit, Duration window) {
        if (limit < 1 || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("a rate limit needs a positive limit and window");
        }
        Instant now = clock.instant();
        Window current = windows.get(key);
        if (current == null || !now.isBefore(current.end())) {
            current = new Window(now.plus(window), 0);
        }
        current = new Window(current.end(), current.attempts() + 1);
        windows.put(key, current);
        if (current.attempts() > limit) {
            return new Decision.Limited(Duration.between(now, current.end()));
        }
        return new Decision.Allowed();
    }

    /** Attempts (allowed or not) counted for {@code key} in its window that is open now; 0 when none is. */
    public synchronized int attempts(String key) {
        Window current = windows.get(key);
        if (current == null || !clock.instant().isBefore(current.end())) {
            return 0;
        }
        return current.attempts();
    }

    private record Window(Instant end, int attempts) {}
}
