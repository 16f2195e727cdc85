package app.journal.adapter.persistence;

import static app.journal.adapter.persistence.jooq.Tables.RATE_LIMIT_COUNTERS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.journal.adapter.persistence.testing.MigratedDatabase;
import app.journal.application.port.out.RateLimiter;
import app.journal.application.port.out.RateLimiter.Decision.Allowed;
import app.journal.application.port.out.RateLimiter.Decision.Limited;
import app.journal.application.testing.RateLimiterContract;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The rate limiter contract on a real, migrated PostgreSQL (one database for the class; the race opens
 * twenty connections at once), plus what only this adapter promises: epoch-aligned windows, Retry-After
 * in whole seconds, hashed long keys and the purge.
 */
class JooqRateLimiterContractTest extends RateLimiterContract {

    private static final Duration MINUTE = Duration.ofMinutes(1);

    @RegisterExtension
    static final MigratedDatabase db = new MigratedDatabase("jooq_rate_limiter");

    @Override
    protected RateLimiter rateLimiter(Clock clock) {
        return new JooqRateLimiter(db.dsl(), clock);
    }

    @Test
    void one_row_per_key_and_window_counts_every_attempt_including_the_limited_ones() {
        var limiter = new JooqRateLimiter(db.dsl(), clock); // 10 s into a minute
        String key = uniqueKey("counted");

        for (int i = 0; i < 4; i++) {
            limiter.tryAcquire(key, 2, MINUTE);
        }

        var row = db.dsl().selectFrom(RATE_LIMIT_COUNTERS).where(RATE_LIMIT_COUNTERS.BUCKET_KEY.eq(key)).fetchSingle();
        Instant minuteStart = clock.instant().minusSeconds(10);
        assertThat(row.getHits()).isEqualTo(4);
        assertThat(row.getWindowStart().toInstant()).isEqualTo(minuteStart);
        assertThat(row.getExpiresAt().toInstant()).isEqualTo(minuteStart.plus(MINUTE));
    }

    @Test
    void windows_are_aligned_to_the_epoch_so_every_node_agrees_on_them() {
        var limiter = new JooqRateLimiter(db.dsl(), clock);
        String key = uniqueKey("aligned");
        limiter.tryAcquire(key, 1, MINUTE);

        clock.advance(Duration.ofSeconds(49).plusMillis(999)); // 59.999 s: the last moment of the minute
        assertThat(limiter.tryAcquire(key, 1, MINUTE)).isInstanceOf(Limited.class);

        clock.advance(Duration.ofMillis(1)); // the next minute: a new window, although only 50 s have passed
        assertThat(limiter.tryAcquire(key, 1, MINUTE)).isInstanceOf(Allowed.class);
    }

    @Test
    void retry_after_is_the_rest_of_the_window_rounded_up_to_whole_seconds() {
        var limiter = new JooqRateLimiter(db.dsl(), clock);
        String key = uniqueKey("retry");
        limiter.tryAcquire(key, 1, MINUTE);

        clock.advance(Duration.ofMillis(200)); // 10.2 s into the minute: 49.8 s left
        assertThat(limiter.tryAcquire(key, 1, MINUTE)).isEqualTo(new Limited(Duration.ofSeconds(50)));

        clock.advance(Duration.ofMillis(49_500)); // 59.7 s: 0.3 s left, reported as 1 s
        assertThat(limiter.tryAcquire(key, 1, MINUTE)).isEqualTo(new Limited(Duration.ofSeconds(1)));
    }

    @Test
    void retry_after_is_at_least_one_second_even_for_a_shorter_window() {
        var limiter = new JooqRateLimiter(db.dsl(), clock);
        String key = uniqueKey("short");
        limiter.tryAcquire(key, 1, Duration.ofMillis(500));

        assertThat(limiter.tryAcquire(key, 1, Duration.ofMillis(500))).isEqualTo(new Limited(Duration.ofSeconds(1)));
    }

