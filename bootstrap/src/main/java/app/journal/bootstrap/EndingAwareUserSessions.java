package app.journal.bootstrap;

import app.journal.application.port.out.UserSessions;
import app.journal.domain.session.RefreshStep;
import app.journal.domain.session.RevokeReason;
import app.journal.domain.session.SessionId;
import app.journal.domain.session.SessionPolicy;
import app.journal.domain.session.UserSession;
import app.journal.domain.user.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The sessions store, telling {@link SessionEndingsBarrier} when a call of this node ended a session. */
final class EndingAwareUserSessions implements UserSessions {

    private final UserSessions store;
    private final SessionEndingsBarrier barrier;

    EndingAwareUserSessions(UserSessions store, SessionEndingsBarrier barrier) {
        this.store = store;
        this.barrier = barrier;
    }

    @Override
    public void add(UserSession session) {
        store.add(session);
    }

    @Override
    public Optional<UserSession> find(SessionId id) {
        return store.find(id);
    }

    @Override
    public Optional<Attempt> rotate(RefreshStep step, SessionPolicy policy) {
        return store.rotate(step, policy);
    }

    @Override
    public boolean revoke(SessionId id, Instant now, RevokeReason reason) {
        boolean revoked = store.revoke(id, now, reason);
        if (revoked) {
            barrier.sessionsEnded();
        }
        return revoked;
    }

    @Override
    public int revokeAllExcept(UserId userId, SessionId keep, Instant now, RevokeReason reason) {
        return ended(store.revokeAllExcept(userId, keep, now, reason));
    }

    @Override
    public int revokeAll(UserId userId, Instant now, RevokeReason reason) {
        return ended(store.revokeAll(userId, now, reason));
    }

    @Override
    public List<UserSession> unrevokedOf(UserId userId, Instant now) {
        return store.unrevokedOf(userId, now);
    }

    private int ended(int count) {
        if (count > 0) {
            barrier.sessionsEnded();
        }
        return count;
    }
}
