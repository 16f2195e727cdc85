package app.journal.application.testing;

import static app.journal.application.testing.StorageTime.micros;
import static app.journal.application.testing.StorageTime.microsOrNull;

import app.journal.application.port.out.UserSessions;
import app.journal.application.port.out.Users;
import app.journal.domain.session.RefreshStep;
import app.journal.domain.session.RevokeReason;
import app.journal.domain.session.Rotation;
import app.journal.domain.session.SessionId;
import app.journal.domain.session.SessionPolicy;
import app.journal.domain.session.UserSession;
import app.journal.domain.user.User;
import app.journal.domain.user.UserId;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@link UserSessions} in a map, behaving like the jOOQ adapter (see {@code UserSessionsContract}).
 * Every method is {@code synchronized}, so {@link #rotate} is a real compare-and-swap: of several
 * threads presenting the same refresh id, exactly one wins. It has no rotation rule of its own: it asks
 * the domain ({@link UserSession#rotate(RefreshStep, SessionPolicy)}) and stores the decision as it is.
 * The owners are read from the {@link Users} given, as the adapter reads them in the same statement.
 */
public final class InMemoryUserSessions implements UserSessions {

    private static final Comparator<UserSession> MOST_RECENTLY_USED_FIRST = Comparator
            .comparing(UserSession::lastUsedAt)
            .thenComparing(session -> session.id().value(), StorageTime.UUID_ORDER)
            .reversed();

    private final Map<SessionId, UserSession> sessions = new LinkedHashMap<>();
    private final Users owners;

    public InMemoryUserSessions(Users owners) {
        this.owners = owners;
    }

    @Override
    public synchronized void add(UserSession session) {
        if (sessions.containsKey(session.id())) {
            throw new IllegalStateException("duplicate key: a session with id " + session.id() + " exists");
        }
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
    public synchronized Optional<Attempt> rotate(RefreshStep step, SessionPolicy policy) {
        UserSession current = sessions.get(step.session());
        if (current == null) {
            return Optional.empty();
        }
        User owner = owners.findById(current.userId())
                .orElseThrow(() -> new IllegalStateException("session " + current.id() + " has no owner"));
        if (!owner.isDisabled() && current.rotate(step, policy) instanceof Rotation.Rotated(UserSession next)) {
            UserSession stored = new UserSession(next.id(), next.userId(), next.refreshId(), next.previousRefreshId(),
                    microsOrNull(next.rotatedAt()), next.createdAt(), micros(next.lastUsedAt()), next.expiresAt(),
                    null, null, next.userAgent(), next.clientIp());
            sessions.put(stored.id(), stored);
            return Optional.of(new Attempt(current, owner, stored));
        }
        return Optional.of(new Attempt(current, owner, null));
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
}
