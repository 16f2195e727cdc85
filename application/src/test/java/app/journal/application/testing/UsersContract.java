package app.journal.application.testing;

import static app.journal.application.testing.ContractFixtures.T0;
import static app.journal.application.testing.ContractFixtures.newUser;
import static app.journal.application.testing.ContractFixtures.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.journal.application.port.out.Users;
import app.journal.domain.user.EmailAddress;
import app.journal.domain.user.PasswordHash;
import app.journal.domain.user.Role;
import app.journal.domain.user.User;
import app.journal.domain.user.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link Users} must do. Run against {@link InMemoryUsers} and against the jOOQ adapter on
 * PostgreSQL. Every test uses fresh ids and emails, so an implementation may share one database
 * between tests (the migrated database also holds the demo user).
 */
public abstract class UsersContract {

    /** The implementation under test; called once before each test. */
    protected abstract Users users();

    private Users users;

    @BeforeEach
    void setUpPort() {
        users = users();
    }

    @Test
    void added_user_is_found_by_id_and_by_email() {
        User ada = newUser("ada");

        assertThat(users.addIfEmailFree(ada)).isTrue();

        assertThat(users.findById(ada.id())).contains(ada);
        assertThat(users.findByEmail(ada.email())).contains(ada);
    }

    @Test
    void unknown_user_is_found_neither_by_id_nor_by_email() {
        assertThat(users.findById(UserId.random())).isEmpty();
        assertThat(users.findByEmail(uniqueEmail("nobody"))).isEmpty();
    }

    @Test
    void every_field_round_trips_including_the_empty_ones() {
        User verifiedAdmin = new User(UserId.random(), uniqueEmail("grace"), new PasswordHash("$argon2id$hash"),
                T0.plusSeconds(30), Set.of(Role.USER, Role.ADMIN), T0.plusSeconds(90), T0, T0.plusSeconds(90));
        User passwordless = new User(UserId.random(), uniqueEmail("demo"), null, null, Set.of(Role.USER), null,
                T0, T0);

        users.addIfEmailFree(verifiedAdmin);
        users.addIfEmailFree(passwordless);

        assertThat(users.findById(verifiedAdmin.id())).contains(verifiedAdmin);
        assertThat(users.findById(passwordless.id())).contains(passwordless);
    }

    @Test
    void roles_round_trip() {
        for (Set<Role> roles : Set.of(Set.of(Role.USER), Set.of(Role.ADMIN), Set.of(Role.USER, Role.ADMIN),
                Set.<Role>of())) {
            User user = new User(UserId.random(), uniqueEmail("roles"), new PasswordHash("$argon2id$hash"), null,
                    roles, null, T0, T0);

            users.addIfEmailFree(user);

            assertThat(users.findById(user.id()).orElseThrow().roles()).as("roles %s", roles).isEqualTo(roles);
        }
    }

    @Test
    void add_if_email_free_refuses_second_user_with_same_email() {
        User first = newUser("ada");
        users.addIfEmailFree(first);
        // Typed differently, normalised to the same address.
        var sameEmail = new EmailAddress("  " + first.email().value().toUpperCase(Locale.ROOT) + " ");
        User second = User.register(UserId.random(), sameEmail, new PasswordHash("$argon2id$other"),
                T0.plusSeconds(5));

        assertThat(users.addIfEmailFree(second)).isFalse();

        assertThat(users.findById(second.id())).isEmpty();
        assertThat(users.findByEmail(first.email())).contains(first);
    }

    @Test
    void adding_a_user_with_a_taken_id_fails_and_keeps_the_first() {
        User first = newUser("ada");
        users.addIfEmailFree(first);
        User sameId = User.register(first.id(), uniqueEmail("impostor"), new PasswordHash("$argon2id$other"), T0);

        assertThatThrownBy(() -> users.addIfEmailFree(sameId)).isInstanceOf(RuntimeException.class);

        assertThat(users.findById(first.id())).contains(first);
        assertThat(users.findByEmail(sameId.email())).isEmpty();
    }

    @Test
    void mark_verified_only_once() {
        User ada = newUser("ada");
        users.addIfEmailFree(ada);
        Instant firstClick = T0.plus(Duration.ofMinutes(10));
        Instant secondClick = T0.plus(Duration.ofMinutes(20));

        assertThat(users.markVerified(ada.id(), firstClick)).isTrue();
        assertThat(users.markVerified(ada.id(), secondClick)).isFalse();

        User found = users.findById(ada.id()).orElseThrow();
        assertThat(found.emailVerifiedAt()).isEqualTo(firstClick);
        assertThat(found.updatedAt()).isEqualTo(firstClick);
        assertThat(found).usingRecursiveComparison().ignoringFields("emailVerifiedAt", "updatedAt").isEqualTo(ada);
    }

    @Test
    void mark_verified_of_unknown_user_reports_false() {
        assertThat(users.markVerified(UserId.random(), T0)).isFalse();
    }

    @Test
    void change_password_hash_replaces_the_hash_and_updated_at_only() {
        User ada = newUser("ada");
        users.addIfEmailFree(ada);
        Instant later = T0.plus(Duration.ofDays(1));

        users.changePasswordHash(ada.id(), new PasswordHash("$argon2id$new"), later);

        User found = users.findById(ada.id()).orElseThrow();
        assertThat(found.passwordHash()).isEqualTo(new PasswordHash("$argon2id$new"));
        assertThat(found.updatedAt()).isEqualTo(later);
        assertThat(found).usingRecursiveComparison().ignoringFields("passwordHash", "updatedAt").isEqualTo(ada);
    }

    @Test
    void change_password_hash_of_unknown_user_changes_nothing_and_does_not_fail() {
        UserId nobody = UserId.random();

        users.changePasswordHash(nobody, new PasswordHash("$argon2id$new"), T0);

        assertThat(users.findById(nobody)).isEmpty();
    }

    @Test
    void change_email_moves_the_account_and_marks_it_verified_unless_the_address_is_taken() {
        User ada = newUser("ada");
        User bob = newUser("bob");
        users.addIfEmailFree(ada);
        users.addIfEmailFree(bob);
        EmailAddress fresh = uniqueEmail("ada-new");

        users.changeEmail(ada.id(), fresh, T0.plusSeconds(60));

        User moved = users.findById(ada.id()).orElseThrow();
        assertThat(moved.email()).isEqualTo(fresh);
        assertThat(moved.emailVerifiedAt()).isEqualTo(T0.plusSeconds(60));
        assertThat(users.findByEmail(ada.email())).isEmpty();
        assertThatThrownBy(() -> users.changeEmail(ada.id(), bob.email(), T0.plusSeconds(120)))
                .isInstanceOf(Users.EmailTakenException.class);
        assertThat(users.findById(bob.id()).orElseThrow().email()).isEqualTo(bob.email());
    }

    @Test
    void delete_removes_the_account_once() {
        User ada = newUser("ada");
        users.addIfEmailFree(ada);

        assertThat(users.delete(ada.id())).isTrue();
        assertThat(users.delete(ada.id())).isFalse();
        assertThat(users.findById(ada.id())).isEmpty();
        assertThat(users.findByEmail(ada.email())).isEmpty();
    }
}
