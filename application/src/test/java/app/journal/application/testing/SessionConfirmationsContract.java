package app.journal.application.testing;

import static app.journal.application.testing.ContractFixtures.T0;
import static app.journal.application.testing.ContractFixtures.registeredUser;
import static app.journal.domain.session.SessionPersistence.PERSISTENT;
import static org.assertj.core.api.Assertions.assertThat;

import app.journal.application.port.out.SessionConfirmations;
import app.journal.application.port.out.UserSessions;
import app.journal.application.port.out.Users;
import app.journal.domain.session.RefreshId;
import app.journal.domain.session.RevokeReason;
import app.journal.domain.session.SessionId;
import app.journal.domain.session.SessionPolicy;
import app.journal.domain.session.UserSession;
import app.journal.domain.user.UserId;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link SessionConfirmations} must do: mark only a session of that user that is not revoked,
 * per session, the latest confirmation winning. Run against {@link InMemorySessionConfirmations} and the
 * jOOQ adapter on PostgreSQL.
 */
public abstract class SessionConfirmationsContract {

    private static final SessionPolicy POLICY =
            new SessionPolicy(Duration.ofDays(7), Duration.ofDays(30), Duration.ofSeconds(30), Duration.ofHours(12));

    /** The implementation under test, on these sessions. */
    protected abstract SessionConfirmations confirmations(UserSessions sessions);

    protected abstract UserSessions userSessions();

    /** Where the users that sessions belong to are registered. */
    protected abstract Users users();

    private SessionConfirmations confirmations;
    private UserSessions sessions;
    private Users users;

    @BeforeEach
    void setUpPorts() {
        users = users();
        sessions = userSessions();
        confirmations = confirmations(sessions);
    }

    private UserSession started(UserId user) {
        UserSession session = UserSession.start(SessionId.random(), user, RefreshId.random(), T0, POLICY, PERSISTENT,
                "JUnit", "192.0.2.1");
        sessions.add(session);
        return session;
    }

    @Test
    void a_session_never_confirmed_has_no_mark() {
        assertThat(confirmations.confirmedAt(started(registeredUser(users, "ada")).id())).isEmpty();
        assertThat(confirmations.confirmedAt(SessionId.random())).isEmpty();
    }

    @Test
    void a_live_session_of_its_user_is_marked_and_a_later_confirmation_moves_the_mark() {
        UserId ada = registeredUser(users, "ada");
        UserSession session = started(ada);
        UserSession other = started(ada);

        assertThat(confirmations.confirm(session.id(), ada, T0.plusSeconds(60).plusNanos(1_500))).isTrue();
        assertThat(confirmations.confirmedAt(session.id())).contains(T0.plusSeconds(60).plusNanos(1_000));
        assertThat(confirmations.confirmedAt(other.id())).as("per session").isEmpty();

        assertThat(confirmations.confirm(session.id(), ada, T0.plusSeconds(900))).isTrue();
        assertThat(confirmations.confirmedAt(session.id())).contains(T0.plusSeconds(900));
    }

    @Test
    void a_revoked_session_cannot_be_marked() {
        UserId ada = registeredUser(users, "ada");
        UserSession session = started(ada);
        sessions.revoke(session.id(), T0.plusSeconds(10), RevokeReason.LOGOUT);

        assertThat(confirmations.confirm(session.id(), ada, T0.plusSeconds(20))).isFalse();
        assertThat(confirmations.confirmedAt(session.id())).isEmpty();
    }

    @Test
    void another_users_session_cannot_be_marked() {
        UserId ada = registeredUser(users, "ada");
        UserId mallory = registeredUser(users, "mallory");
        UserSession adas = started(ada);

        assertThat(confirmations.confirm(adas.id(), mallory, T0.plusSeconds(20))).isFalse();
        assertThat(confirmations.confirmedAt(adas.id())).isEmpty();
        assertThat(confirmations.confirm(SessionId.random(), ada, T0.plusSeconds(20))).as("unknown").isFalse();
    }

    @Test
    void revoking_a_confirmed_session_makes_it_unmarkable_again() {
        UserId ada = registeredUser(users, "ada");
        UserSession session = started(ada);
        confirmations.confirm(session.id(), ada, T0.plusSeconds(20));
        sessions.revoke(session.id(), T0.plusSeconds(30), RevokeReason.USER_REVOKED);

        assertThat(confirmations.confirm(session.id(), ada, T0.plusSeconds(40))).isFalse();
        assertThat(confirmations.confirmedAt(session.id())).as("the old mark is not moved")
                .contains(T0.plusSeconds(20));
    }
}
