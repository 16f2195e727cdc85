package app.journal.application.port.out;

import app.journal.application.port.out.AccountTokens.TokenHash;
import app.journal.domain.session.SessionPersistence;
import app.journal.domain.user.UserId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Sign-ins whose password was right and that wait for their second step. Stored by the SHA-256 of the
 * token the client holds, never the token. No session exists for them. Finishing one is one DELETE, so
 * it works once; every wrong code is counted on it, so it dies after a few.
 */
public interface PendingSecondSteps {

    void add(PendingSecondStep pending);

    /** The unexpired pending sign-in with this token hash. */
    Optional<PendingSecondStep> find(TokenHash hash, Instant now);

    /** Counts a wrong code on it and returns the new count; empty when it is gone (or expired). */
    Optional<Integer> countFailure(TokenHash hash, Instant now);

    /** Deletes the unexpired pending sign-in and returns it; empty when someone else got there first. */
    Optional<PendingSecondStep> spend(TokenHash hash, Instant now);

    /** Deletes every pending sign-in of the account; returns how many. */
    int voidAll(UserId userId);

    /** Deletes every one that expired before {@code cutoff}; returns how many. */
    int purgeExpired(Instant cutoff);

    record PendingSecondStep(TokenHash hash, UserId userId, SessionPersistence persistence,
            @Nullable String userAgent, @Nullable String clientIp, Instant createdAt, Instant expiresAt,
            int failedAttempts) {

        public PendingSecondStep {
            Objects.requireNonNull(hash, "hash");
            Objects.requireNonNull(userId, "userId");
            Objects.requireNonNull(persistence, "persistence");
            Objects.requireNonNull(createdAt, "createdAt");
            Objects.requireNonNull(expiresAt, "expiresAt");
        }
    }
}
