package app.journal.domain.mfa;

import app.journal.domain.user.UserId;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A sign-in whose password was right and whose second step is still to come. No session or token
 * exists until the second step succeeds; the pending sign-in is then used up (the caller deletes it
 * with a statement that succeeds once).
 *
 * @param expiresAt the first instant at which it no longer takes a code
 * @param failedAttempts wrong codes so far
 */
public record PendingSignIn(UUID id, UserId userId, Instant createdAt, Instant expiresAt, int failedAttempts) {

    public PendingSignIn {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
        if (!expiresAt.isAfter(createdAt)) {
            throw new IllegalArgumentException("expiresAt must be after createdAt");
        }
        if (failedAttempts < 0) {
            throw new IllegalArgumentException("failedAttempts must not be negative");
        }
    }

    /** Expiry is decided first: an expired sign-in is {@link SecondStepState.Expired} however many tries it had. */
    public SecondStepState stateAt(Instant now, int maxAttempts) {
        Objects.requireNonNull(now, "now");
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1");
        }
        if (!now.isBefore(expiresAt)) {
            return new SecondStepState.Expired();
        }
        if (failedAttempts >= maxAttempts) {
            return new SecondStepState.Exhausted();
        }
        return new SecondStepState.Open(maxAttempts - failedAttempts);
    }

    public SecondStepState stateAt(Instant now, SecondStepPolicy policy) {
        return stateAt(now, policy.maxAttempts());
    }

    /** The same pending sign-in after one more wrong code. */
    public PendingSignIn withFailedAttempt() {
        return new PendingSignIn(id, userId, createdAt, expiresAt, failedAttempts + 1);
    }
}
