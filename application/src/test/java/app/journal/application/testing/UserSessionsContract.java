package app.journal.application.testing;

import static app.journal.application.testing.ContractFixtures.T0;
import static app.journal.application.testing.ContractFixtures.registeredUser;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.journal.application.port.out.UserSessions;
import app.journal.application.port.out.Users;
import app.journal.domain.session.RefreshId;
import app.journal.domain.session.RevokeReason;
import app.journal.domain.session.Rotation;
import app.journal.domain.session.SessionId;
import static app.journal.domain.session.SessionPersistence.PERSISTENT;
import app.journal.domain.session.SessionPolicy;
import app.journal.domain.session.UserSession;
import app.journal.domain.user.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link UserSessions} must do, above all: rotation is one compare-and-swap, so of several
 * requests presenting the same refresh token exactly one wins. Run against
 * {@link InMemoryUserSessions} and against the jOOQ adapter on PostgreSQL. Every test registers its own
 * users, so an implementation may share one database between tests.
 */
public abstract class UserSessionsContract {

    private static final SessionPolicy POLICY =
            new SessionPolicy(Duration.ofDays(7), Duration.ofDays(30), Duration.ofSeconds(30), Duration.ofHours(12));
    private static final int RACERS = 8;

    /** The implementation under test; called once before each test. */
    protected abstract UserSessions userSessions();

    /** Where the users that sessions belong to are registered (the real schema has a foreign key). */
    protected abstract Users users();

    private UserSessions sessions;
    private Users users;

    @BeforeEach
    void setUpPorts() {
        sessions = userSessions();
        users = users();
    }

    @Test
    void added_session_is_found_with_every_field() {
        UserId ada = registeredUser(users, "ada");
        UserSession fresh = UserSession.start(SessionId.random(), ada, RefreshId.random(), T0, POLICY, PERSISTENT,
                "Mozilla/5.0 (X11; Linux x86_64)", "203.0.113.7");
        UserSession rotatedAndRevoked = new UserSession(SessionId.random(), ada, RefreshId.random(),
                RefreshId.random(), T0.plusSeconds(60), T0, T0.plusSeconds(60), T0.plus(Duration.ofDays(30)),
                T0.plusSeconds(120), RevokeReason.REUSE_DETECTED, null, null);

        sessions.add(fresh);
        sessions.add(rotatedAndRevoked);

        assertThat(sessions.find(fresh.id())).contains(fresh);
        assertThat(sessions.find(rotatedAndRevoked.id())).contains(rotatedAndRevoked);
    }

    @Test
    void unknown_session_is_not_found() {
        assertThat(sessions.find(SessionId.random())).isEmpty();
    }

    @Test
    void rotate_moves_current_to_previous_and_sets_rotated_at() {
        UserSession session = startedSession(registeredUser(users, "ada"));
        RefreshId next = RefreshId.random();
        Instant now = T0.plus(Duration.ofMinutes(15));

        Optional<UserSession> rotated = sessions.compareAndRotate(session.id(), session.refreshId(), next, now);

        var expected = new UserSession(session.id(), session.userId(), next, session.refreshId(), now,
                session.createdAt(), now, session.expiresAt(), null, null, session.userAgent(), session.clientIp());
        assertThat(rotated).contains(expected);
        assertThat(sessions.find(session.id())).contains(expected);
        // The store does what the domain rule decided, field for field.
        assertThat(session.rotate(session.refreshId(), now, next, POLICY)).isEqualTo(new Rotation.Rotated(expected));
    }

    @Test
    void rotate_with_stale_refresh_id_changes_nothing() {
        UserSession session = startedSession(registeredUser(users, "ada"));
        RefreshId stale = session.refreshId();
        UserSession afterFirst = sessions.compareAndRotate(session.id(), stale, RefreshId.random(),
                T0.plusSeconds(60)).orElseThrow();

        Optional<UserSession> replay = sessions.compareAndRotate(session.id(), stale, RefreshId.random(),
                T0.plusSeconds(120));
        Optional<UserSession> neverIssued = sessions.compareAndRotate(session.id(), RefreshId.random(),
                RefreshId.random(), T0.plusSeconds(180));

        assertThat(replay).isEmpty();
        assertThat(neverIssued).isEmpty();
        assertThat(sessions.find(session.id())).contains(afterFirst);
    }

    @Test
    void rotate_of_revoked_session_changes_nothing() {
        UserSession session = startedSession(registeredUser(users, "ada"));
        sessions.revoke(session.id(), T0.plusSeconds(10), RevokeReason.LOGOUT);
        UserSession revoked = sessions.find(session.id()).orElseThrow();

        Optional<UserSession> result = sessions.compareAndRotate(session.id(), session.refreshId(),
                RefreshId.random(), T0.plusSeconds(20));

        assertThat(result).isEmpty();
        assertThat(sessions.find(session.id())).contains(revoked);
    }

