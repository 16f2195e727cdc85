package app.journal.application.service.session;

import app.journal.application.service.AccountEvents;
import static app.journal.application.service.AccountFixtures.NOW;
import static app.journal.application.service.AccountFixtures.POLICY;
import static app.journal.application.service.AccountFixtures.settings;
import static org.assertj.core.api.Assertions.assertThat;

import app.journal.application.port.in.session.RefreshSession.Outcome;
import app.journal.application.port.in.session.RefreshSession.Outcome.Refreshed;
import app.journal.application.port.in.session.RefreshSession.Outcome.Rejected;
import app.journal.application.port.in.session.RefreshSession.Reason;
import app.journal.application.port.in.session.RefreshSession.RefreshSessionCommand;
import app.journal.application.testing.FakePasswordHasher;
import app.journal.application.testing.InMemoryUserSessions;
import app.journal.application.testing.InMemoryUsers;
import app.journal.application.testing.RecordingAuthEvents;
import app.journal.application.testing.TestClock;
import app.journal.domain.session.RefreshChain;
import app.journal.domain.session.RefreshId;
import app.journal.domain.session.RevokeReason;
import app.journal.domain.session.SessionId;
import static app.journal.domain.session.SessionPersistence.PERSISTENT;
import app.journal.domain.session.UserSession;
import app.journal.domain.user.EmailAddress;
import app.journal.domain.user.Role;
import app.journal.domain.user.User;
import app.journal.domain.user.UserId;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import app.journal.application.service.ActivitySettings;

class RefreshSessionServiceTest {

    private static final int RACERS = 8;
    private static final RefreshChain CHAIN = RefreshChain.keyedBy(new byte[32]);

    private final TestClock clock = new TestClock(NOW);
    private final InMemoryUsers users = new InMemoryUsers();
    private final InMemoryUserSessions sessions = new InMemoryUserSessions(users);
    private final RecordingAuthEvents events = new RecordingAuthEvents();
    private final app.journal.application.testing.InMemorySecurityActivity activity =
            new app.journal.application.testing.InMemorySecurityActivity();
    private final app.journal.application.testing.FakeDeviceNames devices =
            new app.journal.application.testing.FakeDeviceNames();
    private final app.journal.application.testing.RecordingAccountMailer mailer =
            new app.journal.application.testing.RecordingAccountMailer();
    private final app.journal.application.testing.InlineUnitOfWork unitOfWork =
            new app.journal.application.testing.InlineUnitOfWork();
    private final AccountEvents accountEvents = new AccountEvents(activity, mailer, devices, unitOfWork, events);
    private final RefreshSessionService service =
            new RefreshSessionService(sessions, events, settings(), clock, accountEvents, unitOfWork, ActivitySettings.defaults(),
                    CHAIN);

    private User user(boolean disabled) {
        var user = new User(UserId.random(), new EmailAddress("ada@example.org"),
                new FakePasswordHasher().hashOf("a long password"), NOW, Set.of(Role.USER), disabled ? NOW : null, NOW, NOW);
        users.addIfEmailFree(user);
        return user;
    }

    private UserSession sessionOf(User user) {
        var session = UserSession.start(SessionId.random(), user.id(), RefreshId.random(), clock.instant(), POLICY, PERSISTENT,
                "Firefox", "203.0.113.7");
        sessions.add(session);
        return session;
    }

    private Outcome refresh(UserSession session, RefreshId presented) {
        return service.refresh(new RefreshSessionCommand(session.id(), presented));
    }

    private UserSession stored(UserSession session) {
        return sessions.find(session.id()).orElseThrow();
    }

    /** Refreshes with the current rid, which must succeed; returns the new current rid. */
    private RefreshId rotate(UserSession session) {
        var outcome = refresh(session, stored(session).refreshId());
        assertThat(outcome).isInstanceOf(Refreshed.class);
        return ((Refreshed) outcome).session().refreshId();
    }

