package app.journal.application.service.session;

import app.journal.application.service.AccountEvents;
import static app.journal.application.service.AccountFixtures.NOW;
import static app.journal.application.service.AccountFixtures.POLICY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.journal.application.port.in.session.RevokeSession.SessionNotFoundException;
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

class RevokeSessionServiceTest {

    private static final UserId ADA = UserId.random();
    private static final UserId BOB = UserId.random();

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
    private final RevokeSessionService service = new RevokeSessionService(sessions, accountEvents, clock, unitOfWork);

    private UserSession sessionOf(UserId user) {
        var session = UserSession.start(SessionId.random(), user, RefreshId.random(), NOW, POLICY, PERSISTENT, "Firefox", null);
        sessions.add(session);
        return session;
    }

    private UserSession stored(UserSession session) {
        return sessions.find(session.id()).orElseThrow();
    }

    @Test
    void the_owner_revokes_one_of_their_sessions_and_it_is_counted() {
        var phone = sessionOf(ADA);
        var laptop = sessionOf(ADA);
        clock.advance(Duration.ofHours(2));

        service.revoke(ADA, phone.id(), app.journal.application.port.in.ClientInfo.UNKNOWN);

        assertThat(stored(phone).revokeReason()).isEqualTo(RevokeReason.USER_REVOKED);
        assertThat(stored(phone).revokedAt()).isEqualTo(NOW.plus(Duration.ofHours(2)));
        assertThat(stored(laptop).isRevoked()).isFalse();
        assertThat(events.events()).containsExactly("sessionRevoked:USER_REVOKED");
    }

    @Test
    void someone_elses_session_is_not_found_and_stays_alive() {
        var bobs = sessionOf(BOB);

        assertThatThrownBy(() -> service.revoke(ADA, bobs.id(), app.journal.application.port.in.ClientInfo.UNKNOWN)).isInstanceOf(SessionNotFoundException.class);

        assertThat(stored(bobs)).isEqualTo(bobs);
        assertThat(events.events()).isEmpty();
    }

    @Test
    void an_unknown_session_is_not_found() {
        assertThatThrownBy(() -> service.revoke(ADA, SessionId.random(), app.journal.application.port.in.ClientInfo.UNKNOWN)).isInstanceOf(SessionNotFoundException.class);
    }

    @Test
    void revoking_an_already_ended_session_of_ones_own_is_fine_and_not_counted_again() {
        var session = sessionOf(ADA);
        sessions.revoke(session.id(), NOW, RevokeReason.LOGOUT);

        assertThatCode(() -> service.revoke(ADA, session.id(), app.journal.application.port.in.ClientInfo.UNKNOWN)).doesNotThrowAnyException();

        assertThat(stored(session).revokeReason()).isEqualTo(RevokeReason.LOGOUT);
        assertThat(events.events()).isEmpty();
    }
}
