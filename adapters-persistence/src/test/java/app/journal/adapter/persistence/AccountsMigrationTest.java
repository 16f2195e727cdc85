package app.journal.adapter.persistence;

import static app.journal.adapter.persistence.testing.SqlAssertions.assertViolation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.journal.adapter.persistence.testing.TestDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The seed's M1.T1 checklist for the accounts migration (V2: users and user sessions), checked on a
 * real PostgreSQL with plain SQL, so that it tests the schema and not the adapter that uses it.
 */
class AccountsMigrationTest {

    private static final UUID DEMO_USER = UUID.fromString("00000000-0000-4000-8000-00000000de30");
    private static final Timestamp NOW = Timestamp.from(Instant.parse("2026-03-01T09:00:00Z"));

    /** Migrated once, shared by the checks that need the finished schema; each uses fresh rows. */
    private static TestDatabase migrated;

    @BeforeAll
    static void migrateOnce() {
        migrated = TestDatabase.create("accounts_migration");
        migrated.migrate();
    }

    @AfterAll
    static void dropDatabase() {
        if (migrated != null) {
            migrated.close();
        }
    }

    @Test
    void migrate_on_a_clean_database_succeeds_and_reaches_version_2() {
        try (var clean = TestDatabase.create("accounts_clean")) {
            // Target 2: later migrations (V3 rate limits, ...) have their own tests.
            MigrateResult result = clean.flyway("2").migrate();

            assertThat(result.success).isTrue();
            assertThat(result.migrationsExecuted).isEqualTo(2);
            assertThat(result.targetSchemaVersion).isEqualTo("2");
            assertThat(clean.flyway(null).info().current().getVersion().getVersion()).isEqualTo("2");
        }
    }

    @Test
    void version_2_adds_exactly_the_users_and_user_sessions_tables() throws SQLException {
        try (var stepwise = TestDatabase.create("accounts_stepwise")) {
            stepwise.flyway("1").migrate();
            Set<String> afterV1 = tables(stepwise);
            stepwise.flyway("2").migrate();
            Set<String> afterV2 = tables(stepwise);

            assertThat(afterV1).contains("journal_entries").doesNotContain("users", "user_sessions");
            Set<String> added = new HashSet<>(afterV2);
            added.removeAll(afterV1);
            assertThat(added).containsExactlyInAnyOrder("users", "user_sessions");
            assertThat(afterV2).containsAll(afterV1);
        }
    }

    @Test
    void a_user_inserted_without_roles_gets_the_user_role() throws SQLException {
        UUID id = insertUser("plain@example.org");

        try (Connection c = connection();
                PreparedStatement select = c.prepareStatement(
                        "SELECT roles = '[\"user\"]'::jsonb, jsonb_typeof(roles) FROM users WHERE id = ?")) {
            select.setObject(1, id);
            try (ResultSet row = select.executeQuery()) {
                assertThat(row.next()).isTrue();
                assertThat(row.getBoolean(1)).as("roles = [\"user\"]").isTrue();
                assertThat(row.getString(2)).isEqualTo("array");
            }
        }
    }

    @Test
    void roles_that_are_not_a_json_array_are_refused() {
        assertThatThrownBy(() -> update("INSERT INTO users (id, email, roles) VALUES (?, ?, '\"user\"'::jsonb)",
                UUID.randomUUID(), unique("scalar-roles")))
                .satisfies(e -> assertViolation(e, "23514", "users_roles_is_array"));
    }

    @Test
    void a_duplicate_email_is_refused_by_the_database() throws SQLException {
        String email = unique("twice");
        insertUser(email);

        assertThatThrownBy(() -> insertUser(email)).satisfies(e -> assertViolation(e, "23505", "users_email_uk"));
    }

    @Test
    void a_non_normalised_email_is_refused_by_the_check_constraint() {
        String email = unique("ada");

        assertThatThrownBy(() -> insertUser(email.toUpperCase(Locale.ROOT)))
                .satisfies(e -> assertViolation(e, "23514", "users_email_normalised"));
        assertThatThrownBy(() -> insertUser(" " + email + " "))
                .satisfies(e -> assertViolation(e, "23514", "users_email_normalised"));
    }

    @Test
    void a_session_for_a_missing_user_is_refused() {
        assertThatThrownBy(() -> insertSession(UUID.randomUUID(), UUID.randomUUID()))
                .satisfies(e -> assertViolation(e, "23503", "user_sessions_user_fk"));
    }

    @Test
    void an_entry_for_a_missing_user_is_refused() {
        assertThatThrownBy(() -> insertEntry(UUID.randomUUID()))
                .satisfies(e -> assertViolation(e, "23503", "journal_entries_owner_fk"));
    }

    @Test
    void deleting_a_user_cascades_to_its_sessions_and_its_journal_entries() throws SQLException {
        UUID doomed = insertUser(unique("doomed"));
        UUID survivor = insertUser(unique("survivor"));
        insertSession(doomed, UUID.randomUUID());
        insertSession(doomed, UUID.randomUUID());
        insertEntry(doomed);
        insertSession(survivor, UUID.randomUUID());
        insertEntry(survivor);

        assertThat(update("DELETE FROM users WHERE id = ?", doomed)).isEqualTo(1);

        assertThat(count("SELECT count(*) FROM user_sessions WHERE user_id = ?", doomed)).isZero();
        assertThat(count("SELECT count(*) FROM journal_entries WHERE owner_id = ?", doomed)).isZero();
        assertThat(count("SELECT count(*) FROM user_sessions WHERE user_id = ?", survivor)).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM journal_entries WHERE owner_id = ?", survivor)).isEqualTo(1);
    }

