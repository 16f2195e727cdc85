package app.journal.domain.mfa;

import app.journal.domain.user.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * How long a pending second step lives and how many wrong codes it takes.
 *
 * @param ttl time from a correct password to the code; after it the sign-in starts over
 * @param maxAttempts wrong codes (or recovery codes) one pending sign-in takes before it is over
 */
public record SecondStepPolicy(Duration ttl, int maxAttempts) {

    public static final Duration DEFAULT_TTL = Duration.ofMinutes(5);
    public static final int DEFAULT_MAX_ATTEMPTS = 5;

    public SecondStepPolicy {
        Objects.requireNonNull(ttl, "ttl");
        if (ttl.isNegative() || ttl.isZero()) {
            throw new IllegalArgumentException("ttl must be positive");
        }
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1");
        }
    }

    public static SecondStepPolicy defaults() {
        return new SecondStepPolicy(DEFAULT_TTL, DEFAULT_MAX_ATTEMPTS);
    }

    /** A new pending sign-in after a correct password at {@code now}. */
    public PendingSignIn start(UUID id, UserId userId, Instant now) {
        return new PendingSignIn(id, userId, now, now.plus(ttl), 0);
    }
}
