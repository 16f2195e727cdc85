package app.journal.application.testing;

import static app.journal.application.testing.StorageTime.micros;
import static app.journal.application.testing.StorageTime.microsOrNull;

import app.journal.application.port.out.UserSessions;
import app.journal.domain.session.RefreshId;
import app.journal.domain.session.RevokeReason;
import app.journal.domain.session.SessionId;
import app.journal.domain.session.UserSession;
import app.journal.domain.user.UserId;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@link UserSessions} in a map, behaving like the jOOQ adapter (see {@code UserSessionsContract}).
 * Every method is {@code synchronized}, so {@link #compareAndRotate} is a real compare-and-swap:
 * of several threads presenting the same refresh id, exactly one wins. Refresh ids are unique across
 * sessions, as the database's unique key makes them.
 */
public final class InMemoryUserSessions implements UserSessions {

    private static final Comparator<UserSession> MOST_RECENTLY_USED_FIRST = Comparator
            .comparing(UserSession::lastUsedAt)
            .thenComparing(session -> session.id().value(), StorageTime.UUID_ORDER)
            .reversed();

    private final Map<SessionId, UserSession> sessions = new LinkedHashMap<>();

    public InMemoryUserSessions() {}

    @Override
    public synchronized void add(UserSession session) {
        if (sessions.containsKey(session.id())) {
            throw new IllegalStateException("duplicate key: a session with id " + session.id() + " exists");
        }
        requireUnusedRefreshId(session.refreshId(), session.id());
        sessions.put(session.id(), new UserSession(session.id(), session.userId(), session.refreshId(),
                session.previousRefreshId(), microsOrNull(session.rotatedAt()), micros(session.createdAt()),
                micros(session.lastUsedAt()), micros(session.expiresAt()), microsOrNull(session.revokedAt()),
                session.revokeReason(), session.userAgent(), session.clientIp()));
    }

    @Override
    public synchronized Optional<UserSession> find(SessionId id) {
        return Optional.ofNullable(sessions.get(id));
    }

    @Override
    public synchronized Optional<UserSession> compareAndRotate(
            SessionId id, RefreshId presented, RefreshId next, Instant now) {
        UserSession current = sessions.get(id);
        if (current == null || current.isRevoked() || !current.refreshId().equals(presented)) {
            return Optional.empty();
        }
        requireUnusedRefreshId(next, id);
        Instant at = micros(now);
        var rotated = new UserSession(current.id(), current.userId(), next, current.refreshId(), at,
                current.createdAt(), at, current.expiresAt(), null, null, current.userAgent(), current.clientIp());
        sessions.put(id, rotated);
        return Optional.of(rotated);
    }

    @Override
    public synchronized boolean revoke(SessionId id, Instant now, RevokeReason reason) {
        UserSession current = sessions.get(id);
        if (current == null || current.isRevoked()) {
            return false;
        }
        sessions.put(id, current.revoke(micros(now), reason));
        return true;
    }

    @Override
    public synchronized int revokeAllExcept(UserId userId, SessionId keep, Instant now, RevokeReason reason) {
        Instant at = micros(now);
        var targets = sessions.values().stream()
                .filter(session -> session.userId().equals(userId) && !session.id().equals(keep))
                .filter(session -> !session.isRevoked() && session.expiresAt().isAfter(at))
                .toList();
        targets.forEach(session -> sessions.put(session.id(), session.revoke(at, reason)));
        return targets.size();
    }

    @Override
    public synchronized int revokeAll(UserId userId, Instant now, RevokeReason reason) {
        Instant at = micros(now);
        var targets = sessions.values().stream()
                .filter(session -> session.userId().equals(userId))
                .filter(session -> !session.isRevoked() && session.expiresAt().isAfter(at))
                .toList();
        targets.forEach(session -> sessions.put(session.id(), session.revoke(at, reason)));
        return targets.size();
    }

    @Override
    public synchronized List<UserSession> unrevokedOf(UserId userId, Instant now) {
        Instant at = micros(now);
        return sessions.values().stream()
                .filter(session -> session.userId().equals(userId))
                .filter(session -> !session.isRevoked())
                .filter(session -> session.expiresAt().isAfter(at))
                .sorted(MOST_RECENTLY_USED_FIRST)
                .toList();
    }

    /** Every stored session, in insertion order: for assertions in tests. */
    public synchronized List<UserSession> all() {
        return List.copyOf(sessions.values());
    }

    private void requireUnusedRefreshId(RefreshId refreshId, SessionId owner) {
        if (sessions.values().stream()
                .anyMatch(session -> session.refreshId().equals(refreshId) && !session.id().equals(owner))) {
            throw new IllegalStateException("duplicate key: refresh id " + refreshId + " belongs to another session");
        }
    }
}