    @Test
    void the_current_refresh_id_rotates_to_a_new_one_that_is_stored() {
        var ada = user(false);
        var session = sessionOf(ada);
        clock.advance(Duration.ofMinutes(10));

        var outcome = refresh(session, session.refreshId());

        assertThat(outcome).isInstanceOfSatisfying(Refreshed.class, refreshed -> {
            assertThat(refreshed.user()).isEqualTo(ada);
            assertThat(refreshed.session().refreshId()).isNotEqualTo(session.refreshId());
            assertThat(refreshed.session()).isEqualTo(stored(session));
        });
        var now = stored(session);
        assertThat(now.previousRefreshId()).isEqualTo(session.refreshId());
        assertThat(now.rotatedAt()).isEqualTo(NOW.plus(Duration.ofMinutes(10)));
        assertThat(now.lastUsedAt()).isEqualTo(NOW.plus(Duration.ofMinutes(10)));
        assertThat(now.expiresAt()).as("rotation never extends the absolute lifetime").isEqualTo(session.expiresAt());
        assertThat(events.events()).containsExactly("refreshRotated");
    }

    @Test
    void the_new_refresh_id_rotates_again() {
        var session = sessionOf(user(false));
        var second = rotate(session);

        var third = rotate(session);

        assertThat(third).isNotIn(session.refreshId(), second);
        assertThat(events.rotations()).isEqualTo(2);
    }

    @Test
    void the_previous_refresh_id_within_the_grace_window_gets_the_current_one_and_changes_nothing() {
        var session = sessionOf(user(false));
        var current = rotate(session);
        var afterRotation = stored(session);
        clock.advance(POLICY.reuseGrace().minusSeconds(1));

        var outcome = refresh(session, session.refreshId());

        assertThat(outcome).isInstanceOfSatisfying(Refreshed.class,
                refreshed -> assertThat(refreshed.session().refreshId()).isEqualTo(current));
        assertThat(stored(session)).isEqualTo(afterRotation);
        assertThat(events.events()).containsExactly("refreshRotated");
    }

    @Test
    void the_previous_refresh_id_after_the_grace_window_is_reuse_and_revokes_the_session() {
        var session = sessionOf(user(false));
        var current = rotate(session);
        clock.advance(POLICY.reuseGrace());

        var outcome = refresh(session, session.refreshId());

        assertThat(outcome).isEqualTo(new Rejected(Reason.REUSE_DETECTED));
        assertThat(stored(session).isRevoked()).isTrue();
        assertThat(stored(session).revokeReason()).isEqualTo(RevokeReason.REUSE_DETECTED);
        assertThat(stored(session).revokedAt()).isEqualTo(NOW.plus(POLICY.reuseGrace()));
        assertThat(events.events())
                .containsExactly("refreshRotated", "refreshReuseDetected", "sessionRevoked:REUSE_DETECTED");

        assertThat(refresh(session, current)).as("the thief's or the owner's current token is dead too")
                .isEqualTo(new Rejected(Reason.REVOKED));
    }

    @Test
    void a_refresh_id_two_generations_old_is_reuse_even_within_the_grace_window() {
        var session = sessionOf(user(false));
        rotate(session);
        rotate(session);

        assertThat(refresh(session, session.refreshId())).isEqualTo(new Rejected(Reason.REUSE_DETECTED));
        assertThat(stored(session).isRevoked()).isTrue();
    }

    @Test
    void each_new_generation_is_the_chain_successor_of_the_presented_one() {
        var session = sessionOf(user(false));

        assertThat(rotate(session)).isEqualTo(CHAIN.next(session.id(), session.refreshId()));
    }

    @Test
    void a_token_of_generations_the_database_lost_in_a_crash_carries_on_once_and_is_not_reuse() {
        var session = sessionOf(user(false));
        // Three rotations answered and then lost by the database: the client holds the third.
        var held = CHAIN.next(session.id(), CHAIN.next(session.id(), CHAIN.next(session.id(), session.refreshId())));
        clock.advance(Duration.ofMinutes(5));

        var outcome = refresh(session, held);

        assertThat(outcome).isInstanceOfSatisfying(Refreshed.class, refreshed -> {
            assertThat(refreshed.session().refreshId()).isEqualTo(CHAIN.next(session.id(), held));
            assertThat(refreshed.session()).isEqualTo(stored(session));
        });
        assertThat(stored(session).previousRefreshId()).isEqualTo(held);
        assertThat(stored(session).isRevoked()).isFalse();
        assertThat(events.events()).containsExactly("refreshRotated");
        assertThat(mailer.queued()).isEmpty();
        clock.advance(POLICY.reuseGrace());
        assertThat(refresh(session, held)).as("the lost generation is taken once: presented again, it is reuse")
                .isEqualTo(new Rejected(Reason.REUSE_DETECTED));
    }