    /** V2 as it was; V7 drops this key so that rotations are HOT ({@code SessionsHotRotationMigrationTest}). */
    @Test
    void a_refresh_id_is_unique_across_sessions_in_version_2() throws SQLException {
        try (var v2 = TestDatabase.create("accounts_v2_refresh")) {
            v2.flyway("2").migrate();
            UUID ada = UUID.randomUUID();
            UUID bob = UUID.randomUUID();
            UUID refreshId = UUID.randomUUID();
            try (Connection c = v2.dataSource().getConnection()) {
                execute(c, "INSERT INTO users (id, email) VALUES (?, ?)", ada, unique("ada"));
                execute(c, "INSERT INTO users (id, email) VALUES (?, ?)", bob, unique("bob"));
                execute(c, SESSION_INSERT, UUID.randomUUID(), ada, refreshId, NOW, NOW, NOW);

                assertThatThrownBy(() -> execute(c, SESSION_INSERT, UUID.randomUUID(), bob, refreshId, NOW, NOW, NOW))
                        .satisfies(e -> assertViolation(e, "23505", "user_sessions_refresh_id_uk"));
            }
        }
    }

    @Test
    void revoked_at_and_revoke_reason_go_together() throws SQLException {
        UUID ada = insertUser(unique("ada"));

        assertThatThrownBy(() -> update("""
                INSERT INTO user_sessions (id, user_id, refresh_id, created_at, last_used_at, expires_at, revoked_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)""", UUID.randomUUID(), ada, UUID.randomUUID(), NOW, NOW, NOW, NOW))
                .satisfies(e -> assertViolation(e, "23514", "user_sessions_revocation"));
    }

    /** V2 as it was; V7 changes both indexes ({@code SessionsHotRotationMigrationTest}). */
    @Test
    void sessions_are_indexed_by_user_and_unique_by_refresh_id_in_version_2() throws SQLException {
        List<String> definitions = new ArrayList<>();
        try (var v2 = TestDatabase.create("accounts_v2_indexes")) {
            v2.flyway("2").migrate();
            try (Connection c = v2.dataSource().getConnection();
                    PreparedStatement select = c.prepareStatement(
                            "SELECT indexdef FROM pg_indexes WHERE schemaname = 'public' AND tablename = 'user_sessions'");
                    ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    definitions.add(rows.getString(1));
                }
            }
        }

        assertThat(definitions)
                .anySatisfy(d -> assertThat(d).contains("user_sessions_user_idx").contains("(user_id, last_used_at DESC)"))
                .anySatisfy(d -> assertThat(d).startsWith("CREATE UNIQUE INDEX user_sessions_refresh_id_uk")
                        .endsWith("(refresh_id)"));
    }

    @Test
    void the_demo_user_exists_after_migration_and_has_no_password_hash() throws SQLException {
        try (Connection c = connection();
                PreparedStatement select = c.prepareStatement(
                        "SELECT email, password_hash, roles = '[\"user\"]'::jsonb FROM users WHERE id = ?")) {
            select.setObject(1, DEMO_USER);
            try (ResultSet row = select.executeQuery()) {
                assertThat(row.next()).as("demo user present").isTrue();
                assertThat(row.getString("email")).isEqualTo("demo@journal.invalid");
                assertThat(row.getString("password_hash")).isNull();
                assertThat(row.getBoolean(3)).as("roles = [\"user\"]").isTrue();
            }
        }
    }

    private static Set<String> tables(TestDatabase database) throws SQLException {
        Set<String> tables = new HashSet<>();
        try (Connection c = database.dataSource().getConnection();
                PreparedStatement select = c.prepareStatement("""
                        SELECT table_name FROM information_schema.tables
                        WHERE table_schema = 'public' AND table_type = 'BASE TABLE'""");
                ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                tables.add(rows.getString(1));
            }
        }
        return tables;
    }

    private static String unique(String name) {
        return name + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }

    /** Only the required columns: everything else takes the schema's defaults. */
    private static UUID insertUser(String email) throws SQLException {
        UUID id = UUID.randomUUID();
        update("INSERT INTO users (id, email) VALUES (?, ?)", id, email);
        return id;
    }

    private static final String SESSION_INSERT = """
            INSERT INTO user_sessions (id, user_id, refresh_id, created_at, last_used_at, expires_at)
            VALUES (?, ?, ?, ?, ?, ?)""";

    private static void execute(Connection c, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.executeUpdate();
        }
    }

    private static void insertSession(UUID userId, UUID refreshId) throws SQLException {
        update("""
                INSERT INTO user_sessions (id, user_id, refresh_id, created_at, last_used_at, expires_at)
                VALUES (?, ?, ?, ?, ?, ?)""", UUID.randomUUID(), userId, refreshId, NOW, NOW, NOW);
    }

    private static void insertEntry(UUID ownerId) throws SQLException {
        update("""
                INSERT INTO journal_entries (id, owner_id, title, body, created_at, updated_at)
                VALUES (?, ?, 'A title', 'A body', ?, ?)""", UUID.randomUUID(), ownerId, NOW, NOW);
    }

    private static int update(String sql, Object... parameters) throws SQLException {
        try (Connection c = connection(); PreparedStatement statement = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            return statement.executeUpdate();
        }
    }

    private static long count(String sql, UUID parameter) throws SQLException {
        try (Connection c = connection(); PreparedStatement statement = c.prepareStatement(sql)) {
            statement.setObject(1, parameter);
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    private static Connection connection() throws SQLException {
        return migrated.dataSource().getConnection();
    }
}
