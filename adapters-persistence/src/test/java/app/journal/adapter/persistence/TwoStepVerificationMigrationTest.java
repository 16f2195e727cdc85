package app.journal.adapter.persistence;

import static app.journal.adapter.persistence.testing.SqlAssertions.assertViolation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import app.journal.adapter.persistence.testing.TestDatabase;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * V9 (two-step verification), checked with plain SQL on a real PostgreSQL migrated step by step from V7
 * with an account, a session and a queued mail in place: additive only, every row goes with its account
 * (a confirmation with its session), the constraints insist, and the indexes are the ones the hot
 * statements need.
 */
class TwoStepVerificationMigrationTest {

    private static final String ADA = "00000000-0000-4000-8000-000000000001";
    private static final String SESSION = "00000000-0000-4000-8000-0000000000a1";
    private static final String OTHER_SESSION = "00000000-0000-4000-8000-0000000000a2";
    private static final String TABLES = "SELECT table_name FROM information_schema.tables "
            + "WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name";

    @Test
    void version_9_adds_five_tables_and_a_column_and_every_row_goes_with_its_account() throws SQLException {
        try (var db = TestDatabase.create("two_step_stepwise")) {
            db.flyway("7").migrate();
            try (var c = db.dataSource().getConnection(); var s = c.createStatement()) {
                s.execute("INSERT INTO users (id, email, created_at, updated_at) VALUES ('" + ADA
                        + "', 'ada@example.org', now(), now())");
                for (String session : List.of(SESSION, OTHER_SESSION)) {
                    s.execute("INSERT INTO user_sessions (id, user_id, refresh_id, created_at, last_used_at, expires_at) "
                            + "VALUES ('" + session + "', '" + ADA + "', gen_random_uuid(), now(), now(), "
                            + "now() + interval '1 day')");
                }
                s.execute("INSERT INTO account_mail_outbox (id, kind, user_id, recipient, queued_at, attempts, "
                        + "next_attempt_at) VALUES (gen_random_uuid(), 'verification', '" + ADA
                        + "', 'ada@example.org', now(), 0, now())");
            }
            List<String> before = strings(db, TABLES);
            db.flyway("9").migrate();
            List<String> added = new ArrayList<>(strings(db, TABLES));
            added.removeAll(before);
            assertThat(added).containsExactlyInAnyOrder("user_totp", "recovery_codes", "pending_second_steps",
                    "trusted_browsers", "session_confirmations");

            try (var c = db.dataSource().getConnection(); var s = c.createStatement()) {
                assertThat(count(s, "SELECT count(*) FROM account_mail_outbox WHERE amount IS NULL"))
                        .as("queued mail kept, amount null").isEqualTo(1);
                insertAll(s);
                s.execute("DELETE FROM user_sessions WHERE id = '" + SESSION + "'");
                assertThat(count(s, "SELECT count(*) FROM session_confirmations")).as("with its session").isEqualTo(1);

                s.execute("DELETE FROM users WHERE id = '" + ADA + "'");

                for (String table : List.of("user_totp", "recovery_codes", "pending_second_steps", "trusted_browsers",
                        "session_confirmations")) {
                    assertThat(count(s, "SELECT count(*) FROM " + table)).as("%s goes with the account", table).isZero();
                }
            }
        }
    }

    @Test
    void the_constraints_insist() throws SQLException {
        try (var db = TestDatabase.create("two_step_constraints")) {
            db.migrate();
            try (var c = db.dataSource().getConnection(); var s = c.createStatement()) {
                s.execute("INSERT INTO users (id, email, created_at, updated_at) VALUES ('" + ADA
                        + "', 'ada@example.org', now(), now())");

                assertViolation(thrown(() -> s.execute("INSERT INTO user_totp (user_id, secret_sealed, last_used_step, "
                        + "created_at) VALUES ('" + ADA + "', '\\x00ff', -2, now())")), "23514",
                        "user_totp_step_not_below_none");
                s.execute("INSERT INTO user_totp (user_id, secret_sealed, created_at) VALUES ('" + ADA
                        + "', '\\x00ff', now())");
                assertThat(count(s, "SELECT last_used_step FROM user_totp")).as("no step used yet").isEqualTo(-1);
                assertViolation(thrown(() -> s.execute("INSERT INTO user_totp (user_id, secret_sealed, created_at) "
                        + "VALUES ('" + ADA + "', '\\x01', now())")), "23505", "user_totp_pk");

                assertViolation(thrown(() -> s.execute("INSERT INTO recovery_codes (user_id, code_digest, created_at) "
                        + "VALUES ('" + ADA + "', 'abc', now())")), "23514", "recovery_codes_digest_length");

                assertViolation(thrown(() -> s.execute(pending("a", "persistent", -1))), "23514",
                        "pending_second_steps_failures_not_negative");
                assertViolation(thrown(() -> s.execute(pending("b", "forever", 0))), "23514",
                        "pending_second_steps_persistence");
                s.execute(pending("c", "browser_session", 0));

                s.execute(trusted("d"));
                assertViolation(thrown(() -> s.execute(trusted("d"))), "23505", "trusted_browsers_hash_uk");

                assertViolation(thrown(() -> s.execute("INSERT INTO session_confirmations VALUES ('" + SESSION
                        + "', now())")), "23503", "session_confirmations_session_fk");
            }
        }
    }

