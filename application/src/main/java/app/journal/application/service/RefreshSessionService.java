package app.journal.application.service;

import app.journal.application.port.in.RefreshSession;
import app.journal.application.port.out.AccountMail;
import app.journal.application.port.out.AccountMailer;
import app.journal.application.port.out.AuthEvents;
import app.journal.application.port.out.DeviceNames;
import app.journal.application.port.out.SecurityActivity;
import app.journal.application.port.out.UnitOfWork;
import app.journal.application.port.out.UserSessions;
import app.journal.application.port.out.Users;
import app.journal.domain.activity.AccountActivity;
import app.journal.domain.activity.ActivityKind;
import app.journal.domain.session.RefreshId;
import app.journal.domain.session.RevokeReason;
import app.journal.domain.session.Rotation;
import app.journal.domain.session.UserSession;
import app.journal.domain.user.User;
import java.time.Clock;

/**
 * Refresh-token rotation. The domain decides ({@link UserSession#rotate}); the store applies the
 * decision with a compare-and-swap on the presented refresh id. When the swap loses a race, the
 * session is read again and the rule decides again: the loser of two simultaneous refreshes with
 * one token finds its token to be the immediate predecessor within the grace window and is answered
 * with the winner's generation. So two tabs never lose the session, and there are never two live
 * successors.
 *
 * <p>The success path stays one compare-and-swap statement outside any transaction (issue 10 builds on
 * that). Reuse detection is one unit of work: the revocation, its activity row and the
 * "refresh token replayed" notice are stored together or not at all.
 *
 * @see "docs/decisions/0004-units-of-work.md"
 */
public final class RefreshSessionService implements RefreshSession {

    private static final int MAX_ATTEMPTS = 3;

    private final Users users;
    private final UserSessions sessions;
    private final AuthEvents events;
    private final AccountSettings settings;
    private final Clock clock;
    private final SecurityActivity activity;
    private final DeviceNames devices;
    private final AccountMailer mailer;
    private final UnitOfWork unitOfWork;
    private final ActivitySettings activitySettings;

    public RefreshSessionService(Users users, UserSessions sessions, AuthEvents events, AccountSettings settings,
            Clock clock, SecurityActivity activity, DeviceNames devices, AccountMailer mailer, UnitOfWork unitOfWork,
            ActivitySettings activitySettings) {
        this.users = users;
        this.sessions = sessions;
        this.events = events;
        this.settings = settings;
        this.clock = clock;
        this.activity = activity;
        this.devices = devices;
        this.mailer = mailer;
        this.unitOfWork = unitOfWork;
        this.activitySettings = activitySettings;
    }

    @Override
    public Outcome refresh(RefreshSessionCommand command) {
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            var session = sessions.find(command.sessionId()).orElse(null);
            if (session == null) {
                return new Outcome.Rejected(Reason.UNKNOWN_SESSION);
            }
            var now = clock.instant();
            var decision = session.rotate(command.presented(), now, RefreshId.random(), settings.sessionPolicy());
            switch (decision) {
                case Rotation.Rotated rotated -> {
                    // The owner is checked before the swap: rotating for a disabled account would
                    // strand the client on a refresh id it was never given, and its retry would then
                    // be taken for a replay (a false REUSE_DETECTED that revokes the session).
                    var user = usableOwner(session);
                    if (user == null) {
                        return new Outcome.Rejected(Reason.ACCOUNT_UNAVAILABLE);
                    }
                    var stored = sessions.compareAndRotate(session.id(), command.presented(),
                            rotated.session().refreshId(), now);
                    if (stored.isPresent()) {
                        events.refreshRotated();
                        return new Outcome.Refreshed(user, stored.get());
                    }
                    // Someone else moved the session first: decide again on what is stored now.
                }
                case Rotation.AlreadyRotated current -> {
                    var user = usableOwner(current.session());
                    return user == null
                            ? new Outcome.Rejected(Reason.ACCOUNT_UNAVAILABLE)
                            : new Outcome.Refreshed(user, current.session());
                }
                case Rotation.ReuseDetected reuse -> {
                    events.refreshReuseDetected();
                    if (revokeReplayed(reuse.session(), now)) {
                        events.sessionRevoked(RevokeReason.REUSE_DETECTED);
                    }
                    return new Outcome.Rejected(Reason.REUSE_DETECTED);
                }
                case Rotation.Expired expired -> {
                    return new Outcome.Rejected(Reason.EXPIRED);
                }
                case Rotation.Revoked revoked -> {
                    return new Outcome.Rejected(signedOutElsewhere(revoked.session().revokeReason())
                            ? Reason.REVOKED_ELSEWHERE
                            : Reason.REVOKED);
                }
            }
        }
        // Three lost races in a row means the token is being hammered; refuse without revoking.
        return new Outcome.Rejected(Reason.CONTENDED);
    }

    /**
     * Revokes the session whose old token was replayed, records it and queues the notice, in one unit
     * of work. The row and the mail name the session's own device (the one that was signed out).
     */
    private boolean revokeReplayed(UserSession session, java.time.Instant now) {
        var device = devices.describe(session.userAgent());
        var owner = users.findById(session.userId()).orElse(null);
        return unitOfWork.inTransaction(() -> {
            if (!sessions.revoke(session.id(), now, RevokeReason.REUSE_DETECTED)) {
                return false;
            }
            activity.record(AccountActivity.of(session.userId(), now, ActivityKind.REFRESH_TOKEN_REPLAYED, device,
                    session.clientIp(), session.id()));
            if (owner != null && activitySettings.notices().refreshReplayed()) {
                mailer.queue(new AccountMail.RefreshTokenReplayed(owner.id(), owner.email(), now, device,
                        session.clientIp(), session.id()));
            }
            return true;
        });
    }

    /** Ended on purpose by the account holder elsewhere: a device list, a password change or a reset. */
    private static boolean signedOutElsewhere(@org.jspecify.annotations.Nullable RevokeReason reason) {
        return reason == RevokeReason.USER_REVOKED || reason == RevokeReason.PASSWORD_CHANGED
                || reason == RevokeReason.PASSWORD_RESET;
    }

    private User usableOwner(UserSession session) {
        return users.findById(session.userId())
                .filter(user -> !user.isDisabled())
                .orElse(null);
    }
}
