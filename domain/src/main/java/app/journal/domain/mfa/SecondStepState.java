package app.journal.domain.mfa;

import java.time.Instant;
import java.util.Objects;

/**
 * Whether a sign-in whose password was right still takes a second-step code. No session or token exists
 * until the second step succeeds; the caller spends the pending sign-in (with a statement that succeeds
 * once) when it is over either way.
 */
public sealed interface SecondStepState {

    /** Codes are taken; {@code attemptsLeft} more wrong ones end it. */
    record Open(int attemptsLeft) implements SecondStepState {}

    /** Too late: the person signs in again from the password. */
    record Expired() implements SecondStepState {}

    /** Too many wrong codes: the person signs in again from the password. */
    record Exhausted() implements SecondStepState {}

    /**
     * Expiry is decided first: an expired sign-in is {@link Expired} however many wrong codes it had.
     *
     * @param expiresAt the first instant at which the pending sign-in no longer takes a code
     * @param failedAttempts wrong codes so far
     * @param maxAttempts wrong codes one pending sign-in takes before it is over
     */
    static SecondStepState of(Instant expiresAt, int failedAttempts, Instant now, int maxAttempts) {
        Objects.requireNonNull(expiresAt, "expiresAt");
        Objects.requireNonNull(now, "now");
        if (failedAttempts < 0) {
            throw new IllegalArgumentException("failedAttempts must not be negative");
        }
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1");
        }
        if (!now.isBefore(expiresAt)) {
            return new Expired();
        }
        if (failedAttempts >= maxAttempts) {
            return new Exhausted();
        }
        return new Open(maxAttempts - failedAttempts);
    }
}
