package app.journal.application.testing;

import static app.journal.application.testing.ContractFixtures.T0;
import static app.journal.application.testing.ContractFixtures.registeredUser;
import static app.journal.application.testing.ContractFixtures.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;

import app.journal.application.port.out.AccountTokens;
import app.journal.application.port.out.AccountTokens.Grant;
import app.journal.application.port.out.AccountTokens.Purpose;
import app.journal.application.port.out.AccountTokens.TokenHash;
import app.journal.application.port.out.Users;
import java.security.SecureRandom;
import java.util.EnumSet;
import java.util.HexFormat;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link AccountTokens} must do: found and spent by hash and purpose, unexpired only, spent
 * once, and one live token per account and purpose. Run against {@link InMemoryAccountTokens} and the
 * jOOQ adapter on PostgreSQL.
 */
public abstract class AccountTokensContract {

    protected abstract AccountTokens tokens();

    /** Where the accounts are registered (the real schema has a foreign key). */
    protected abstract Users users();

    private AccountTokens tokens;
    private Users users;

    @BeforeEach
    void setUpPorts() {
        tokens = tokens();
        users = users();
    }

    private static TokenHash randomHash() {
        var bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return new TokenHash(HexFormat.of().formatHex(bytes));
    }

    @Test
    void a_stored_token_is_found_by_its_hash_and_purpose_until_it_expires() {
        var ada = registeredUser(users, "ada");
        var email = uniqueEmail("ada");
        var hash = randomHash();

        tokens.store(ada, Purpose.PASSWORD_RESET, hash, email, T0.plusSeconds(1800));

        assertThat(tokens.find(hash, Purpose.PASSWORD_RESET, T0))
                .contains(new Grant(ada, email, T0.plusSeconds(1800)));
        assertThat(tokens.find(hash, Purpose.EMAIL_CHANGE, T0)).as("another purpose").isEmpty();
        assertThat(tokens.find(randomHash(), Purpose.PASSWORD_RESET, T0)).as("another hash").isEmpty();
        assertThat(tokens.find(hash, Purpose.PASSWORD_RESET, T0.plusSeconds(1800))).as("expired").isEmpty();
        assertThat(tokens.spend(hash, Purpose.PASSWORD_RESET, T0.plusSeconds(1800))).as("expired").isEmpty();
    }

    @Test
    void a_token_is_spent_once() {
        var ada = registeredUser(users, "ada");
        var hash = randomHash();
        tokens.store(ada, Purpose.PASSWORD_RESET, hash, uniqueEmail("ada"), T0.plusSeconds(60));

        assertThat(tokens.spend(hash, Purpose.PASSWORD_RESET, T0)).isPresent();
        assertThat(tokens.spend(hash, Purpose.PASSWORD_RESET, T0)).isEmpty();
        assertThat(tokens.find(hash, Purpose.PASSWORD_RESET, T0)).isEmpty();
    }

    @Test
    void a_newer_token_replaces_the_older_of_the_same_purpose_only() {
        var ada = registeredUser(users, "ada");
        var older = randomHash();
        var newer = randomHash();
        var change = randomHash();
        tokens.store(ada, Purpose.PASSWORD_RESET, older, uniqueEmail("ada"), T0.plusSeconds(60));
        tokens.store(ada, Purpose.EMAIL_CHANGE, change, uniqueEmail("new"), T0.plusSeconds(60));
        tokens.store(ada, Purpose.PASSWORD_RESET, newer, uniqueEmail("ada"), T0.plusSeconds(60));

        assertThat(tokens.spend(older, Purpose.PASSWORD_RESET, T0)).isEmpty();
        assertThat(tokens.find(newer, Purpose.PASSWORD_RESET, T0)).isPresent();
        assertThat(tokens.find(change, Purpose.EMAIL_CHANGE, T0)).isPresent();
    }

    @Test
    void tokens_of_different_accounts_do_not_replace_each_other() {
        var ada = registeredUser(users, "ada");
        var bob = registeredUser(users, "bob");
        var adas = randomHash();
        var bobs = randomHash();
        tokens.store(ada, Purpose.PASSWORD_RESET, adas, uniqueEmail("ada"), T0.plusSeconds(60));
        tokens.store(bob, Purpose.PASSWORD_RESET, bobs, uniqueEmail("bob"), T0.plusSeconds(60));

        assertThat(tokens.find(adas, Purpose.PASSWORD_RESET, T0).map(Grant::userId)).contains(ada);
        assertThat(tokens.find(bobs, Purpose.PASSWORD_RESET, T0).map(Grant::userId)).contains(bob);
    }

    @Test
    void expired_tokens_are_purged() {
        var ada = registeredUser(users, "ada");
        var hash = randomHash();
        tokens.store(ada, Purpose.EMAIL_CHANGE, hash, uniqueEmail("ada"), T0.plusSeconds(60));

        assertThat(tokens.purgeExpired(T0.plusSeconds(61))).isGreaterThanOrEqualTo(1);
        assertThat(tokens.find(hash, Purpose.EMAIL_CHANGE, T0)).isEmpty();
    }

    @Test
    void voiding_deletes_the_accounts_tokens_of_the_purposes_named_only() {
        var ada = registeredUser(users, "ada");
        var bob = registeredUser(users, "bob");
        var reset = randomHash();
        var change = randomHash();
        var cancel = randomHash();
        var bobs = randomHash();
        tokens.store(ada, Purpose.PASSWORD_RESET, reset, uniqueEmail("ada"), T0.plusSeconds(60));
        tokens.store(ada, Purpose.EMAIL_CHANGE, change, uniqueEmail("new"), T0.plusSeconds(60));
        tokens.store(ada, Purpose.EMAIL_CHANGE_CANCEL, cancel, uniqueEmail("ada"), T0.plusSeconds(60));
        tokens.store(bob, Purpose.EMAIL_CHANGE, bobs, uniqueEmail("bob"), T0.plusSeconds(60));

        assertThat(tokens.voidAll(ada, EnumSet.of(Purpose.PASSWORD_RESET, Purpose.EMAIL_CHANGE))).isEqualTo(2);

        assertThat(tokens.find(reset, Purpose.PASSWORD_RESET, T0)).isEmpty();
        assertThat(tokens.spend(change, Purpose.EMAIL_CHANGE, T0)).isEmpty();
        assertThat(tokens.find(cancel, Purpose.EMAIL_CHANGE_CANCEL, T0)).as("not named").isPresent();
        assertThat(tokens.find(bobs, Purpose.EMAIL_CHANGE, T0)).as("another account").isPresent();
        assertThat(tokens.voidAll(ada, EnumSet.of(Purpose.EMAIL_CHANGE))).as("nothing left").isZero();
    }
}
