package app.journal.adapter.persistence;

import static app.journal.adapter.persistence.jooq.Tables.USERS;
import static org.assertj.core.api.Assertions.assertThat;

import app.journal.adapter.persistence.testing.MigratedDatabase;
import app.journal.application.port.out.Users;
import app.journal.application.testing.UsersContract;
import app.journal.domain.user.DemoUser;
import app.journal.domain.user.EmailAddress;
import app.journal.domain.user.PasswordHash;
import app.journal.domain.user.Role;
import app.journal.domain.user.User;
import app.journal.domain.user.UserId;
import java.time.Instant;
import java.util.Set;
import org.jooq.JSONB;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The users contract on a real, migrated PostgreSQL (one database for the class), plus what only SQL can show. */
class JooqUsersContractTest extends UsersContract {

    @RegisterExtension
    static final MigratedDatabase db = new MigratedDatabase("jooq_users");

    @Override
    protected Users users() {
        return new JooqUsers(db.dsl());
    }

    @Test
    void roles_are_stored_as_a_json_array_of_lower_case_codes() {
        var id = UserId.random();
        new JooqUsers(db.dsl()).addIfEmailFree(new User(id, new EmailAddress("roles-" + id + "@example.org"),
                new PasswordHash("$argon2id$hash"), null, Set.of(Role.ADMIN, Role.USER), null,
                Instant.parse("2026-03-01T09:00:00Z"), Instant.parse("2026-03-01T09:00:00Z")));

        boolean stored = db.dsl().fetchExists(USERS, USERS.ID.eq(id.value())
                .and(USERS.ROLES.eq(JSONB.valueOf("[\"user\", \"admin\"]"))));

        assertThat(stored).isTrue(); // jsonb equality: same elements in the same order
    }

    @Test
    void migrated_demo_user_is_found_with_the_user_role_and_no_password() {
        User demo = new JooqUsers(db.dsl()).findById(DemoUser.ID).orElseThrow();

        assertThat(demo.email()).isEqualTo(DemoUser.EMAIL);
        assertThat(demo.passwordHash()).isNull();
        assertThat(demo.roles()).containsExactly(Role.USER);
        assertThat(demo.isVerified()).isTrue();
    }
}
