package app.journal.application.testing;

import static app.journal.application.testing.ContractFixtures.T0;
import static app.journal.application.testing.ContractFixtures.registeredUser;
import static org.assertj.core.api.Assertions.assertThat;

import app.journal.application.port.out.PasskeyCeremonies;
import app.journal.application.port.out.PasskeyCeremonies.Ceremony;
import app.journal.application.port.out.PasskeyCeremonies.Kind;
import app.journal.application.port.out.Users;
import app.journal.domain.session.SessionId;
import app.journal.domain.user.UserId;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link PasskeyCeremonies} must do: a ceremony is taken once (also when requests race, and by
 * another node than the one that began it), only with its kind, only before it expires. Run against
 * {@link InMemoryPasskeyCeremonies} and the jOOQ adapter on PostgreSQL.
 */
public abstract class PasskeyCeremoniesContract {

    private static final Duration TTL = Duration.ofMinutes(5);

    protected abstract PasskeyCeremonies ceremonies();

    /** Another node's view of the same store (for PostgreSQL: another connection pool). */
    protected abstract PasskeyCeremonies otherNode();

    protected abstract Users users();

    private PasskeyCeremonies ceremonies;
    private Users users;

    @BeforeEach
    void setUpPorts() {
        ceremonies = ceremonies();
        users = users();
    }

    private Ceremony begun(Kind kind, UserId user) {
        var ceremony = new Ceremony(UUID.randomUUID(), kind, user, user == null ? null : SessionId.random(),
                "{\"challenge\":\"" + UUID.randomUUID() + "\"}", T0, T0.plus(TTL));
        ceremonies.begin(ceremony);
        return ceremony;
    }

    @Test
    void a_ceremony_is_taken_once_with_every_field() throws Exception {
        UserId ada = registeredUser(users, "ada");
        var ceremony = begun(Kind.REGISTRATION, ada);

        var takers = Racers.race(() -> ceremonies.take(ceremony.id(), Kind.REGISTRATION, T0.plusSeconds(1)));
        assertThat(takers).filteredOn(java.util.Optional::isPresent).hasSize(1);
        assertThat(takers.stream().flatMap(java.util.Optional::stream).findFirst()).contains(ceremony);
        assertThat(ceremonies.take(ceremony.id(), Kind.REGISTRATION, T0.plusSeconds(2))).as("replayed").isEmpty();
    }

    @Test
    void a_sign_in_ceremony_has_no_account() {
        var ceremony = begun(Kind.SIGN_IN, null);
        assertThat(ceremonies.take(ceremony.id(), Kind.SIGN_IN, T0)).contains(ceremony);
    }

    @Test
    void only_its_own_kind_takes_it() {
        UserId ada = registeredUser(users, "ada");
        var ceremony = begun(Kind.CONFIRMATION, ada);
        assertThat(ceremonies.take(ceremony.id(), Kind.SIGN_IN, T0)).isEmpty();
        assertThat(ceremonies.take(ceremony.id(), Kind.REGISTRATION, T0)).isEmpty();
        assertThat(ceremonies.take(ceremony.id(), Kind.CONFIRMATION, T0)).isPresent();
    }

    @Test
    void an_expired_ceremony_cannot_be_taken_and_is_purged() {
        var ceremony = begun(Kind.SIGN_IN, null);
        var live = begun(Kind.SIGN_IN, null);
        assertThat(ceremonies.take(ceremony.id(), Kind.SIGN_IN, T0.plus(TTL))).isEmpty();
        assertThat(ceremonies.purgeExpired(T0.plus(TTL).plusSeconds(1))).isGreaterThanOrEqualTo(2);
        assertThat(ceremonies.take(live.id(), Kind.SIGN_IN, T0)).as("purged").isEmpty();
    }

    @Test
    void a_ceremony_begun_on_one_node_is_finished_on_another_once() {
        var ceremony = begun(Kind.SIGN_IN, null);
        assertThat(otherNode().take(ceremony.id(), Kind.SIGN_IN, T0.plusSeconds(3))).contains(ceremony);
        assertThat(ceremonies.take(ceremony.id(), Kind.SIGN_IN, T0.plusSeconds(4))).isEmpty();
    }
}
