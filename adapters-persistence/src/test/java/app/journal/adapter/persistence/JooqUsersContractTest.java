package app.journal.adapter.persistence;

import static app.journal.adapter.persistence.jooq.Tables.USERS;
import static org.assertj.core.api.Assertions.assertThat;

import app.journal.adapter.persistence.testing.TestDatabase;
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
import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The users contract on a real, migrated PostgreSQL (one database for the class), plus what only SQL can show. */
class JooqUsersContractTest extends UsersContract {

    private static TestDatabase database;
    private static DSLContext dsl;

    @BeforeAll
    static void createDatabase() {
        database = TestDatabase.create("jooq_users");
        database.migrate();
        dsl = DSL.using(database.dataSource(), SQLDialect.POSTGRES);
    }

    @AfterAll
    static void dropDatabase() {
        if (database != null) {
            database.close();
        }
    }

    @Override
    protected Users users() {
        return new JooqUsers(dsl);
    }

    @Test
    void roles_are_stored_as_a_json_array_of_lower_case_codes() {
        var id = UserId.random();
        new JooqUsers(dsl).addIfEmailFree(new User(id, new EmailAddress("roles-" + id + "@example.org"),
                new PasswordHash("$argon2id$hash"), null, Set.of(Role.ADMIN, Role.USER), null,
                Instant.parse("2026-03-01T09:00:00Z"), Instant.parse("2026-03-01T09:00:00Z")));

        boolean stored = dsl.fetchExists(USERS, USERS.ID.eq(id.value())
                .and(USERS.ROLES.eq(JSONB.valueOf("[\"user\", \"admin\"]"))));

        assertThat(stored).isTrue(); // jsonb equality: same elements in the same order
    }

    @Test
    void migrated_demo_user_is_found_with_the_user_role_and_no_password() {
        User demo = new JooqUsers(dsl).findById(DemoUser.ID).orElseThrow();

        assertThat(demo.email()).isEqualTo(DemoUser.EMAIL);
        assertThat(demo.passwordHash()).isNull();
        assertThat(demo.roles()).containsExactly(Role.USER);
        assertThat(demo.isVerified()).isTrue();
    }
}
