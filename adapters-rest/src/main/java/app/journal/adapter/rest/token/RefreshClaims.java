package app.journal.adapter.rest.token;

import app.journal.domain.session.RefreshId;
import app.journal.domain.session.SessionId;
import app.journal.domain.session.SessionPersistence;
import app.journal.domain.user.UserId;
import java.time.Instant;

/**
 * What a verified refresh token says.
 *
 * @param persistence claim {@code rem}: whether the sign-in was meant to outlive the browser; handed on
 *     unchanged at every rotation (tokens from before the claim existed count as persistent, as their
 *     sessions were)
 * @param amr claim {@code amr}: how the sign-in was proved (RFC 8176), handed on like {@code persistence}
 */
public record RefreshClaims(UserId userId, SessionId sessionId, RefreshId refreshId, Instant expiresAt,
        SessionPersistence persistence, java.util.List<String> amr) {

    public RefreshClaims {
        amr = java.util.List.copyOf(amr);
    }

    public RefreshClaims(UserId userId, SessionId sessionId, RefreshId refreshId, Instant expiresAt,
            SessionPersistence persistence) {
        this(userId, sessionId, refreshId, expiresAt, persistence, java.util.List.of("pwd"));
    }
}
