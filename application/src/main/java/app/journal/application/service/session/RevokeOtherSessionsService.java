package app.journal.application.service.session;

import app.journal.application.service.AccountEvents;
import app.journal.application.port.in.ClientInfo;
import app.journal.application.port.in.session.RevokeOtherSessions;
import app.journal.application.port.in.session.RevokeSession.SessionNotFoundException;
import app.journal.application.port.out.AccountMail;
import app.journal.application.port.out.UnitOfWork;
import app.journal.application.port.out.UserSessions;
import app.journal.application.port.out.Users;
import app.journal.domain.activity.ActivityKind;
import app.journal.domain.session.RevokeReason;
import app.journal.domain.session.SessionId;
import app.journal.domain.user.UserId;
import java.time.Clock;
import app.journal.application.service.AccountSettings;
import app.journal.application.service.ActivitySettings;
import app.journal.application.service.PendingGrants;

/**
 * "Sign out all other devices". One statement revokes them; every pending grant of the account is
 * voided ({@link PendingGrants}), and the activity row and the notice are written, in the same unit of
 * work. Nothing to sign out: the grants are voided all the same, nothing recorded, nothing mailed.
 */
public final class RevokeOtherSessionsService implements RevokeOtherSessions {

    private final Users users;
    private final UserSessions sessions;
    private final PendingGrants grants;
    private final AccountEvents accountEvents;
    private final UnitOfWork unitOfWork;
    private final AccountSettings settings;
    private final ActivitySettings activitySettings;
    private final Clock clock;

    public RevokeOtherSessionsService(Users users, UserSessions sessions, PendingGrants grants,
            AccountEvents accountEvents, UnitOfWork unitOfWork, AccountSettings settings,
            ActivitySettings activitySettings, Clock clock) {
        this.users = users;
        this.sessions = sessions;
        this.accountEvents = accountEvents;
        this.grants = grants;
        this.unitOfWork = unitOfWork;
        this.settings = settings;
        this.activitySettings = activitySettings;
        this.clock = clock;
    }

    @Override
    public int revokeOthers(UserId owner, SessionId current, ClientInfo client) {
        var now = clock.instant();
        sessions.find(current)
                .filter(s -> s.userId().equals(owner) && s.isActive(now, settings.sessionPolicy()))
                .orElseThrow(SessionNotFoundException::new);
        var user = users.findById(owner).orElseThrow(SessionNotFoundException::new);
        var device = accountEvents.device(client);
        int revoked = unitOfWork.inTransaction(() -> {
            // Whoever was signed in elsewhere may have asked for links: they die with the sessions, and
            // even when there was no other session (the link may outlive a signed-out intruder).
            grants.voidAll(owner, now);
            int count = sessions.revokeAllExcept(owner, current, now, RevokeReason.USER_REVOKED);
            if (count > 0) {
                accountEvents.happened(owner, ActivityKind.OTHER_SESSIONS_REVOKED, now, client, current,
                        activitySettings.notices().othersSignedOut()
                                ? new AccountMail.OtherDevicesSignedOut(owner, user.email(), now, device,
                                        client.clientIp(), count)
                                : null);
            }
            return count;
        });
        accountEvents.sessionsEnded(revoked, RevokeReason.USER_REVOKED);
        return revoked;
    }
}
