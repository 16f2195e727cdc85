package app.journal.application.service;

import app.journal.application.port.in.RevokeSession;
import app.journal.application.port.out.AuthEvents;
import app.journal.application.port.out.UserSessions;
import app.journal.domain.session.RevokeReason;
import app.journal.domain.session.SessionId;
import app.journal.domain.user.UserId;
import java.time.Clock;

/** A user signs out one of their devices. Someone else's session is "not found". */
public final class RevokeSessionService implements RevokeSession {

    private final UserSessions sessions;
    private final AuthEvents events;
    private final Clock clock;

    public RevokeSessionService(UserSessions sessions, AuthEvents events, Clock clock) {
        this.sessions = sessions;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public void revoke(UserId owner, SessionId sessionId) {
        var session = sessions.find(sessionId).filter(s -> s.userId().equals(owner))
                .orElseThrow(SessionNotFoundException::new);
        if (sessions.revoke(session.id(), clock.instant(), RevokeReason.USER_REVOKED)) {
            events.sessionRevoked(RevokeReason.USER_REVOKED);
        }
    }
}