    @Test
    void keys_up_to_200_characters_are_stored_as_they_are_longer_ones_as_a_prefixed_sha256() {
        var limiter = new JooqRateLimiter(db.dsl(), clock);
        String exactly200 = uniqueKey("plain");
        exactly200 = exactly200 + "p".repeat(200 - exactly200.length());
        String longer = exactly200 + "!";

        limiter.tryAcquire(exactly200, 5, MINUTE);
        limiter.tryAcquire(longer, 5, MINUTE);

        assertThat(db.dsl().fetchExists(RATE_LIMIT_COUNTERS, RATE_LIMIT_COUNTERS.BUCKET_KEY.eq(exactly200))).isTrue();
        assertThat(JooqRateLimiter.storedKey(longer)).matches("sha256:[0-9a-f]{64}");
        assertThat(db.dsl().fetchExists(RATE_LIMIT_COUNTERS,
                RATE_LIMIT_COUNTERS.BUCKET_KEY.eq(JooqRateLimiter.storedKey(longer)))).isTrue();
        assertThat(db.dsl().fetchExists(RATE_LIMIT_COUNTERS, RATE_LIMIT_COUNTERS.BUCKET_KEY.eq(longer))).isFalse();
    }

    @Test
    void a_key_with_a_nul_character_is_stored_hashed_instead_of_failing() {
        var limiter = new JooqRateLimiter(db.dsl(), clock);
        String key = uniqueKey("nul") + "\0";

        assertThat(limiter.tryAcquire(key, 1, MINUTE)).isInstanceOf(Allowed.class);
        assertThat(limiter.tryAcquire(key, 1, MINUTE)).isInstanceOf(Limited.class);
    }

    @Test
    void nonsense_limits_and_windows_are_refused() {
        var limiter = new JooqRateLimiter(db.dsl(), clock);
        String key = uniqueKey("nonsense");

        assertThatThrownBy(() -> limiter.tryAcquire(key, 0, MINUTE)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> limiter.tryAcquire(key, 1, Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> limiter.tryAcquire(key, 1, MINUTE.negated()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> limiter.tryAcquire(" ", 1, MINUTE)).isInstanceOf(IllegalArgumentException.class);
        assertThat(db.dsl().fetchExists(RATE_LIMIT_COUNTERS, RATE_LIMIT_COUNTERS.BUCKET_KEY.eq(key))).isFalse();
    }

    @Test
    void purge_expired_deletes_the_counters_of_ended_windows_and_keeps_the_current_ones() {
        // Far from the other tests' windows, which may or may not have been purged yet.
        clock.set(Instant.parse("2031-06-01T12:00:10Z"));
        var limiter = new JooqRateLimiter(db.dsl(), clock);
        String ended = uniqueKey("ended");
        String current = uniqueKey("current");
        limiter.tryAcquire(ended, 1, MINUTE);
        limiter.tryAcquire(ended, 1, MINUTE);
        clock.advance(MINUTE); // 12:01:10: the 12:00 window has ended
        limiter.tryAcquire(current, 1, MINUTE);

        int purged = limiter.purgeExpired();

        assertThat(purged).isGreaterThanOrEqualTo(1);
        assertThat(db.dsl().fetchExists(RATE_LIMIT_COUNTERS, RATE_LIMIT_COUNTERS.BUCKET_KEY.eq(ended))).isFalse();
        assertThat(db.dsl().fetchExists(RATE_LIMIT_COUNTERS, RATE_LIMIT_COUNTERS.BUCKET_KEY.eq(current))).isTrue();
        assertThat(limiter.purgeExpired()).as("a second purge at the same moment").isZero();
        assertThat(limiter.tryAcquire(current, 1, MINUTE)).as("the kept counter still limits")
                .isInstanceOf(Limited.class);
    }

    @Test
    void purge_expired_keeps_a_counter_until_its_window_has_ended() {
        clock.set(Instant.parse("2032-01-01T00:00:00Z"));
        var limiter = new JooqRateLimiter(db.dsl(), clock);
        String key = uniqueKey("edge");
        limiter.tryAcquire(key, 1, MINUTE);

        clock.set(Instant.parse("2032-01-01T00:01:00Z")); // exactly the window's end: expires_at is not < now
        limiter.purgeExpired();
        assertThat(db.dsl().fetchExists(RATE_LIMIT_COUNTERS, RATE_LIMIT_COUNTERS.BUCKET_KEY.eq(key))).isTrue();

        clock.advance(Duration.ofMillis(1));
        limiter.purgeExpired();
        assertThat(db.dsl().fetchExists(RATE_LIMIT_COUNTERS, RATE_LIMIT_COUNTERS.BUCKET_KEY.eq(key))).isFalse();
    }
}
