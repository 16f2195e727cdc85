package app.journal.application.port.out;

import app.journal.domain.session.RefreshStep;
import app.journal.domain.session.RevokeReason;
import app.journal.domain.session.Rotation;
import app.journal.domain.session.SessionId;
import app.journal.domain.session.SessionPolicy;
import app.journal.domain.session.UserSession;
import app.journal.domain.user.User;
import app.journal.domain.user.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The sessions store, and the only way the application ends a session: {@link #revoke}, {@link #revokeAll}
 * and {@link #revokeAllExcept} (a refresh that detects reuse revokes through {@link #revoke} too). Each
 * tells how many sessions it ended. The database announces every ending to every node (a trigger on
 * {@code user_sessions}); the node that ended them also waits for its own view to catch up, by wrapping
 * this port once (bootstrap's {@code EndingAwareUserSessions}). A new way to end sessions, an
 * administrator's "disable" for one, is a new method here, which that wrapper must then implement.
 *
 * @see "docs/decisions/0020-one-account-event-path.md"
 */
public interface UserSessions {

    void add(UserSession session);

    Optional<UserSession> find(SessionId id);

    /**
     * A whole refresh in one atomic step (for PostgreSQL: one statement, so one commit): reads the
     * session with its owner and takes {@code step} exactly when
     * {@link UserSession#rotate(RefreshStep, SessionPolicy)} says {@link Rotation.Rotated} for the
     * stored session and the owner is not disabled. The step is a compare-and-swap on
     * {@code step.from()}: of several callers presenting the same generation, exactly one takes it.
     * A caller that finds {@link Attempt#session() the session it read} still rotatable but
     * {@link Attempt#rotated() not rotated} lost a race and reads again. Empty when there is no such
     * session.
     */
    Optional<Attempt> rotate(RefreshStep step, SessionPolicy policy);

    /**
     * What {@link #rotate} found and did.
     *
     * @param session the session as read, before the step
     * @param owner its user, read in the same step
     * @param rotated the stored session after the step; null when the step was not taken
     */
    record Attempt(UserSession session, User owner, @Nullable UserSession rotated) {

        public Attempt {
            Objects.requireNonNull(session, "session");
            Objects.requireNonNull(owner, "owner");
        }
    }

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