    @Test
    void a_replay_on_an_already_revoked_session_is_not_counted_as_another_revocation() {
        var session = sessionOf(user(false));
        rotate(session);
        clock.advance(POLICY.reuseGrace());
        refresh(session, session.refreshId());

        assertThat(refresh(session, session.refreshId())).isEqualTo(new Rejected(Reason.REVOKED));

        assertThat(events.revocations()).isEqualTo(1);
        assertThat(events.reusesDetected()).isEqualTo(1);
    }

    @Test
    void an_unknown_session_is_rejected_as_unknown() {
        var outcome = service.refresh(new RefreshSessionCommand(SessionId.random(), RefreshId.random()));

        assertThat(outcome).isEqualTo(new Rejected(Reason.UNKNOWN_SESSION));
        assertThat(events.events()).isEmpty();
    }

    @Test
    void a_session_unused_for_the_idle_timeout_is_expired_and_left_as_it_is() {
        var session = sessionOf(user(false));
        clock.advance(POLICY.idleTimeout());

        assertThat(refresh(session, session.refreshId())).isEqualTo(new Rejected(Reason.EXPIRED));

        assertThat(stored(session)).isEqualTo(session);
        assertThat(events.events()).isEmpty();
    }

    @Test
    void a_refresh_just_before_the_idle_timeout_keeps_the_session_alive_for_another_idle_period() {
        var session = sessionOf(user(false));
        clock.advance(POLICY.idleTimeout().minusSeconds(1));
        rotate(session);

        clock.advance(POLICY.idleTimeout().minusSeconds(1));

        assertThat(refresh(session, stored(session).refreshId())).isInstanceOf(Refreshed.class);
    }

    @Test
    void a_busy_session_past_its_absolute_lifetime_is_expired() {
        var session = sessionOf(user(false));
        var step = POLICY.idleTimeout().minusHours(1);
        while (clock.instant().plus(step).isBefore(session.expiresAt())) {
            clock.advance(step);
            rotate(session);
        }
        clock.advance(Duration.between(clock.instant(), session.expiresAt()));

        assertThat(refresh(session, stored(session).refreshId())).isEqualTo(new Rejected(Reason.EXPIRED));
        assertThat(stored(session).isRevoked()).isFalse();
    }

    @Test
    void a_logged_out_session_is_rejected_as_revoked() {
        var session = sessionOf(user(false));
        sessions.revoke(session.id(), NOW, RevokeReason.LOGOUT);

        assertThat(refresh(session, session.refreshId())).isEqualTo(new Rejected(Reason.REVOKED));
        assertThat(stored(session).revokeReason()).isEqualTo(RevokeReason.LOGOUT);
        assertThat(events.events()).isEmpty();
    }

    @Test
    void a_disabled_account_cannot_refresh() {
        var session = sessionOf(user(true));

        assertThat(refresh(session, session.refreshId())).isEqualTo(new Rejected(Reason.ACCOUNT_DISABLED));
        assertThat(events.rotations()).isZero();
    }

    @Test
    void a_refused_refresh_of_a_disabled_account_does_not_move_the_session_so_retrying_is_not_taken_for_reuse() {
        var session = sessionOf(user(true));
        refresh(session, session.refreshId());
        clock.advance(POLICY.reuseGrace().plusSeconds(1));

        assertThat(refresh(session, session.refreshId())).isEqualTo(new Rejected(Reason.ACCOUNT_DISABLED));

        assertThat(stored(session)).isEqualTo(session);
        assertThat(events.events()).isEmpty();
    }

    @Test
    void an_account_disabled_after_a_rotation_is_not_answered_with_the_current_generation_either() {
        var ada = user(false);
        var session = sessionOf(ada);
        rotate(session);
        users.disable(ada.id(), NOW);

        assertThat(refresh(session, session.refreshId())).isEqualTo(new Rejected(Reason.ACCOUNT_DISABLED));
        assertThat(refresh(session, stored(session).refreshId())).isEqualTo(new Rejected(Reason.ACCOUNT_DISABLED));
    }

