package app.journal.application.service.session;

import app.journal.application.service.AccountEvents;
import app.journal.application.port.in.ClientInfo;
import app.journal.application.port.in.session.RevokeSession;
import app.journal.application.port.out.UnitOfWork;
import app.journal.application.port.out.UserSessions;
import app.journal.domain.activity.ActivityKind;
import app.journal.domain.session.RevokeReason;
import app.journal.domain.session.SessionId;
import app.journal.domain.user.UserId;
import java.time.Clock;

/**
 * A user signs out one of their devices. Someone else's session is "not found". The revocation and
 * its activity row (about the revoked session, naming the device that asked) are one unit of work.
 */
public final class RevokeSessionService implements RevokeSession {

    private final UserSessions sessions;
    private final AccountEvents accountEvents;
    private final Clock clock;
    private final UnitOfWork unitOfWork;

    public RevokeSessionService(UserSessions sessions, AccountEvents accountEvents, Clock clock,
            UnitOfWork unitOfWork) {
        this.sessions = sessions;
        this.accountEvents = accountEvents;
        this.clock = clock;
        this.unitOfWork = unitOfWork;
    }

    @Override
    public void revoke(UserId owner, SessionId sessionId, ClientInfo client) {
        var session = sessions.find(sessionId).filter(s -> s.userId().equals(owner))
                .orElseThrow(SessionNotFoundException::new);
        var now = clock.instant();
        boolean revoked = unitOfWork.inTransaction(() -> {
            if (!sessions.revoke(session.id(), now, RevokeReason.USER_REVOKED)) {
                return false;
            }
            accountEvents.happened(owner, ActivityKind.SESSION_REVOKED, now, client, session.id());
            return true;
        });
        accountEvents.sessionsEnded(revoked ? 1 : 0, RevokeReason.USER_REVOKED);
    }
}