    @Test
    void the_tables_are_indexed_for_their_lookups_purges_and_cascades() throws SQLException {
        try (var db = TestDatabase.create("two_step_indexes")) {
            db.migrate();
            List<String> indexes = strings(db, "SELECT tablename || ' ' || regexp_replace(indexdef, '.* USING ', '') "
                    + "FROM pg_indexes WHERE schemaname = 'public' AND tablename IN ('user_totp', 'recovery_codes', "
                    + "'pending_second_steps', 'trusted_browsers', 'session_confirmations') ORDER BY 1");

            assertThat(indexes).containsExactly(
                    "pending_second_steps btree (expires_at)",
                    "pending_second_steps btree (token_hash)",
                    "pending_second_steps btree (user_id)",
                    "recovery_codes btree (user_id, code_digest)",
                    "session_confirmations btree (session_id)",
                    "trusted_browsers btree (expires_at)",
                    "trusted_browsers btree (id)",
                    "trusted_browsers btree (token_hash)",
                    "trusted_browsers btree (user_id)",
                    "user_totp btree (user_id)",
                    // V14: the administrators' two-step filters count confirmed factors in id order.
                    "user_totp btree (user_id) WHERE (confirmed_at IS NOT NULL)");
        }
    }

    private static String pending(String hashDigit, String persistence, int failures) {
        return "INSERT INTO pending_second_steps (token_hash, user_id, persistence, created_at, expires_at, "
                + "failed_attempts) VALUES ('" + hashDigit.repeat(64) + "', '" + ADA + "', '" + persistence
                + "', now(), now() + interval '5 minutes', " + failures + ")";
    }

    private static String trusted(String hashDigit) {
        return "INSERT INTO trusted_browsers (id, user_id, token_hash, device, created_at, expires_at) VALUES "
                + "(gen_random_uuid(), '" + ADA + "', '" + hashDigit.repeat(64) + "', 'Firefox on Linux', now(), "
                + "now() + interval '30 days')";
    }

    private static void insertAll(Statement s) throws SQLException {
        s.execute("INSERT INTO user_totp (user_id, secret_sealed, confirmed_at, last_used_step, created_at) VALUES ('"
                + ADA + "', '\\x00ff10', now(), 5, now())");
        s.execute("INSERT INTO recovery_codes (user_id, code_digest, created_at) VALUES ('" + ADA + "', '"
                + "e".repeat(64) + "', now())");
        s.execute(pending("a", "persistent", 0));
        s.execute(trusted("b"));
        for (String session : List.of(SESSION, OTHER_SESSION)) {
            s.execute("INSERT INTO session_confirmations (session_id, confirmed_at) VALUES ('" + session + "', now())");
        }
    }

    private interface SqlCall {
        void run() throws SQLException;
    }

    private static Throwable thrown(SqlCall call) {
        Throwable thrown = catchThrowable(call::run);
        assertThat(thrown).isInstanceOf(SQLException.class);
        return thrown;
    }

    private static int count(Statement s, String query) throws SQLException {
        try (var rs = s.executeQuery(query)) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static List<String> strings(TestDatabase db, String query) throws SQLException {
        List<String> values = new ArrayList<>();
        try (var c = db.dataSource().getConnection(); var st = c.createStatement(); var rs = st.executeQuery(query)) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }
}
