package app.journal.application.testing;

import static app.journal.application.testing.StorageTime.micros;

import app.journal.application.port.out.SessionConfirmations;
import app.journal.application.port.out.UserSessions;
import app.journal.domain.session.SessionId;
import app.journal.domain.user.UserId;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * {@link SessionConfirmations} in a map, behaving like the jOOQ adapter (see
 * {@code SessionConfirmationsContract}): a session is marked only if the given {@link UserSessions} has it,
 * for that user, not revoked; a mark is gone when its session is (as the foreign key's cascade would have
 * it). Every method is {@code synchronized}.
 */
public final class InMemorySessionConfirmations implements SessionConfirmations {

    private final Map<SessionId, Instant> marks = new HashMap<>();
    private final UserSessions sessions;

    public InMemorySessionConfirmations(UserSessions sessions) {
        this.sessions = sessions;
    }

    @Override
    public synchronized boolean confirm(SessionId sessionId, UserId userId, Instant at) {
        boolean live = sessions.find(sessionId)
                .filter(session -> session.userId().equals(userId) && !session.isRevoked())
                .isPresent();
        if (live) {
            marks.put(sessionId, micros(at));
        }
        return live;
    }

    @Override
    public synchronized Optional<Instant> confirmedAt(SessionId sessionId) {
        if (sessions.find(sessionId).isEmpty()) {
            marks.remove(sessionId);
        }
        return Optional.ofNullable(marks.get(sessionId));
    }
}
