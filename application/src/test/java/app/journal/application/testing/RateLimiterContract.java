package app.journal.application.testing;

import static app.journal.application.testing.ContractFixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;

import app.journal.application.port.out.RateLimiter;
import app.journal.application.port.out.RateLimiter.Decision;
import app.journal.application.port.out.RateLimiter.Decision.Allowed;
import app.journal.application.port.out.RateLimiter.Decision.Limited;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link RateLimiter} must do: count attempts per key within a window, allow the first
 * {@code limit} of them, limit the rest until a window has passed, and count concurrent attempts
 * exactly once each. Run against the jOOQ adapter on PostgreSQL (and any fake that wants to stand in
 * for it). Every test uses fresh keys, so an implementation may share one database between tests.
 */
public abstract class RateLimiterContract {

    private static final Duration WINDOW = Duration.ofMinutes(1);
    private static final int RACERS = 20;
    private static final int RACE_LIMIT = 5;

    /** The implementation under test, reading the time from {@code clock}; called once before each test. */
    protected abstract RateLimiter rateLimiter(Clock clock);

    /** Stands ten seconds into a minute, so that no test starts on a window boundary. */
    protected final TestClock clock = new TestClock(T0.plusSeconds(10));

    private RateLimiter limiter;

    @BeforeEach
    void setUpPort() {
        limiter = rateLimiter(clock);
    }

    @Test
    void allows_up_to_the_limit_then_limits() {
        String key = uniqueKey("login");

        for (int attempt = 1; attempt <= 3; attempt++) {
            assertThat(limiter.tryAcquire(key, 3, WINDOW)).as("attempt %d", attempt).isInstanceOf(Allowed.class);
        }
        assertThat(limiter.tryAcquire(key, 3, WINDOW)).as("attempt 4").isInstanceOf(Limited.class);
        assertThat(limiter.tryAcquire(key, 3, WINDOW)).as("attempt 5").isInstanceOf(Limited.class);
    }

    @Test
    void a_limit_of_one_allows_exactly_one_attempt() {
        String key = uniqueKey("once");

        assertThat(limiter.tryAcquire(key, 1, WINDOW)).isInstanceOf(Allowed.class);
        assertThat(limiter.tryAcquire(key, 1, WINDOW)).isInstanceOf(Limited.class);
    }

    @Test
    void keys_are_independent() {
        String exhausted = uniqueKey("ada");
        String other = uniqueKey("bob");
        limiter.tryAcquire(exhausted, 1, WINDOW);

        assertThat(limiter.tryAcquire(exhausted, 1, WINDOW)).isInstanceOf(Limited.class);
        assertThat(limiter.tryAcquire(other, 1, WINDOW)).isInstanceOf(Allowed.class);
        assertThat(limiter.tryAcquire(exhausted, 1, WINDOW)).isInstanceOf(Limited.class);
    }

    @Test
    void long_keys_that_differ_only_at_the_end_are_independent() {
        String prefix = uniqueKey("long") + ":" + "x".repeat(400);
        String first = prefix + "1";
        String second = prefix + "2";

        assertThat(limiter.tryAcquire(first, 1, WINDOW)).isInstanceOf(Allowed.class);
        assertThat(limiter.tryAcquire(first, 1, WINDOW)).as("the same long key again").isInstanceOf(Limited.class);
        assertThat(limiter.tryAcquire(second, 1, WINDOW)).isInstanceOf(Allowed.class);
    }

    @Test
    void a_new_window_allows_again() {
        String key = uniqueKey("resend");
        limiter.tryAcquire(key, 2, WINDOW);
        limiter.tryAcquire(key, 2, WINDOW);
        assertThat(limiter.tryAcquire(key, 2, WINDOW)).isInstanceOf(Limited.class);

        clock.advance(WINDOW);

        assertThat(limiter.tryAcquire(key, 2, WINDOW)).isInstanceOf(Allowed.class);
        assertThat(limiter.tryAcquire(key, 2, WINDOW)).isInstanceOf(Allowed.class);
        assertThat(limiter.tryAcquire(key, 2, WINDOW)).isInstanceOf(Limited.class);
    }

    @Test
    void time_passing_within_the_window_does_not_lift_the_limit() {
        String key = uniqueKey("verify");
        limiter.tryAcquire(key, 1, WINDOW);

        clock.advance(Duration.ofSeconds(30)); // still inside the window that began at 0 s (clock was at 10 s)

        assertThat(limiter.tryAcquire(key, 1, WINDOW)).isInstanceOf(Limited.class);
    }

    @Test
    void retry_after_is_positive_and_at_most_the_window() {
        String key = uniqueKey("register");
        limiter.tryAcquire(key, 1, WINDOW);

        Decision decision = limiter.tryAcquire(key, 1, WINDOW);

        assertThat(decision).isInstanceOf(Limited.class);
        Duration retryAfter = ((Limited) decision).retryAfter();
        assertThat(retryAfter).isPositive().isLessThanOrEqualTo(WINDOW);
    }

    @Test
    void waiting_retry_after_is_enough_to_be_allowed_again() {
        String key = uniqueKey("patient");
        limiter.tryAcquire(key, 1, WINDOW);
        Limited limited = (Limited) limiter.tryAcquire(key, 1, WINDOW);

        clock.advance(limited.retryAfter());

        assertThat(limiter.tryAcquire(key, 1, WINDOW)).isInstanceOf(Allowed.class);
    }

    @Test
    void concurrent_attempts_are_each_counted_once() throws Exception {
        String key = uniqueKey("race");
        var ready = new CountDownLatch(RACERS);
        var go = new CountDownLatch(1);
        List<Future<Decision>> results = new ArrayList<>();

        try (var pool = Executors.newFixedThreadPool(RACERS)) {
            for (int i = 0; i < RACERS; i++) {
                results.add(pool.submit(() -> {
                    ready.countDown();
                    if (!go.await(30, TimeUnit.SECONDS)) {
                        throw new IllegalStateException("the race never started");
                    }
                    return limiter.tryAcquire(key, RACE_LIMIT, WINDOW);
                }));
            }
            assertThat(ready.await(30, TimeUnit.SECONDS)).as("all racers at the start line").isTrue();
            go.countDown();

            int allowed = 0;
            int limited = 0;
            for (Future<Decision> result : results) {
                switch (result.get(60, TimeUnit.SECONDS)) {
                    case Allowed a -> allowed++;
                    case Limited l -> limited++;
                }
            }

            assertThat(allowed).as("allowed").isEqualTo(RACE_LIMIT);
            assertThat(limited).as("limited").isEqualTo(RACERS - RACE_LIMIT);
        }
        assertThat(limiter.tryAcquire(key, RACE_LIMIT, WINDOW)).as("after the race").isInstanceOf(Limited.class);
    }

    /** A key no other test (nor an earlier run on a shared database) uses. */
    protected static String uniqueKey(String name) {
        return "contract:" + name + ":" + UUID.randomUUID();
    }
}
