package app.journal.adapter.persistence;

import static app.journal.adapter.persistence.Timestamps.toDb;
import static app.journal.adapter.persistence.jooq.Tables.RATE_LIMIT_COUNTERS;

import app.journal.application.port.out.RateLimiter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Objects;
import org.jooq.DSLContext;

/**
 * Fixed-window rate limiting with its counters in {@code rate_limit_counters}, so that a limit holds
 * across every node of Journal that shares the database.
 *
 * <p>Each attempt is one statement, {@code INSERT ... ON CONFLICT (bucket_key, window_start) DO UPDATE
 * SET hits = hits + 1 RETURNING hits}: PostgreSQL serialises concurrent attempts on one counter row, so
 * each is counted exactly once and the first {@code limit} of them are allowed, whatever the number of
 * nodes or the transaction isolation. Windows are aligned to the epoch ({@code start = now - now %
 * window}), so every node computes the same window from its own clock; nodes whose clocks disagree
 * near a window boundary may briefly count into different windows.
 *
 * <p>The statement runs on the {@link DSLContext} it is given. Give it one that is <em>not</em> bound to
 * the caller's transaction: an attempt must stay counted even when the use case that asked then fails
 * and rolls back (a failed login is exactly what must be counted).
 *
 * <p>Counters outlive their window until {@link #purgeExpired()} deletes them; call it on a schedule.
 */
public final class JooqRateLimiter implements RateLimiter {

    /** Longer keys are stored as {@value #HASH_PREFIX} and the SHA-256 of the key, in hex. */
    static final int MAX_PLAIN_KEY_LENGTH = 200;

    static final String HASH_PREFIX = "sha256:";

    private static final Duration ONE_SECOND = Duration.ofSeconds(1);

    /**
     * Every sign-in counts twice (per client, per account), so the statement is a constant run through
     * JDBC: the driver prepares it once per connection, where jOOQ rendered it on every attempt
     * (docs/decisions/0024-a-lean-hot-path.md). Every value is a bind parameter.
     */
    private static final String COUNT = """
            INSERT INTO rate_limit_counters (bucket_key, window_start, hits, expires_at) VALUES (?, ?, 1, ?)
            ON CONFLICT (bucket_key, window_start) DO UPDATE SET hits = rate_limit_counters.hits + 1
            RETURNING hits""";

    private final DSLContext dsl;
    private final Clock clock;

    public JooqRateLimiter(DSLContext dsl, Clock clock) {
        this.dsl = Objects.requireNonNull(dsl, "dsl");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public Decision tryAcquire(String key, int limit, Duration window) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(window, "window");
        if (key.isBlank()) {
            throw new IllegalArgumentException("a rate limit key must not be blank");
        }
        if (limit < 1) {
            throw new IllegalArgumentException("a rate limit must allow at least one attempt, not " + limit);
        }
        if (window.compareTo(Duration.ofMillis(1)) < 0) {
            throw new IllegalArgumentException("a rate limit window must be at least 1 ms, not " + window);
        }

        Instant now = clock.instant();
        long windowMillis = window.toMillis();
        long nowMillis = now.toEpochMilli();
        Instant windowStart = Instant.ofEpochMilli(nowMillis - Math.floorMod(nowMillis, windowMillis));
        Instant windowEnd = windowStart.plusMillis(windowMillis);

        String stored = storedKey(key);
        Integer hits = dsl.connectionResult(connection -> {
            try (var statement = connection.prepareStatement(COUNT)) {
                statement.setString(1, stored);
                statement.setObject(2, toDb(windowStart));
                statement.setObject(3, toDb(windowEnd));
                try (var row = statement.executeQuery()) {
                    return row.next() ? row.getInt(1) : null;
                }
            }
        });
        if (hits == null) {
            throw new IllegalStateException("counting an attempt on " + key + " returned no row");
        }
        return hits <= limit ? new Decision.Allowed() : new Decision.Limited(retryAfter(now, windowEnd));
    }

    /**
     * Deletes the counters whose window has ended; they can never limit anything again.
     *
     * @return how many were deleted
     */
    public int purgeExpired() {
        return dsl.deleteFrom(RATE_LIMIT_COUNTERS)
                .where(RATE_LIMIT_COUNTERS.EXPIRES_AT.lt(toDb(clock.instant())))
                .execute();
    }

    /** Until the window ends, in whole seconds rounded up (what a Retry-After header can carry), at least 1 s. */
    static Duration retryAfter(Instant now, Instant windowEnd) {
        Duration left = Duration.between(now, windowEnd);
        long seconds = left.getSeconds() + (left.getNano() > 0 ? 1 : 0);
        return Duration.ofSeconds(Math.max(1, seconds));
    }

    /**
     * The key as stored: itself if it is short enough, otherwise a fixed-length digest of it. A key
     * holding a NUL (which PostgreSQL text cannot store) is hashed too.
     */
    static String storedKey(String key) {
        if (key.length() <= MAX_PLAIN_KEY_LENGTH && key.indexOf('\0') < 0) {
            return key;
        }
        return HASH_PREFIX + HexFormat.of().formatHex(sha256(key.getBytes(StandardCharsets.UTF_8)));
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
