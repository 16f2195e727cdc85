package app.journal.application.service.session;

import app.journal.application.port.in.ClientInfo;
import app.journal.application.port.in.session.LogOut;
import app.journal.application.port.out.AuthEvents;
import app.journal.application.port.out.DeviceNames;
import app.journal.application.port.out.SecurityActivity;
import app.journal.application.port.out.UnitOfWork;
import app.journal.application.port.out.UserSessions;
import app.journal.domain.activity.AccountActivity;
import app.journal.domain.activity.ActivityKind;
import app.journal.domain.session.RevokeReason;
import app.journal.domain.session.SessionId;
import java.time.Clock;

/** Signing out: the session ends and the account's activity says so, together. */
public final class LogOutService implements LogOut {

    private final UserSessions sessions;
    private final AuthEvents events;
    private final Clock clock;
    private final SecurityActivity activity;
    private final DeviceNames devices;
    private final UnitOfWork unitOfWork;

    public LogOutService(UserSessions sessions, AuthEvents events, Clock clock, SecurityActivity activity,
            DeviceNames devices, UnitOfWork unitOfWork) {
        this.sessions = sessions;
        this.events = events;
        this.clock = clock;
        this.activity = activity;
        this.devices = devices;
        this.unitOfWork = unitOfWork;
    }

    @Override
    public void logOut(SessionId sessionId, ClientInfo client) {
        var session = sessions.find(sessionId).orElse(null);
        if (session == null) {
            return;
        }
        var now = clock.instant();
        var device = devices.describe(client.userAgent() != null ? client.userAgent() : session.userAgent());
        boolean revoked = unitOfWork.inTransaction(() -> {
            if (!sessions.revoke(sessionId, now, RevokeReason.LOGOUT)) {
                return false;
            }
            activity.record(AccountActivity.of(session.userId(), now, ActivityKind.SIGNED_OUT, device,
                    client.clientIp(), sessionId));
            return true;
        });
        if (revoked) {
            events.sessionRevoked(RevokeReason.LOGOUT);
        }
    }
}
