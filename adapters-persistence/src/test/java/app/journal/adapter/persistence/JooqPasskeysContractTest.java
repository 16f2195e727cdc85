package app.journal.adapter.persistence;

import static app.journal.application.testing.PasskeysContract.passkey;
import static app.journal.application.testing.PasskeysContract.randomCredentialId;
import static org.assertj.core.api.Assertions.assertThat;

import app.journal.adapter.persistence.testing.MigratedDatabase;
import app.journal.application.port.out.PasskeyCeremonies.Ceremony;
import app.journal.application.port.out.PasskeyCeremonies.Kind;
import app.journal.application.port.out.Passkeys;
import app.journal.application.port.out.Users;
import app.journal.application.testing.PasskeysContract;
import app.journal.domain.session.SessionId;
import app.journal.domain.user.EmailAddress;
import app.journal.domain.user.PasswordHash;
import app.journal.domain.user.User;
import app.journal.domain.user.UserId;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The passkey contract on a real, migrated PostgreSQL (its races on eight connections), and the cascade. */
class JooqPasskeysContractTest extends PasskeysContract {

    @RegisterExtension
    static final MigratedDatabase db = new MigratedDatabase("jooq_passkeys");

    @Override
    protected Passkeys passkeys() {
        return new JooqPasskeys(db.dsl());
    }

    @Override
    protected Users users() {
        return new JooqUsers(db.dsl());
    }

    @Test
    void deleting_the_account_deletes_its_passkeys_handle_and_ceremonies() {
        var now = Instant.parse("2026-03-01T09:00:00Z");
        var user = User.register(UserId.random(), new EmailAddress("cascade-" + UUID.randomUUID() + "@example.org"),
                new PasswordHash("$argon2id$v=19$m=19456,t=2,p=1$c2FsdA$aGFzaA"), now);
        users.addIfEmailFree(user);
        var handle = passkeys.userHandleOf(user.id());
        var id = randomCredentialId();
        passkeys.add(passkey(id, user.id(), "Phone", 0, now));
        var ceremonies = new JooqPasskeyCeremonies(db.dsl());
        var ceremonyId = UUID.randomUUID();
        ceremonies.begin(new Ceremony(ceremonyId, Kind.REGISTRATION, user.id(), SessionId.random(), "{}", now,
                now.plusSeconds(300)));

        assertThat(users.delete(user.id())).isTrue();

        assertThat(passkeys.find(id)).isEmpty();
        assertThat(passkeys.ownerOf(handle)).isEmpty();
        assertThat(ceremonies.take(ceremonyId, Kind.REGISTRATION, now)).isEmpty();
    }
}
