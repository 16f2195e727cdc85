package app.journal.application.port.out;

import app.journal.domain.session.SessionId;
import app.journal.domain.user.UserId;
import java.time.Instant;
import java.util.Optional;

/**
 * When a session last confirmed it is its person ("confirm it's you"): the server-side mark that sensitive
 * changes check, per session, so nothing a client holds can be replayed after the window. A mark dies with
 * its session.
 */
public interface SessionConfirmations {

    /**
     * Marks the session confirmed at {@code at}, only if it belongs to the user and is not revoked; true when
     * it was marked.
     */
    boolean confirm(SessionId sessionId, UserId userId, Instant at);

    /** When the session was last confirmed; empty if never (or it is gone). */
    Optional<Instant> confirmedAt(SessionId sessionId);
}