    @Test
    void rotate_of_unknown_session_is_empty() {
        assertThat(sessions.compareAndRotate(SessionId.random(), RefreshId.random(), RefreshId.random(), T0))
                .isEmpty();
    }

    @Test
    void concurrent_rotations_with_same_presented_id_let_exactly_one_win() throws Exception {
        UserSession session = startedSession(registeredUser(users, "ada"));
        Instant now = T0.plusSeconds(30);
        var ready = new CountDownLatch(RACERS);
        var go = new CountDownLatch(1);
        List<RefreshId> nexts = new ArrayList<>();
        List<Future<Optional<UserSession>>> results = new ArrayList<>();

        try (var pool = Executors.newFixedThreadPool(RACERS)) {
            for (int i = 0; i < RACERS; i++) {
                RefreshId next = RefreshId.random();
                nexts.add(next);
                results.add(pool.submit(() -> {
                    ready.countDown();
                    if (!go.await(30, TimeUnit.SECONDS)) {
                        throw new IllegalStateException("the race never started");
                    }
                    return sessions.compareAndRotate(session.id(), session.refreshId(), next, now);
                }));
            }
            assertThat(ready.await(30, TimeUnit.SECONDS)).as("all racers at the start line").isTrue();
            go.countDown();

            List<RefreshId> winners = new ArrayList<>();
            for (int i = 0; i < RACERS; i++) {
                Optional<UserSession> result = results.get(i).get(60, TimeUnit.SECONDS);
                if (result.isPresent()) {
                    assertThat(result.get().refreshId()).isEqualTo(nexts.get(i));
                    winners.add(nexts.get(i));
                }
            }

            assertThat(winners).hasSize(1);
            UserSession stored = sessions.find(session.id()).orElseThrow();
            assertThat(stored.refreshId()).isEqualTo(winners.getFirst());
            assertThat(stored.previousRefreshId()).isEqualTo(session.refreshId());
        }
    }

    @Test
    void revoke_twice_reports_only_the_first() {
        UserSession session = startedSession(registeredUser(users, "ada"));
        Instant first = T0.plusSeconds(100);

        assertThat(sessions.revoke(session.id(), first, RevokeReason.LOGOUT)).isTrue();
        assertThat(sessions.revoke(session.id(), T0.plusSeconds(200), RevokeReason.USER_REVOKED)).isFalse();

        UserSession stored = sessions.find(session.id()).orElseThrow();
        assertThat(stored.revokedAt()).isEqualTo(first);
        assertThat(stored.revokeReason()).isEqualTo(RevokeReason.LOGOUT);
        assertThat(stored).isEqualTo(session.revoke(first, RevokeReason.LOGOUT));
    }

    @Test
    void revoke_of_unknown_session_reports_false() {
        assertThat(sessions.revoke(SessionId.random(), T0, RevokeReason.USER_REVOKED)).isFalse();
    }

    @Test
    void unrevoked_of_lists_live_sessions_most_recently_used_first() {
        UserId ada = registeredUser(users, "ada");
        UserId bob = registeredUser(users, "bob");
        Instant now = T0.plus(Duration.ofDays(3));
        UserSession usedLongAgo = session(ada, T0, T0.plus(Duration.ofDays(30)));
        UserSession usedJustNow = session(ada, now.minusSeconds(1), T0.plus(Duration.ofDays(30)));
        UserSession usedYesterday = session(ada, now.minus(Duration.ofDays(1)), T0.plus(Duration.ofDays(30)));
        UserSession revoked = session(ada, now.minusSeconds(5), T0.plus(Duration.ofDays(30)));
        UserSession expiresThisInstant = session(ada, now.minusSeconds(2), now);
        UserSession expiredLongAgo = session(ada, T0, T0.plus(Duration.ofDays(1)));
        UserSession bobs = session(bob, now.minusSeconds(3), T0.plus(Duration.ofDays(30)));
        for (UserSession s : List.of(usedYesterday, revoked, usedLongAgo, expiresThisInstant, usedJustNow,
                expiredLongAgo, bobs)) {
            sessions.add(s);
        }
        sessions.revoke(revoked.id(), now.minusSeconds(4), RevokeReason.USER_REVOKED);

        assertThat(sessions.unrevokedOf(ada, now)).containsExactly(usedJustNow, usedYesterday, usedLongAgo);
        assertThat(sessions.unrevokedOf(bob, now)).containsExactly(bobs);
        assertThat(sessions.unrevokedOf(UserId.random(), now)).isEmpty();
    }

