package app.journal.adapter.rest.token;

import app.journal.domain.session.RefreshId;
import app.journal.domain.session.SessionId;
import app.journal.domain.user.UserId;
import java.time.Instant;

public record RefreshClaims(UserId userId, SessionId sessionId, RefreshId refreshId, Instant expiresAt) {}
