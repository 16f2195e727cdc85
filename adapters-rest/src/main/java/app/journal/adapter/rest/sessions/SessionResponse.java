package app.journal.adapter.rest.sessions;

import app.journal.domain.session.SessionId;
import app.journal.domain.session.UserSession;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One signed-in device, as its owner sees it; {@code device} is the user agent in words. */
public record SessionResponse(UUID id, Instant createdAt, Instant lastUsedAt, Instant expiresAt,
        @Nullable String userAgent, String device, @Nullable String clientIp, boolean current) {

    static SessionResponse from(UserSession session, String device, @Nullable SessionId current) {
        return new SessionResponse(session.id().value(), session.createdAt(), session.lastUsedAt(),
                session.expiresAt(), session.userAgent(), device, session.clientIp(), session.id().equals(current));
    }
}
