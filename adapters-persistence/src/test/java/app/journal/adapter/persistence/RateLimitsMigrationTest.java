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
import java.util.Set;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.Test;

/**
 * The rate limits migration (V3: rate_limit_counters), checked on a real PostgreSQL with plain SQL, so
 * that it tests the schema and not the adapter that uses it.
 */
class RateLimitsMigrationTest {

    private static final Timestamp WINDOW_START = Timestamp.from(Instant.parse("2026-03-01T09:00:00Z"));
    private static final Timestamp WINDOW_END = Timestamp.from(Instant.parse("2026-03-01T09:01:00Z"));

    @Test
    void migrate_on_a_clean_database_succeeds_and_reaches_version_3() {
        try (var clean = TestDatabase.create("rate_limits_clean")) {
            // Up to V3 only: later migrations have their own tests.
            MigrateResult result = clean.flyway("3").migrate();

            assertThat(result.success).isTrue();
            assertThat(result.migrationsExecuted).isEqualTo(3);
            assertThat(result.targetSchemaVersion).isEqualTo("3");
            assertThat(clean.flyway("3").info().current().getVersion().getVersion()).isEqualTo("3");
        }
    }

    @Test
    void version_3_adds_exactly_the_rate_limit_counters_table_with_its_key_and_expiry_index() throws SQLException {
        try (var stepwise = TestDatabase.create("rate_limits_stepwise")) {
            stepwise.flyway("2").migrate();
            Set<String> afterV2 = strings(stepwise, """
                    SELECT table_name FROM information_schema.tables
                    WHERE table_schema = 'public' AND table_type = 'BASE TABLE'""");
            stepwise.flyway("3").migrate();
            Set<String> afterV3 = strings(stepwise, """
                    SELECT table_name FROM information_schema.tables
                    WHERE table_schema = 'public' AND table_type = 'BASE TABLE'""");

            Set<String> added = new HashSet<>(afterV3);
            added.removeAll(afterV2);
            assertThat(added).containsExactly("rate_limit_counters");
            assertThat(strings(stepwise, """
                    SELECT column_name || ' ' || data_type || coalesce('(' || character_maximum_length || ')', '')
                           || ' ' || is_nullable
                    FROM information_schema.columns
                    WHERE table_schema = 'public' AND table_name = 'rate_limit_counters'""")).containsExactlyInAnyOrder(
                    "bucket_key character varying(300) NO",
                    "window_start timestamp with time zone NO",
                    "hits integer NO",
                    "expires_at timestamp with time zone NO");
            assertThat(strings(stepwise, """
                    SELECT indexdef FROM pg_indexes
                    WHERE schemaname = 'public' AND tablename = 'rate_limit_counters'"""))
                    .anySatisfy(d -> assertThat(d).startsWith("CREATE UNIQUE INDEX rate_limit_counters_pk")
                            .endsWith("(bucket_key, window_start)"))
                    .anySatisfy(d -> assertThat(d).startsWith("CREATE INDEX rate_limit_counters_expires_idx")
                            .endsWith("(expires_at)"))
                    .hasSize(2);
        }
    }

    @Test
    void one_counter_per_key_and_window_and_hits_are_positive() throws SQLException {
        try (var database = TestDatabase.create("rate_limits_rows")) {
            database.migrate();
            insertCounter(database, "login:client:203.0.113.7", WINDOW_START, 1);
            insertCounter(database, "login:client:203.0.113.7", WINDOW_END, 1); // the next window: fine

            assertThatThrownBy(() -> insertCounter(database, "login:client:203.0.113.7", WINDOW_START, 2))
                    .satisfies(e -> assertViolation(e, "23505", "rate_limit_counters_pk"));
            assertThatThrownBy(() -> insertCounter(database, "login:client:198.51.100.1", WINDOW_START, 0))
                    .satisfies(e -> assertViolation(e, "23514", "rate_limit_counters_hits_positive"));
        }
    }

    private static void insertCounter(TestDatabase database, String key, Timestamp windowStart, int hits)
            throws SQLException {
        try (Connection c = database.dataSource().getConnection();
                PreparedStatement insert = c.prepareStatement("""
                        INSERT INTO rate_limit_counters (bucket_key, window_start, hits, expires_at)
                        VALUES (?, ?, ?, ?)""")) {
            insert.setString(1, key);
            insert.setTimestamp(2, windowStart);
            insert.setInt(3, hits);
            insert.setTimestamp(4, Timestamp.from(windowStart.toInstant().plusSeconds(60)));
            insert.executeUpdate();
        }
    }

    private static Set<String> strings(TestDatabase database, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection c = database.dataSource().getConnection();
                PreparedStatement select = c.prepareStatement(sql);
                ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return new HashSet<>(values);
    }
}
