package app.journal.application.port.out;

import app.journal.domain.session.SessionId;

/**
 * Where a node hears that sessions ended anywhere (logout, device revocation, sign out others, reuse
 * detection, revoke-all, a deleted account), so that a view of active sessions kept in memory never
 * answers for one that has ended. The feed (PostgreSQL LISTEN/NOTIFY) calls it from one thread, in order.
 *
 * @see "docs/decisions/0009-one-statement-refresh-and-notified-revocation.md"
 */
public interface SessionEndings {

    /**
     * A new subscription started: from now on every ending is told, but one from before (while there
     * was none) may have been missed, so whatever was remembered must be forgotten.
     */
    void subscribed();

    /** The subscription was just proved alive: every ending committed before this call has been told. */
    void confirmed();

    /** This session ended (its transaction committed). */
    void ended(SessionId session);

    /** The subscription is lost: nothing is told until {@link #subscribed()} again. */
    void lost();
}
