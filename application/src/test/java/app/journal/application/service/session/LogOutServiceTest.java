package app.journal.application.service.session;

import app.journal.application.service.AccountEvents;
import static app.journal.application.service.AccountFixtures.NOW;
import static app.journal.application.service.AccountFixtures.POLICY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import app.journal.application.testing.InMemoryUserSessions;
import app.journal.application.testing.RecordingAuthEvents;
import app.journal.application.testing.TestClock;
import app.journal.domain.session.RefreshId;
import app.journal.domain.session.RevokeReason;
import app.journal.domain.session.SessionId;
import static app.journal.domain.session.SessionPersistence.PERSISTENT;
import app.journal.domain.session.UserSession;
import app.journal.domain.user.UserId;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class LogOutServiceTest {

    private static final UserId ADA = UserId.random();

    private final TestClock clock = new TestClock(NOW);
    private final InMemoryUserSessions sessions = new InMemoryUserSessions(new app.journal.application.testing.InMemoryUsers());
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
    private final LogOutService service = new LogOutService(sessions, accountEvents, clock, unitOfWork);

    private UserSession sessionOf(UserId user) {
        var session = UserSession.start(SessionId.random(), user, RefreshId.random(), NOW, POLICY, PERSISTENT, null, null);
        sessions.add(session);
        return session;
    }

    private UserSession stored(UserSession session) {
        return sessions.find(session.id()).orElseThrow();
    }

    @Test
    void logging_out_revokes_the_session_as_a_logout_at_the_clocks_time() {
        var session = sessionOf(ADA);
        clock.advance(Duration.ofMinutes(3));

        service.logOut(session.id(), app.journal.application.port.in.ClientInfo.UNKNOWN);

        assertThat(stored(session).revokeReason()).isEqualTo(RevokeReason.LOGOUT);
        assertThat(stored(session).revokedAt()).isEqualTo(NOW.plus(Duration.ofMinutes(3)));
        assertThat(events.events()).containsExactly("sessionRevoked:LOGOUT");
    }

    @Test
    void logging_out_twice_is_fine_and_counted_once() {
        var session = sessionOf(ADA);
        service.logOut(session.id(), app.journal.application.port.in.ClientInfo.UNKNOWN);
        var afterFirst = stored(session);
        clock.advance(Duration.ofMinutes(1));

        assertThatCode(() -> service.logOut(session.id(), app.journal.application.port.in.ClientInfo.UNKNOWN)).doesNotThrowAnyException();

        assertThat(stored(session)).isEqualTo(afterFirst);
        assertThat(events.revocations(RevokeReason.LOGOUT)).isEqualTo(1);
    }

    @Test
    void logging_out_of_an_unknown_session_is_fine_and_counts_nothing() {
        assertThatCode(() -> service.logOut(SessionId.random(), app.journal.application.port.in.ClientInfo.UNKNOWN)).doesNotThrowAnyException();

        assertThat(events.events()).isEmpty();
    }

    @Test
    void logging_out_ends_only_that_session() {
        var phone = sessionOf(ADA);
        var laptop = sessionOf(ADA);

        service.logOut(phone.id(), app.journal.application.port.in.ClientInfo.UNKNOWN);

        assertThat(stored(phone).isRevoked()).isTrue();
        assertThat(stored(laptop).isRevoked()).isFalse();
    }

    @Test
    void logging_out_of_a_session_revoked_for_reuse_keeps_the_reuse_reason() {
        var session = sessionOf(ADA);
        sessions.revoke(session.id(), NOW, RevokeReason.REUSE_DETECTED);

        service.logOut(session.id(), app.journal.application.port.in.ClientInfo.UNKNOWN);

        assertThat(stored(session).revokeReason()).isEqualTo(RevokeReason.REUSE_DETECTED);
        assertThat(events.events()).isEmpty();
    }
}
