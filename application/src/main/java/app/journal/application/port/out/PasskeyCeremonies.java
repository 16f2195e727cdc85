package app.journal.application.port.out;

import app.journal.domain.session.SessionId;
import app.journal.domain.user.UserId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * WebAuthn ceremonies in progress, kept in PostgreSQL so that any node can finish one another began: the
 * options sent to the browser (with their challenge), for whom, until when. Each is taken by one atomic
 * statement (a {@code DELETE ... RETURNING} that also checks kind and expiry), so a replayed response or a
 * second finish finds nothing.
 *
 * @see "docs/decisions/0021-passkeys.md"
 */
public interface PasskeyCeremonies {

    void begin(Ceremony ceremony);

    /** Takes the ceremony of this kind if it has not expired: at most one caller ever gets it. */
    Optional<Ceremony> take(UUID id, Kind kind, Instant now);

    /** Deletes every ceremony that expired before {@code now}; answers how many. */
    int purgeExpired(Instant now);

    enum Kind {
        /** Adding a passkey to a signed-in account. */
        REGISTRATION,
        /** Signing in with a passkey, no account known yet. */
        SIGN_IN,
        /** "Confirm it's you" with a passkey of a signed-in account. */
        CONFIRMATION
    }

    /**
     * @param userId the account, for registration and confirmation; null for a sign-in
     * @param sessionId the session that began it, for registration and confirmation; null for a sign-in
     * @param optionsJson what {@link RelyingParty} made, handed back to it to verify the answer
     */
    record Ceremony(UUID id, Kind kind, @Nullable UserId userId, @Nullable SessionId sessionId, String optionsJson,
            Instant createdAt, Instant expiresAt) {
        public Ceremony {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(optionsJson, "optionsJson");
            Objects.requireNonNull(createdAt, "createdAt");
            Objects.requireNonNull(expiresAt, "expiresAt");
        }
    }
}
