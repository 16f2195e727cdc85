package app.journal.application.service.session;

import app.journal.application.service.AccountEvents;
import app.journal.application.port.in.ClientInfo;
import app.journal.application.port.in.session.LogOut;
import app.journal.application.port.out.UnitOfWork;
import app.journal.application.port.out.UserSessions;
import app.journal.domain.activity.ActivityKind;
import app.journal.domain.session.RevokeReason;
import app.journal.domain.session.SessionId;
import java.time.Clock;

/** Signing out: the session ends and the account's activity says so, together. */
public final class LogOutService implements LogOut {

    private final UserSessions sessions;
    private final AccountEvents accountEvents;
    private final Clock clock;
    private final UnitOfWork unitOfWork;

    public LogOutService(UserSessions sessions, AccountEvents accountEvents, Clock clock, UnitOfWork unitOfWork) {
        this.sessions = sessions;
        this.accountEvents = accountEvents;
        this.clock = clock;
        this.unitOfWork = unitOfWork;
    }

    @Override
    public void logOut(SessionId sessionId, ClientInfo client) {
        var session = sessions.find(sessionId).orElse(null);
        if (session == null) {
            return;
        }
        var now = clock.instant();
        var seen = client.userAgent() != null ? client : new ClientInfo(session.userAgent(), client.clientIp());
        boolean revoked = unitOfWork.inTransaction(() -> {
            if (!sessions.revoke(sessionId, now, RevokeReason.LOGOUT)) {
                return false;
            }
            accountEvents.happened(session.userId(), ActivityKind.SIGNED_OUT, now, seen, sessionId);
            return true;
        });
        accountEvents.sessionsEnded(revoked ? 1 : 0, RevokeReason.LOGOUT);
    }
}
