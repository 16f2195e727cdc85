package app.journal.application.service.session;

import app.journal.application.port.in.ClientInfo;
import app.journal.application.port.in.session.RevokeSession;
import app.journal.application.port.out.AuthEvents;
import app.journal.application.port.out.DeviceNames;
import app.journal.application.port.out.SecurityActivity;
import app.journal.application.port.out.UnitOfWork;
import app.journal.application.port.out.UserSessions;
import app.journal.domain.activity.AccountActivity;
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
    private final AuthEvents events;
    private final Clock clock;
    private final SecurityActivity activity;
    private final DeviceNames devices;
    private final UnitOfWork unitOfWork;

    public RevokeSessionService(UserSessions sessions, AuthEvents events, Clock clock, SecurityActivity activity,
            DeviceNames devices, UnitOfWork unitOfWork) {
        this.sessions = sessions;
        this.events = events;
        this.clock = clock;
        this.activity = activity;
        this.devices = devices;
        this.unitOfWork = unitOfWork;
    }

    @Override
    public void revoke(UserId owner, SessionId sessionId, ClientInfo client) {
        var session = sessions.find(sessionId).filter(s -> s.userId().equals(owner))
                .orElseThrow(SessionNotFoundException::new);
        var now = clock.instant();
        var device = devices.describe(client.userAgent());
        boolean revoked = unitOfWork.inTransaction(() -> {
            if (!sessions.revoke(session.id(), now, RevokeReason.USER_REVOKED)) {
                return false;
            }
            activity.record(AccountActivity.of(owner, now, ActivityKind.SESSION_REVOKED, device, client.clientIp(),
                    session.id()));
            return true;
        });
        if (revoked) {
            events.sessionRevoked(RevokeReason.USER_REVOKED);
        }
    }
}