    @Test
    void revoke_all_except_ends_every_other_live_session_of_that_user_only() {
        UserId ada = registeredUser(users, "ada");
        UserId bob = registeredUser(users, "bob");
        Instant now = T0.plus(Duration.ofDays(2));
        UserSession keep = session(ada, now.minusSeconds(1), T0.plus(Duration.ofDays(30)));
        UserSession other = session(ada, now.minusSeconds(2), T0.plus(Duration.ofDays(30)));
        UserSession another = session(ada, now.minusSeconds(3), T0.plus(Duration.ofDays(30)));
        UserSession expired = session(ada, T0, T0.plus(Duration.ofDays(1)));
        UserSession alreadyRevoked = session(ada, now.minusSeconds(4), T0.plus(Duration.ofDays(30)));
        UserSession bobs = session(bob, now.minusSeconds(5), T0.plus(Duration.ofDays(30)));
        for (UserSession s : List.of(keep, other, another, expired, alreadyRevoked, bobs)) {
            sessions.add(s);
        }
        sessions.revoke(alreadyRevoked.id(), now.minusSeconds(1), RevokeReason.LOGOUT);

        int revoked = sessions.revokeAllExcept(ada, keep.id(), now, RevokeReason.USER_REVOKED);

        assertThat(revoked).isEqualTo(2);
        assertThat(sessions.unrevokedOf(ada, now)).containsExactly(keep);
        assertThat(sessions.find(other.id())).contains(other.revoke(now, RevokeReason.USER_REVOKED));
        assertThat(sessions.find(alreadyRevoked.id()).orElseThrow().revokeReason()).isEqualTo(RevokeReason.LOGOUT);
        assertThat(sessions.find(expired.id()).orElseThrow().isRevoked()).isFalse();
        assertThat(sessions.unrevokedOf(bob, now)).containsExactly(bobs);
    }

    @Test
    void revoke_all_ends_every_live_session_of_that_user_only() {
        UserId ada = registeredUser(users, "ada");
        UserId bob = registeredUser(users, "bob");
        Instant now = T0.plus(Duration.ofDays(2));
        UserSession one = session(ada, now.minusSeconds(1), T0.plus(Duration.ofDays(30)));
        UserSession two = session(ada, now.minusSeconds(2), T0.plus(Duration.ofDays(30)));
        UserSession expired = session(ada, T0, T0.plus(Duration.ofDays(1)));
        UserSession alreadyRevoked = session(ada, now.minusSeconds(4), T0.plus(Duration.ofDays(30)));
        UserSession bobs = session(bob, now.minusSeconds(1), T0.plus(Duration.ofDays(30)));
        for (UserSession s : List.of(one, two, expired, alreadyRevoked, bobs)) {
            sessions.add(s);
        }
        sessions.revoke(alreadyRevoked.id(), now.minusSeconds(1), RevokeReason.LOGOUT);

        int revoked = sessions.revokeAll(ada, now, RevokeReason.PASSWORD_RESET);

        assertThat(revoked).isEqualTo(2);
        assertThat(sessions.unrevokedOf(ada, now)).isEmpty();
        assertThat(sessions.find(one.id())).contains(one.revoke(now, RevokeReason.PASSWORD_RESET));
        assertThat(sessions.find(alreadyRevoked.id()).orElseThrow().revokeReason()).isEqualTo(RevokeReason.LOGOUT);
        assertThat(sessions.unrevokedOf(bob, now)).containsExactly(bobs);
    }

    @Test
    void a_refresh_id_belongs_to_one_session_only() {
        UserId ada = registeredUser(users, "ada");
        UserSession first = startedSession(ada);
        UserSession copycat = UserSession.start(SessionId.random(), ada, first.refreshId(), T0, POLICY, PERSISTENT, null, null);

        assertThatThrownBy(() -> sessions.add(copycat)).isInstanceOf(RuntimeException.class);

        assertThat(sessions.find(copycat.id())).isEmpty();
        assertThat(sessions.find(first.id())).contains(first);
    }

    private UserSession startedSession(UserId user) {
        UserSession session = UserSession.start(SessionId.random(), user, RefreshId.random(), T0, POLICY, PERSISTENT,
                "JUnit", "192.0.2.1");
        sessions.add(session);
        return session;
    }

    private static UserSession session(UserId user, Instant lastUsedAt, Instant expiresAt) {
        return new UserSession(SessionId.random(), user, RefreshId.random(), null, null, T0, lastUsedAt, expiresAt,
                null, null, null, null);
    }
}
