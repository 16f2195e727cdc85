package app.journal.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.journal.adapter.persistence.testing.TestDatabase;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** V4 (account_activity), checked with plain SQL on a real PostgreSQL. */
class ActivityMigrationTest {

    @Test
    void version_4_adds_exactly_the_activity_table_which_goes_with_its_user() throws SQLException {
        try (var db = TestDatabase.create("activity_stepwise")) {
            db.flyway("3").migrate();
            Set<String> before = tables(db);
            db.flyway("4").migrate();
            Set<String> added = new HashSet<>(tables(db));
            added.removeAll(before);
            assertThat(added).containsExactly("account_activity");

            try (var c = db.dataSource().getConnection(); var s = c.createStatement()) {
                s.execute("""
                        INSERT INTO users (id, email, created_at, updated_at)
                        VALUES ('00000000-0000-4000-8000-000000000001', 'ada@example.org', now(), now())""");
                s.execute("""
                        INSERT INTO account_activity (id, user_id, at, kind, device, count, new_device)
                        VALUES (gen_random_uuid(), '00000000-0000-4000-8000-000000000001', now(), 'signed_in',
                                'Firefox on Windows', 1, true)""");
                assertThatThrownBy(() -> s.execute("""
                        INSERT INTO account_activity (id, user_id, at, kind, device, count, new_device)
                        VALUES (gen_random_uuid(), '00000000-0000-4000-8000-000000000001', now(), 'signed_in',
                                'x', 0, false)""")).isInstanceOf(SQLException.class);
                s.execute("DELETE FROM users WHERE id = '00000000-0000-4000-8000-000000000001'");
                try (var rs = s.executeQuery("SELECT count(*) FROM account_activity")) {
                    rs.next();
                    assertThat(rs.getInt(1)).as("rows left after their user was deleted").isZero();
                }
            }
        }
    }

    private static Set<String> tables(TestDatabase db) throws SQLException {
        Set<String> names = new HashSet<>();
        try (var c = db.dataSource().getConnection(); var s = c.createStatement();
                var rs = s.executeQuery("""
                        SELECT table_name FROM information_schema.tables
                        WHERE table_schema = 'public' AND table_type = 'BASE TABLE'""")) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        return names;
    }
}
