package app.journal.application.port.out;

import app.journal.domain.session.RefreshId;
import app.journal.domain.session.RevokeReason;
import app.journal.domain.session.SessionId;
import app.journal.domain.session.UserSession;
import app.journal.domain.user.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

public interface UserSessions {

    void add(UserSession session);

    Optional<UserSession> find(SessionId id);

    /**
     * Atomically moves the session from {@code presented} to {@code next}: one compare-and-swap on
     * the current refresh id of a session that is not revoked. Empty when the session was not at
     * {@code presented} any more (someone else rotated, or it was revoked) or does not exist.
     */
    Optional<UserSession> compareAndRotate(SessionId id, RefreshId presented, RefreshId next, Instant now);

    /** Revokes the session if it is not revoked yet; true when this call revoked it. */
    boolean revoke(SessionId id, Instant now, RevokeReason reason);

    /**
     * Revokes, in one statement, every session of the user that is not revoked and not past its
     * absolute expiry, except {@code keep}; returns how many.
     */
    int revokeAllExcept(UserId userId, SessionId keep, Instant now, RevokeReason reason);

    /**
     * Revokes, in one statement, every session of the user that is not revoked and not past its
     * absolute expiry; returns how many.
     */
    int revokeAll(UserId userId, Instant now, RevokeReason reason);

    /** Sessions of the user that are not revoked and not past their absolute expiry, newest use first. */
    List<UserSession> unrevokedOf(UserId userId, Instant now);
}