    @Test
    void a_session_ended_by_disabling_the_account_says_the_account_is_disabled_not_that_the_session_was_revoked() {
        var ada = user(false);
        var session = sessionOf(ada);
        users.disable(ada.id(), NOW);
        sessions.revoke(session.id(), NOW, RevokeReason.ADMIN_REVOKED);

        assertThat(refresh(session, session.refreshId())).isEqualTo(new Rejected(Reason.ACCOUNT_DISABLED));
        assertThat(stored(session).revokeReason()).isEqualTo(RevokeReason.ADMIN_REVOKED);
        assertThat(events.events()).isEmpty();
    }

    @RepeatedTest(10)
    void simultaneous_refreshes_with_one_refresh_id_all_get_the_same_single_successor() throws Exception {
        var session = sessionOf(user(false));
        var ready = new CountDownLatch(RACERS);
        var go = new CountDownLatch(1);
        List<Future<Outcome>> results = new ArrayList<>();

        try (var pool = Executors.newFixedThreadPool(RACERS)) {
            for (int i = 0; i < RACERS; i++) {
                results.add(pool.submit(() -> {
                    ready.countDown();
                    go.await();
                    return refresh(session, session.refreshId());
                }));
            }
            assertThat(ready.await(10, TimeUnit.SECONDS)).isTrue();
            go.countDown();

            List<Outcome> outcomes = new ArrayList<>();
            for (var result : results) {
                outcomes.add(result.get(10, TimeUnit.SECONDS));
            }

            assertThat(outcomes).allSatisfy(outcome -> assertThat(outcome).isInstanceOf(Refreshed.class));
            var successors = outcomes.stream().map(o -> ((Refreshed) o).session().refreshId()).distinct().toList();
            assertThat(successors).singleElement().isEqualTo(stored(session).refreshId())
                    .isNotEqualTo(session.refreshId());
        }
        assertThat(stored(session).isRevoked()).isFalse();
        assertThat(stored(session).previousRefreshId()).isEqualTo(session.refreshId());
        assertThat(events.events()).containsExactly("refreshRotated");
    }

    @Test
    void a_refresh_that_keeps_losing_the_race_is_refused_as_contended_without_revoking() {
        var session = sessionOf(user(false));
        var alwaysBeaten = new app.journal.application.port.out.UserSessions() {
            @Override
            public void add(UserSession s) {
                sessions.add(s);
            }

            @Override
            public java.util.Optional<UserSession> find(SessionId id) {
                return sessions.find(id);
            }

            @Override
            public java.util.Optional<Attempt> rotate(app.journal.domain.session.RefreshStep step,
                    app.journal.domain.session.SessionPolicy policy) {
                // Someone else always got there first: the session read is rotatable, the step is not taken.
                return sessions.find(step.session()).map(s -> new Attempt(s, users.findById(s.userId()).orElseThrow(),
                        null));
            }

            @Override
            public boolean revoke(SessionId id, java.time.Instant now, RevokeReason reason) {
                return sessions.revoke(id, now, reason);
            }

            @Override
            public int revokeAllExcept(UserId userId, SessionId keep, java.time.Instant now, RevokeReason reason) {
                return sessions.revokeAllExcept(userId, keep, now, reason);
            }

            @Override
            public int revokeAll(UserId userId, java.time.Instant now, RevokeReason reason) {
                return sessions.revokeAll(userId, now, reason);
            }

            @Override
            public List<UserSession> unrevokedOf(UserId userId, java.time.Instant now) {
                return sessions.unrevokedOf(userId, now);
            }
        };
        var contended = new RefreshSessionService(alwaysBeaten, events, settings(), clock, accountEvents, unitOfWork, ActivitySettings.defaults(),
                    CHAIN);

        var outcome = contended.refresh(new RefreshSessionCommand(session.id(), session.refreshId()));

        assertThat(outcome).isEqualTo(new Rejected(Reason.CONTENDED));
        assertThat(stored(session).isRevoked()).isFalse();
    }
}
