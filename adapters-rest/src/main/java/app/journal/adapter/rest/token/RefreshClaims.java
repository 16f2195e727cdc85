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
 */
public record RefreshClaims(
        UserId userId, SessionId sessionId, RefreshId refreshId, Instant expiresAt, SessionPersistence persistence) {}
