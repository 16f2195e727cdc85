package app.journal.application.service;

import app.journal.application.port.in.LogOut;
import app.journal.application.port.out.AuthEvents;
import app.journal.application.port.out.UserSessions;
import app.journal.domain.session.RevokeReason;
import app.journal.domain.session.SessionId;
import java.time.Clock;

public final class LogOutService implements LogOut {

    private final UserSessions sessions;
    private final AuthEvents events;
    private final Clock clock;

    public LogOutService(UserSessions sessions, AuthEvents events, Clock clock) {
        this.sessions = sessions;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public void logOut(SessionId sessionId) {
        if (sessions.revoke(sessionId, clock.instant(), RevokeReason.LOGOUT)) {
            events.sessionRevoked(RevokeReason.LOGOUT);
        }
    }
}
