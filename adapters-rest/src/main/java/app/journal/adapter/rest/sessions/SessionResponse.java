package app.journal.adapter.rest.sessions;

import app.journal.domain.session.SessionId;
import app.journal.domain.session.UserSession;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One signed-in device, as its owner sees it. */
public record SessionResponse(UUID id, Instant createdAt, Instant lastUsedAt, Instant expiresAt,
        @Nullable String userAgent, @Nullable String clientIp, boolean current) {

    static SessionResponse from(UserSession session, @Nullable SessionId current) {
        return new SessionResponse(session.id().value(), session.createdAt(), session.lastUsedAt(),
                session.expiresAt(), session.userAgent(), session.clientIp(), session.id().equals(current));
    }
}
