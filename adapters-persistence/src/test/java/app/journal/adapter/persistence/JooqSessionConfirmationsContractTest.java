package app.journal.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import app.journal.adapter.persistence.testing.MigratedDatabase;
import app.journal.application.port.out.SessionConfirmations;
import app.journal.application.port.out.UserSessions;
import app.journal.application.port.out.Users;
import app.journal.application.testing.SessionConfirmationsContract;
import app.journal.domain.session.RefreshId;
import app.journal.domain.session.SessionId;
import app.journal.domain.session.UserSession;
import app.journal.domain.user.User;
import app.journal.domain.user.EmailAddress;
import app.journal.domain.user.PasswordHash;
import app.journal.domain.user.UserId;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The confirmation contract on a real, migrated PostgreSQL; here also: a mark dies with its session row. */
class JooqSessionConfirmationsContractTest extends SessionConfirmationsContract {

    @RegisterExtension
    static final MigratedDatabase db = new MigratedDatabase("jooq_session_confirmations");

    private static final Instant T0 = Instant.parse("2026-03-01T09:00:00Z");

    @Override
    protected SessionConfirmations confirmations(UserSessions sessions) {
        return new JooqSessionConfirmations(db.dsl());
    }

    @Override
    protected UserSessions userSessions() {
        return new JooqUserSessions(db.dsl());
    }

    @Override
    protected Users users() {
        return new JooqUsers(db.dsl());
    }

    @Test
    void a_mark_dies_with_its_session_row_and_with_its_user() {
        var users = new JooqUsers(db.dsl());
        var sessions = new JooqUserSessions(db.dsl());
        var confirmations = new JooqSessionConfirmations(db.dsl());
        User ada = User.register(UserId.random(), new EmailAddress("ada-" + UUID.randomUUID() + "@example.org"),
                new PasswordHash("$argon2id$v=19$m=19456,t=2,p=1$c2FsdA$aGFzaA"), T0);
        users.addIfEmailFree(ada);
        UserSession deleted = session(ada.id());
        UserSession ofDeletedUser = session(ada.id());
        sessions.add(deleted);
        sessions.add(ofDeletedUser);
        confirmations.confirm(deleted.id(), ada.id(), T0.plusSeconds(1));
        confirmations.confirm(ofDeletedUser.id(), ada.id(), T0.plusSeconds(1));

        db.dsl().execute("DELETE FROM user_sessions WHERE id = ?", deleted.id().value());
        assertThat(confirmations.confirmedAt(deleted.id())).isEmpty();
        assertThat(confirmations.confirmedAt(ofDeletedUser.id())).isPresent();

        users.delete(ada.id());
        assertThat(confirmations.confirmedAt(ofDeletedUser.id())).isEmpty();
        assertThat(db.dsl().fetchCount(db.dsl().selectFrom("session_confirmations")
                .where("session_id in (?, ?)", deleted.id().value(), ofDeletedUser.id().value()))).isZero();
    }

    private static UserSession session(UserId user) {
        return new UserSession(SessionId.random(), user, RefreshId.random(), null, null, T0, T0,
                T0.plusSeconds(86_400), null, null, null, null);
    }
}
