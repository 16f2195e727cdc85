package app.journal.application.testing;

import static app.journal.application.testing.ContractFixtures.T0;
import static app.journal.application.testing.ContractFixtures.registeredUser;
import static org.assertj.core.api.Assertions.assertThat;

import app.journal.application.port.out.Passkeys;
import app.journal.application.port.out.Users;
import app.journal.domain.passkey.CredentialId;
import app.journal.domain.passkey.Passkey;
import app.journal.domain.passkey.PasskeyName;
import app.journal.domain.user.UserId;
import java.security.SecureRandom;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link Passkeys} must do: one user handle per account (also when first calls race), a credential
 * id belongs to one account, uses are a compare-and-set on the counter (racing uses: one wins), rename and
 * remove only one's own. Run against {@link InMemoryPasskeys} and the jOOQ adapter on PostgreSQL.
 */
public abstract class PasskeysContract {

    protected abstract Passkeys passkeys();

    protected abstract Users users();

    protected Passkeys passkeys;
    protected Users users;

    @BeforeEach
    void setUpPorts() {
        passkeys = passkeys();
        users = users();
    }

    public static CredentialId randomCredentialId() {
        var bytes = new byte[16];
        new SecureRandom().nextBytes(bytes);
        return CredentialId.of(bytes);
    }

    public static Passkey passkey(CredentialId id, UserId owner, String name, long count, java.time.Instant at) {
        return new Passkey(id, owner, new PasskeyName(name), new byte[] {1, 2, 3}, count,
                UUID.fromString("00000000-0000-0000-0000-000000000007"), Set.of("internal", "hybrid"), true, false,
                true, at, null);
    }

    @Test
    void a_user_handle_is_made_once_and_finds_its_account() throws Exception {
        UserId ada = registeredUser(users, "ada");
        UserId bob = registeredUser(users, "bob");

        var handles = Racers.race(() -> passkeys.userHandleOf(ada));
        assertThat(Set.copyOf(handles)).as("racing first calls agree").hasSize(1);
        var handle = handles.getFirst();
        assertThat(handle.bytes()).hasSize(32);
        assertThat(passkeys.userHandleOf(ada)).isEqualTo(handle);
        assertThat(passkeys.userHandleOf(bob)).isNotEqualTo(handle);
        assertThat(passkeys.ownerOf(handle)).contains(ada);
        assertThat(passkeys.ownerOf(app.journal.domain.passkey.UserHandle.random())).isEmpty();
    }

    @Test
    void an_added_passkey_is_read_back_with_every_field_and_listed_oldest_first() {
        UserId ada = registeredUser(users, "ada");
        var first = passkey(randomCredentialId(), ada, "Phone", 0, T0);
        var second = passkey(randomCredentialId(), ada, "Laptop", 5, T0.plusSeconds(60));
        assertThat(passkeys.add(second)).isTrue();
        assertThat(passkeys.add(first)).isTrue();

        var read = passkeys.find(first.id()).orElseThrow();
        assertThat(read.userId()).isEqualTo(ada);
        assertThat(read.name()).isEqualTo(new PasskeyName("Phone"));
        assertThat(read.publicKeyCose()).containsExactly(1, 2, 3);
        assertThat(read.aaguid()).isEqualTo(first.aaguid());
        assertThat(read.transports()).containsExactlyInAnyOrder("internal", "hybrid");
        assertThat(read.backupEligible()).isTrue();
        assertThat(read.backedUp()).isFalse();
        assertThat(read.userVerified()).isTrue();
        assertThat(read.createdAt()).isEqualTo(T0);
        assertThat(read.lastUsedAt()).isNull();
        assertThat(passkeys.of(ada)).extracting(Passkey::id).containsExactly(first.id(), second.id());
        assertThat(passkeys.count(ada)).isEqualTo(2);
        assertThat(passkeys.find(randomCredentialId())).isEmpty();
    }

    @Test
    void a_credential_id_belongs_to_one_account() {
        UserId ada = registeredUser(users, "ada");
        UserId bob = registeredUser(users, "bob");
        var id = randomCredentialId();
        assertThat(passkeys.add(passkey(id, ada, "Phone", 0, T0))).isTrue();

        assertThat(passkeys.add(passkey(id, bob, "Stolen", 0, T0))).isFalse();
        assertThat(passkeys.add(passkey(id, ada, "Again", 0, T0))).isFalse();
        assertThat(passkeys.find(id).orElseThrow().userId()).isEqualTo(ada);
        assertThat(passkeys.count(bob)).isZero();
    }

    @Test
    void a_use_is_a_compare_and_set_on_the_counter() throws Exception {
        UserId ada = registeredUser(users, "ada");
        var id = randomCredentialId();
        passkeys.add(passkey(id, ada, "Key", 3, T0));

        assertThat(passkeys.recordUse(id, 2, 9, true, T0.plusSeconds(1))).as("stale expectation").isFalse();
        var wins = Racers.race(() -> passkeys.recordUse(id, 3, 4, true, T0.plusSeconds(2)));
        assertThat(wins).filteredOn(Boolean::booleanValue).hasSize(1);
        var used = passkeys.find(id).orElseThrow();
        assertThat(used.signatureCount()).isEqualTo(4);
        assertThat(used.backedUp()).isTrue();
        assertThat(used.lastUsedAt()).isEqualTo(T0.plusSeconds(2));
    }

    @Test
    void only_the_owner_renames_or_removes() {
        UserId ada = registeredUser(users, "ada");
        UserId bob = registeredUser(users, "bob");
        var id = randomCredentialId();
        passkeys.add(passkey(id, ada, "Key", 0, T0));

        assertThat(passkeys.rename(bob, id, new PasskeyName("Mine"))).isFalse();
        assertThat(passkeys.remove(bob, id)).isEmpty();
        assertThat(passkeys.rename(ada, id, new PasskeyName("Yubikey"))).isTrue();
        assertThat(passkeys.find(id).orElseThrow().name().value()).isEqualTo("Yubikey");
        assertThat(passkeys.remove(ada, id)).map(Passkey::id).contains(id);
        assertThat(passkeys.remove(ada, id)).isEmpty();
        assertThat(passkeys.count(ada)).isZero();
    }
}
