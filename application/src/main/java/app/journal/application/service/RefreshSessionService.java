package app.journal.application.service;

import app.journal.application.port.in.RefreshSession;
import app.journal.application.port.out.AuthEvents;
import app.journal.application.port.out.UserSessions;
import app.journal.application.port.out.Users;
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
 */
public final class RefreshSessionService implements RefreshSession {

    private static final int MAX_ATTEMPTS = 3;

    private final Users users;
    private final UserSessions sessions;
    private final AuthEvents events;
    private final AccountSettings settings;
    private final Clock clock;

    public RefreshSessionService(Users users, UserSessions sessions, AuthEvents events, AccountSettings settings,
            Clock clock) {
        this.users = users;
        this.sessions = sessions;
        this.events = events;
        this.settings = settings;
        this.clock = clock;
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
                    if (sessions.revoke(reuse.session().id(), now, RevokeReason.REUSE_DETECTED)) {
                        events.sessionRevoked(RevokeReason.REUSE_DETECTED);
                    }
                    return new Outcome.Rejected(Reason.REUSE_DETECTED);
                }
                case Rotation.Expired expired -> {
                    return new Outcome.Rejected(Reason.EXPIRED);
                }
                case Rotation.Revoked revoked -> {
                    return new Outcome.Rejected(Reason.REVOKED);
                }
            }
        }
        // Three lost races in a row means the token is being hammered; refuse without revoking.
        return new Outcome.Rejected(Reason.CONTENDED);
    }

    private User usableOwner(UserSession session) {
        return users.findById(session.userId())
                .filter(user -> !user.isDisabled())
                .orElse(null);
    }
}
