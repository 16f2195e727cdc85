package app.journal.application.service.account;

import static app.journal.application.service.AccountFixtures.NOW;
import static app.journal.application.service.AccountFixtures.POLICY;
import static org.assertj.core.api.Assertions.assertThat;

import app.journal.application.testing.FakePasswordHasher;
import app.journal.application.testing.InMemoryUserSessions;
import app.journal.application.testing.InMemoryUsers;
import app.journal.application.testing.TestClock;
import app.journal.domain.session.RefreshId;
import app.journal.domain.session.RevokeReason;
import app.journal.domain.session.SessionId;
import app.journal.domain.session.UserSession;
import app.journal.domain.user.EmailAddress;
import app.journal.domain.user.User;
import app.journal.domain.user.UserId;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AccountQueryServiceTest {

    private static final UserId ADA = UserId.random();
    private static final UserId BOB = UserId.random();

    private final TestClock clock = new TestClock(NOW);
    private final InMemoryUsers users = new InMemoryUsers();
    private final InMemoryUserSessions sessions = new InMemoryUserSessions(users);
    private final AccountQueryService service = new AccountQueryService(users, sessions, POLICY, clock);

    /** A session of {@code user} started {@code ageAtNow} before NOW and last used {@code idleAtNow} before NOW. */
    private UserSession session(UserId user, Duration ageAtNow, Duration idleAtNow) {
        Instant created = NOW.minus(ageAtNow);
        var session = new UserSession(SessionId.random(), user, RefreshId.random(), null, null, created,
                NOW.minus(idleAtNow), created.plus(POLICY.absoluteLifetime()), null, null, null, null);
        sessions.add(session);
        return session;
    }

    private UserSession fresh(UserId user, Duration idleAtNow) {
        return session(user, Duration.ofDays(1), idleAtNow);
    }

    @Test
    void active_sessions_are_the_owners_usable_ones_most_recently_used_first() {
        var older = fresh(ADA, Duration.ofHours(5));
        var newer = fresh(ADA, Duration.ofMinutes(5));
        fresh(BOB, Duration.ofMinutes(1));

        assertThat(service.activeSessions(ADA)).containsExactly(newer, older);
    }

    @Test
    void active_sessions_leave_out_revoked_ones() {
        var kept = fresh(ADA, Duration.ofHours(1));
        var loggedOut = fresh(ADA, Duration.ofMinutes(1));
        sessions.revoke(loggedOut.id(), NOW, RevokeReason.LOGOUT);

        assertThat(service.activeSessions(ADA)).containsExactly(kept);
    }

    @Test
    void active_sessions_leave_out_ones_idle_for_the_idle_timeout() {
        var kept = fresh(ADA, POLICY.idleTimeout().minusSeconds(1));
        fresh(ADA, POLICY.idleTimeout());

        assertThat(service.activeSessions(ADA)).containsExactly(kept);
    }

    @Test
    void active_sessions_leave_out_ones_past_their_absolute_lifetime() {
        var kept = session(ADA, POLICY.absoluteLifetime().minusSeconds(1), Duration.ofMinutes(1));
        session(ADA, POLICY.absoluteLifetime(), Duration.ofMinutes(1));

        assertThat(service.activeSessions(ADA)).containsExactly(kept);
    }

    @Test
    void a_session_becomes_inactive_when_the_clock_passes_its_idle_timeout() {
        var session = fresh(ADA, Duration.ZERO);
        assertThat(service.activeSessions(ADA)).containsExactly(session);

        clock.advance(POLICY.idleTimeout());

        assertThat(service.activeSessions(ADA)).isEmpty();
        assertThat(service.isSessionActive(session.id())).isFalse();
    }

    @Test
    void a_fresh_session_is_active() {
        assertThat(service.isSessionActive(fresh(ADA, Duration.ofMinutes(1)).id())).isTrue();
    }

    @Test
    void a_revoked_session_is_not_active() {
        var session = fresh(ADA, Duration.ofMinutes(1));
        sessions.revoke(session.id(), NOW, RevokeReason.USER_REVOKED);

        assertThat(service.isSessionActive(session.id())).isFalse();
    }

    @Test
    void an_idle_or_too_old_session_is_not_active() {
        assertThat(service.isSessionActive(fresh(ADA, POLICY.idleTimeout()).id())).isFalse();
        assertThat(service.isSessionActive(session(ADA, POLICY.absoluteLifetime(), Duration.ZERO).id())).isFalse();
    }

    @Test
    void a_session_is_live_until_the_earlier_of_its_idle_deadline_and_its_absolute_expiry() {
        var idleFirst = fresh(ADA, Duration.ofMinutes(1));
        var ageFirst = session(ADA, POLICY.absoluteLifetime().minusMinutes(1), Duration.ZERO);

        assertThat(service.sessionLiveUntil(idleFirst.id()))
                .contains(NOW.minus(Duration.ofMinutes(1)).plus(POLICY.idleTimeout()));
        assertThat(service.sessionLiveUntil(ageFirst.id())).contains(NOW.plus(Duration.ofMinutes(1)));
    }

    @Test
    void a_session_that_is_not_active_has_no_live_until() {
        var revoked = fresh(ADA, Duration.ofMinutes(1));
        sessions.revoke(revoked.id(), NOW, RevokeReason.LOGOUT);

        assertThat(service.sessionLiveUntil(revoked.id())).isEmpty();
        assertThat(service.sessionLiveUntil(fresh(ADA, POLICY.idleTimeout()).id())).isEmpty();
        assertThat(service.sessionLiveUntil(SessionId.random())).isEmpty();
    }

    @Test
    void an_unknown_session_is_not_active() {
        assertThat(service.isSessionActive(SessionId.random())).isFalse();
    }

    @Test
    void the_user_is_found_by_id_and_an_unknown_id_finds_nobody() {
        var ada = User.register(ADA, new EmailAddress("ada@example.org"),
                new FakePasswordHasher().hashOf("a long password"), NOW);
        users.addIfEmailFree(ada);

        assertThat(service.user(ADA)).contains(ada);
        assertThat(service.user(BOB)).isEmpty();
    }
}
